"""Names the outputs print: who a nomination is, who nominated it, which city a unit is in."""

from __future__ import annotations

from generator.load.records import NominationRecord, Source
from generator.models import CampaignConfig, Individual, Registry, ServiceCase, SpecialCollective
from generator.models.names import norm


def display_name(record: NominationRecord) -> str:
    """名称/姓名: the person, the case title, or the library."""
    form = record.form
    if isinstance(form, Individual):
        return form.name
    if isinstance(form, ServiceCase):
        return form.title
    return str(getattr(form, "unit", ""))


def nominator(registry: Registry, source: Source) -> str:
    """推荐单位: the city's committee library, the working group, or the office."""
    if source.kind == "city":
        city = registry.city(source.code)
        return city.committee_library if city else source.code
    if source.kind == "group":
        group = registry.group(source.code)
        return group.name if group else source.code
    return registry.office.name


def city_of(registry: Registry, record: NominationRecord) -> str:
    """城市 of the nominated unit: the nominating city, else the registry's entry for the unit."""
    if record.source.kind == "city":
        city = registry.city(record.source.code)
        if city is not None:
            return city.name
    found = registry.city_by_library.get(norm(str(getattr(record.form, "unit", ""))))
    return found.name if found is not None else ""


# 所在城市 on paper for a unit under no city's committee library: a 其他成员馆 such as the
# provincial library, or a working group named as the unit. It serves the whole province, and a
# printed cell is never left empty (the roll's data keeps the empty value).
PROVINCE_WIDE = "省级"


def printed_city(city: str) -> str:
    """所在城市 as the printed lists show it: the city, else PROVINCE_WIDE."""
    return city or PROVINCE_WIDE


def project_name(config: CampaignConfig, form: object) -> str:
    """A special collective's 专项工作 by its canonical name (the file may use an alias)."""
    if not isinstance(form, SpecialCollective):
        return ""
    project = config.project(form.project)
    return project.name if project else form.project


def registry_unit(registry: Registry, unit: str) -> str | None:
    """The library's full name as the registry spells it, None when the registry lacks it."""
    wanted = norm(unit)
    for city in registry.cities:
        for name in (city.committee_library, *(m.name for m in city.members)):
            if norm(name) == wanted:
                return name
    return next((m.name for m in registry.other_libraries if norm(m.name) == wanted), None)
