"""Old and new names across years: a renamed library (曾用名) or a merged or renamed working group (前身).

A closed year keeps the names it was decided under (its frozen registry); the current registry
says what became of them. The 往年评选 page lists each change with links to the years of the old
name, and a group's section on 专项工作 names its predecessors with links to their years.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.models import Registry
from generator.models.registry import FormerName
from generator.site.view import CampaignView

LIBRARY = "图书馆"
GROUP = "工作组"


@dataclass(frozen=True)
class NameChange:
    """One renaming: the kind, the old and new names, the year the new one took effect, and the
    site's years under the old name (year, page)."""

    kind: str
    old: str
    new: str
    year: int
    earlier: list[tuple[int, str]] = field(default_factory=list)


def _earlier(views: list[CampaignView], year: int, group: bool) -> list[tuple[int, str]]:
    """The years before `year` on the site, oldest first, each with its cities or 专项工作 page."""
    return sorted((v.year, v.paths.special if group else v.paths.cities) for v in views if v.year < year)


def _library_changes(registry: Registry, views: list[CampaignView]) -> list[NameChange]:
    found: list[tuple[str, FormerName]] = []
    for city in registry.cities:
        found += [(city.committee_library, f) for f in city.committee_former]
        found += [(m.name, f) for m in city.members for f in m.former]
    found += [(m.name, f) for m in registry.other_libraries for f in m.former]
    return [NameChange(LIBRARY, f.name, name, f.changed, _earlier(views, f.changed, group=False))
            for name, f in found]


def name_changes(registry: Registry | None, views: list[CampaignView]) -> list[NameChange]:
    """Every renaming the current registry records, newest first, libraries before groups."""
    if registry is None:
        return []
    groups = [NameChange(GROUP, p.name, g.name, p.changed, _earlier(views, p.changed, group=True))
              for g in registry.groups for p in g.predecessors]
    changes = _library_changes(registry, views) + groups
    return sorted(changes, key=lambda c: (-c.year, c.kind != LIBRARY, c.new, c.old))


def predecessors_of(view: CampaignView, code: str, views: list[CampaignView]) -> list[NameChange]:
    """A group's predecessors as this year knows them (its registry; in effect by this year), with
    the years under the old name: a closed year's page keeps its own names and says nothing new."""
    group = view.registry.group(code) if view.registry is not None else None
    if group is None:
        return []
    return [NameChange(GROUP, p.name, group.name, p.changed, _earlier(views, p.changed, group=True))
            for p in group.predecessors if p.changed <= view.year]
