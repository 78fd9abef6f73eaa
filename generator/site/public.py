"""The public view of a nomination: the one place that decides what the site may show.

Only name, unit, department, position/title, the award and the nomination's own texts
reach the public. Gender, age, education, years in the role, every phone number, the
unit head, the clerk and the director/liaison flags stay in the office's forms.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from generator.load.records import NominationRecord
from generator.models import CampaignConfig, Registry
from generator.models.awards import AWARDS
from generator.models.names import norm
from generator.rules.liaisons import is_liaison
from generator.site.render import rich_text

# Model attribute names the public view reads, per award type. Everything else is private.
PUBLIC_FIELDS: dict[str, tuple[str, ...]] = {
    **{a.type: a.public_fields for a in AWARDS},  # each award's own (generator.models.awards)
    "summary": ("committee_library", "filled_on"),  # form 1-3's header: the clerk stays private
}
# Fields never published, whatever the kind (used by tests and the privacy scan).
PRIVATE_FIELDS = (
    "gender", "age", "education", "personal_phone", "phone", "head", "years_in_role",
    "is_director", "director_reason", "contact", "clerk", "unit_opinion", "committee_opinion",
)
LONG_TEXT = {"achievements", "deeds", "body"}


@dataclass(frozen=True)
class PublicEntry:
    """What the public sees of one nomination."""

    key: str  # path relative to the campaign folder, as the decisions file refers to it
    path: str  # the file's repository path (to find a case's photos beside it)
    kind: str  # collective | special | individual | case
    source_kind: str  # city | group | office
    source_code: str
    source_name: str  # who recommended: a committee library, a working group, the office
    city_code: str | None  # the city the unit belongs to, if any
    slug: str
    award_name: str
    unit: str
    name: str | None = None  # individuals
    department: str | None = None
    position: str | None = None
    title: str | None = None  # individuals' 职称; a case's 案例名称 is `case_title`
    field: str | None = None
    is_liaison: bool = False  # a city's liaison nomination (rules.liaisons): outside every quota
    joined: str | None = None
    criteria: tuple[int, ...] = ()
    project: str | None = None
    basis: str | None = None
    ranking: str | None = None
    theme: str | None = None
    case_title: str | None = None
    summary: str | None = None
    start: date | None = None
    end: date | None = None
    images: tuple[str, ...] = ()  # a case's photos, relative to its file
    partners: tuple[str, ...] = ()  # a joint case's 合作单位, as written (each a registered unit)
    text_html: Markup = dataclasses.field(default_factory=Markup)

    @property
    def label(self) -> str:
        """The entry's headline: a person's name, a case's title or a unit."""
        return self.name or self.case_title or self.unit

    @property
    def role(self) -> str:
        """职务（职称） as form 1-3 prints it."""
        parts = [p for p in (self.position, self.title) if p]
        if len(parts) == 2:
            return f"{parts[0]}（{parts[1]}）"
        return parts[0] if parts else ""


def _source_name(record: NominationRecord, registry: Registry | None) -> str:
    code = record.source.code
    if record.source.kind == "office":
        return registry.office.name if registry else "联盟办"
    if registry is not None:
        if record.source.kind == "city" and (city := registry.city(code)):
            return city.committee_library
        if record.source.kind == "group" and (group := registry.group(code)):
            return group.name
    return code


def unit_city(registry: Registry | None, unit: str) -> str | None:
    """The code of the city whose committee or member library is `unit` (spaces ignored, as the
    validator compares names)."""
    if registry is None:
        return None
    found = registry.city_by_library.get(norm(unit))
    return found.code if found is not None else None


def _liaison(record: NominationRecord, registry: Registry | None) -> bool:
    if registry is not None:
        return is_liaison(record, registry)
    return record.source.kind == "city" and bool(getattr(record.form, "is_liaison", False))


def public_entry(record: NominationRecord, registry: Registry | None,
                 config: CampaignConfig | None = None) -> PublicEntry:
    """Read only the public fields of a nomination (a special project by its canonical name)."""
    form = record.form
    data = {name: getattr(form, name) for name in PUBLIC_FIELDS[record.award]}
    if config is not None and data.get("project") and (known := config.project(data["project"])):
        data["project"] = known.name  # 阅读推广服务 is shown as 联合阅读推广
    unit = data.pop("unit")
    text = next((data.pop(k) for k in LONG_TEXT if k in data), "")
    city = record.source.code if record.source.kind == "city" else unit_city(registry, unit)
    joined = data.pop("joined", None)
    case_title = data.pop("title") if record.award == "case" else None
    images = tuple(data.pop("images", ()))
    partners = tuple(data.pop("partners", ()))
    return PublicEntry(
        key=record.rel,
        path=record.path,
        images=images,
        partners=partners,
        kind=record.award,
        source_kind=record.source.kind,
        source_code=record.source.code,
        source_name=_source_name(record, registry),
        city_code=city,
        slug=record.slug,
        award_name=data.pop("award"),
        unit=unit,
        joined=None if joined is None else str(joined),
        criteria=tuple(data.pop("criteria", ())),
        case_title=case_title,
        is_liaison=_liaison(record, registry),
        text_html=rich_text(text, pictures=record.award == "case"),
        **data,
    )
