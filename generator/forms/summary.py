"""附件 1-3 as data: a city's 推荐单位 header and its lists, derived from the files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.load.records import Campaign, NominationRecord
from generator.models import City, Collective, Individual, Registry
from generator.rules.liaisons import is_liaison

LIAISON_MARK = "（联络人）"


@dataclass(frozen=True)
class CityLists:
    """What form 1-3 prints for one committee library."""

    city: City
    committee_library: str
    clerk: str
    phone: str
    filled_on: date | None
    collectives: list[NominationRecord]
    individuals: list[NominationRecord]  # liaisons last
    liaisons: frozenset[str] = frozenset()  # rel paths of the city's liaison nominations

    def collective_names(self) -> list[str]:
        return [r.form.unit for r in self.collectives if isinstance(r.form, Collective)]

    def is_liaison(self, record: NominationRecord) -> bool:
        return record.rel in self.liaisons


def person_name(form: Individual, liaison: bool) -> str:
    """姓名 as form 1-3 prints it: liaisons (outside the quota) are marked."""
    return form.name + (LIAISON_MARK if liaison else "")


def city_lists(registry: Registry, campaign: Campaign, city: City) -> CityLists:
    """One city's form 1-3; the header falls back to the registry when summary.yaml is absent."""
    mine = [n for n in campaign.nominations if n.source.kind == "city" and n.source.code == city.code]
    people = [n for n in mine if n.award == "individual"]
    liaisons = frozenset(n.rel for n in people if is_liaison(n, registry))
    people.sort(key=lambda n: n.rel in liaisons)
    summary = campaign.summaries.get(city.code)
    return CityLists(
        city=city,
        committee_library=summary.committee_library if summary else city.committee_library,
        clerk=summary.clerk if summary else "",
        phone=summary.phone if summary else "",
        filled_on=summary.filled_on if summary else None,
        collectives=[n for n in mine if n.award == "collective"],
        individuals=people,
        liaisons=liaisons,
    )


def all_city_lists(registry: Registry, campaign: Campaign) -> list[CityLists]:
    """Form 1-3 of every city that sent a summary or a nomination, in registry order."""
    active = {n.source.code for n in campaign.nominations if n.source.kind == "city"}
    active |= set(campaign.summaries)
    return [city_lists(registry, campaign, c) for c in registry.cities if c.code in active]
