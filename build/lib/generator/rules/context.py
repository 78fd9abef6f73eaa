"""Registry look-ups the rules share: which libraries belong where."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from generator.findings import Finding, Severity
from generator.models import City, Registry
from generator.records import NominationRecord


def norm(text: str) -> str:
    """Compare names ignoring spaces of any width."""
    return "".join(text.split())


class _Coded(Protocol):
    code: str


C = TypeVar("C", bound=_Coded)


def by_code(items: Iterable[C]) -> dict[str, C]:
    """Code -> item, the first one winning as in Registry.city(): one look-up per call, not a scan."""
    index: dict[str, C] = {}
    for item in items:
        index.setdefault(item.code, item)
    return index


@dataclass
class Libraries:
    """The registry's libraries, indexed once per run."""

    registry: Registry
    by_city: dict[str, set[str]] = field(default_factory=dict)
    committee: dict[str, str] = field(default_factory=dict)  # city code -> committee library
    joined: dict[str, str] = field(default_factory=dict)  # library -> 加盟时间
    all_names: set[str] = field(default_factory=set)
    group_names: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)  # all_names | group_names
    committee_names: set[str] = field(default_factory=set)
    cities: dict[str, City] = field(default_factory=dict)

    @classmethod
    def of(cls, registry: Registry) -> Libraries:
        libs = cls(registry)
        for city in registry.cities:
            names = {norm(city.committee_library)} | {norm(m.name) for m in city.members}
            libs.by_city[city.code] = names
            libs.committee[city.code] = norm(city.committee_library)
            libs.joined[norm(city.committee_library)] = str(city.committee_joined)
            for m in city.members:
                libs.joined[norm(m.name)] = str(m.joined)
            libs.all_names |= names
        for lib in registry.other_libraries:
            libs.all_names.add(norm(lib.name))
            libs.joined[norm(lib.name)] = str(lib.joined)
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
        key = norm(unit)
        return next((c for c, names in self.by_city.items() if key in names), None)

    def suggest(self, unit: str, pool: set[str]) -> str:
        near = difflib.get_close_matches(norm(unit), sorted(pool), n=1, cutoff=0.6)
        return f"是否想写「{near[0]}」？" if near else ""


def at(
    n: NominationRecord, key: tuple[str | int, ...], code: str, message: str, hint: str,
    severity: Severity = "error",
) -> Finding:
    """A finding placed on the value at key in the nomination's file."""
    line, col = n.doc.where(key) if n.doc is not None else (None, None)
    return Finding(n.path, line, col, code, severity, message, hint)
