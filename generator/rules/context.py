"""Registry look-ups the rules share: which libraries belong where."""

from __future__ import annotations

import difflib
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
            names = {norm(city.committee_library)} | {norm(m.name) for m in city.members}
            libs.by_city[city.code] = names
            libs.committee[city.code] = norm(city.committee_library)
            libs.joined[norm(city.committee_library)] = str(city.committee_joined)
            libs.shown[norm(city.committee_library)] = city.committee_library
            for m in city.members:
                libs.joined[norm(m.name)] = str(m.joined)
                libs.shown[norm(m.name)] = m.name
            for name in names:
                libs.city_of_name.setdefault(name, city.code)
            libs.all_names |= names
        for lib in registry.other_libraries:
            libs.all_names.add(norm(lib.name))
            libs.unaffiliated.add(norm(lib.name))
            libs.joined[norm(lib.name)] = str(lib.joined)
            libs.shown[norm(lib.name)] = lib.name
        for group in registry.groups:
            libs.shown[norm(group.name)] = group.name
        libs.group_names = {norm(g.name) for g in registry.groups}
        libs.units = libs.all_names | libs.group_names
        libs.committee_names = set(libs.committee.values())
        libs.cities = by_code(registry.cities)
        return libs

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
        「安康市图书馆」): the part between the city's name and 「图书馆」 must match too."""
        best = nearest_libraries(unit, pool, [c.name for c in self.registry.cities])
        return "是否想写" + "或".join(f"「{self.shown[b]}」" for b in best) + "？" if best else ""


def _core(name: str, city_names: list[str]) -> str:
    """The distinctive part of a library's name: without the city's name and 「图书馆」."""
    for city in city_names:
        bare = city.removesuffix("市")
        for prefix in (city, bare):
            if prefix and name.startswith(prefix):
                name = name[len(prefix):]
                break
        else:
            continue
        break
    return name.removesuffix(LIBRARY_SUFFIX)


CLOSE = 2 / 3  # a one-character slip in a three-character county name (灞水区 / 霸水区) is still close


def nearest_libraries(unit: str, pool: set[str], city_names: list[str]) -> list[str]:
    """The names in pool closest to unit (two when they tie); [] when nothing is close.

    The distinctive parts (the county, without the city and 「图书馆」) must be close: a county
    library is never offered another county's or its city's library. When neither has one, both
    are the city's own library written two ways (安康图书馆 / 安康市图书馆)."""
    wanted = norm(unit)
    core = _core(wanted, city_names)
    # Two empty cores (both the city's own library) compare as 1.0, difflib's ratio of "" to "".
    scored = [
        (difflib.SequenceMatcher(None, wanted, name).ratio(), name)
        for name in sorted(pool)
        if difflib.SequenceMatcher(None, core, _core(name, city_names)).ratio() >= CLOSE
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
