"""Registry look-ups the rules share: which libraries belong where."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from generator.core.findings import Finding, Severity
from generator.load.records import NominationRecord
from generator.models import City, Registry
from generator.models.names import norm

__all__ = ["Libraries", "at", "by_code", "norm"]


class _Coded(Protocol):
    code: str


C = TypeVar("C", bound=_Coded)


def by_code(items: Iterable[C]) -> dict[str, C]:
    """Code -> item, the first one winning as in Registry.city(): one look-up per call, not a scan."""
    index: dict[str, C] = {}
    for item in items:
        index.setdefault(item.code, item)
    return index


LIBRARY_SUFFIX = "图书馆"


@dataclass
class Libraries:
    """The registry's libraries, indexed once per run (names compared without spaces)."""

    registry: Registry
    by_city: dict[str, set[str]] = field(default_factory=dict)
    committee: dict[str, str] = field(default_factory=dict)  # city code -> committee library
    joined: dict[str, str] = field(default_factory=dict)  # library -> 加盟时间
    all_names: set[str] = field(default_factory=set)
    group_names: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)  # all_names | group_names
    committee_names: set[str] = field(default_factory=set)
    unaffiliated: set[str] = field(default_factory=set)  # 其他成员馆: under no committee library
    cities: dict[str, City] = field(default_factory=dict)
    city_of_name: dict[str, str] = field(default_factory=dict)  # library -> city code
    shown: dict[str, str] = field(default_factory=dict)  # normalised -> as the registry writes it

    @classmethod
    def of(cls, registry: Registry) -> Libraries:
        libs = cls(registry)
        for city in registry.cities:
            libs.by_city[city.code] = {norm(name) for name in city.library_names}
            libs.committee[city.code] = norm(city.committee_library)
            libs._add(city.committee_names, str(city.committee_joined))
            libs.committee_names |= {norm(name) for name in city.committee_names}
            for m in city.members:
                libs._add(m.names, str(m.joined))
            for name in libs.by_city[city.code]:
                libs.city_of_name.setdefault(name, city.code)
            libs.all_names |= libs.by_city[city.code]
        for lib in registry.other_libraries:
            libs._add(lib.names, str(lib.joined))
            libs.all_names |= {norm(name) for name in lib.names}
            libs.unaffiliated |= {norm(name) for name in lib.names}
        for group in registry.groups:
            libs.shown[norm(group.name)] = group.name
        libs.group_names = {norm(g.name) for g in registry.groups}
        libs.units = libs.all_names | libs.group_names
        libs.cities = by_code(registry.cities)
        return libs

    def _add(self, names: list[str], joined: str) -> None:
        """A library by each of its names (current first): 「曾用名」 finds the same library, and
        what is shown (a hint, a suggestion) is always the current name."""
        for name in names:
            self.joined[norm(name)] = joined
            self.shown[norm(name)] = names[0]

    def is_committee(self, unit: str) -> bool:
        return norm(unit) in self.committee_names

    def city(self, code: str) -> City | None:
        return self.cities.get(code)

    def city_of(self, unit: str) -> str | None:
        """The code of the city whose committee library or member the unit is."""
        return self.city_of_name.get(norm(unit))

    def city_name(self, code: str) -> str:
        """The Chinese name of a city the registry has (callers pass codes found in it)."""
        return self.cities[code].name

    def suggest(self, unit: str, pool: set[str]) -> str:
        """「是否想写…」 for the library of pool the unit most likely means, or "" when none is close.

        A county library must not be offered its city's library (「安康市宁陕县图书馆」 is not
        「安康市图书馆」): the part between the city's name and 「图书馆」 must match too. The
        suggestion is the name the registry uses now, never a former one."""
        best = nearest_libraries(unit, pool, [c.name for c in self.registry.cities])
        shown = list(dict.fromkeys(self.shown[b] for b in best))
        return "是否想写" + "或".join(f"「{name}」" for name in shown) + "？" if shown else ""


def _split_city(name: str, city_names: list[str]) -> tuple[str, str]:
    """(the city the name starts with, the distinctive part without it and 「图书馆」)."""
    for city in city_names:
        bare = city.removesuffix("市")
        for prefix in (city, bare):
            if prefix and name.startswith(prefix):
                return city, name[len(prefix):].removesuffix(LIBRARY_SUFFIX)
    return "", name.removesuffix(LIBRARY_SUFFIX)


CLOSE = 2 / 3  # a one-character slip in a three-character county name (灞水区 / 霸水区) is still close

# Official full titles that files write where the registry keeps the short name in use.
LONG_TITLES = {
    "杨凌农业高新技术产业示范区": "杨凌示范区",
    "陕西省西咸新区": "西咸新区",
}
BRANCH = re.compile(r"^(.+?图书馆).+(分馆|服务点|阅览室|书屋)$")  # 「西安市图书馆高新分馆」
SECOND_PLAQUE = re.compile(r"^(.+?)[(（](.+?)[)）]$")  # 「甲图书馆（乙图书馆）」: one library, two plaques


def _readings(wanted: str) -> list[str]:
    """Other ways to read a normalised name: its official long title shortened, the library a
    branch (分馆) belongs to, either name of a library with a second plaque."""
    out = []
    for long, short in LONG_TITLES.items():
        if long in wanted:
            out.append(wanted.replace(long, short))
    if branch := BRANCH.match(wanted):
        out.append(branch.group(1))
    if plaque := SECOND_PLAQUE.match(wanted):
        out += [plaque.group(1), plaque.group(2)]
    return out


def nearest_libraries(unit: str, pool: set[str], city_names: list[str]) -> list[str]:
    """The names in pool closest to unit (two when they tie); [] when nothing is close.

    A name in pool read another way (a 示范区's full title, a branch's library, a second plaque)
    is the answer. Otherwise the distinctive parts (the county, without the city and 「图书馆」)
    must be close: a county library is never offered another county's or its city's library.
    When neither has one, both are the same city's own library written two ways (安康图书馆 /
    安康市图书馆), never another city's."""
    wanted = norm(unit)
    read = [r for r in _readings(wanted) if r in pool]
    if read:
        return read[:1]
    city, core = _split_city(wanted, city_names)

    def close(name: str) -> bool:
        other_city, other = _split_city(name, city_names)
        if not core and not other:
            return city == other_city
        return difflib.SequenceMatcher(None, core, other).ratio() >= CLOSE

    scored = [
        (difflib.SequenceMatcher(None, wanted, name).ratio(), name) for name in sorted(pool) if close(name)
    ]
    if not scored:
        return []
    top = max(score for score, _ in scored)
    return [name for score, name in scored if score == top][:2]


def at(
    n: NominationRecord, key: tuple[str | int, ...], code: str, message: str, hint: str,
    severity: Severity = "error",
) -> Finding:
    """A finding placed on the value at key in the nomination's file."""
    line, col = n.doc.where(key)
    return Finding(n.path, line, col, code, severity, message, hint)
