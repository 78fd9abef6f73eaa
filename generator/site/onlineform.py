"""在线填报: the form pages of the site and the data they run on.

The pages are empty frames; the browser builds each form from one JSON file written at build
time: the file kinds' JSON Schemas (the same as the committed schema/), each field's kind,
the choices of the newest open campaign's config, the registry's cities, libraries, working
groups and liaisons' names, and `honors new`'s own templates, which the browser fills in. A
new year, a new project or a changed template therefore needs no change to the page's code.
"""

from __future__ import annotations

import json
import typing
from datetime import date
from typing import Any

from pydantic.fields import FieldInfo

from generator.authoring.scaffold import allowed_values, template_text
from generator.authoring.schemas import schema_for
from generator.load.records import Campaign
from generator.models import FILE_MODELS, CampaignConfig, Registry
from generator.models.awards import AWARD_ORDER
from generator.models.base import JoinMonth, Phone, YesNo
from generator.rules.cases import CASE_LENGTH_WHY, CASE_LIMITS
from generator.rules.eligibility import SOURCE_AWARDS
from generator.rules.publictext import public_fields
from generator.site import paths

FOLDER = "form"
INDEX = f"{FOLDER}/index.md"
DATA = f"{FOLDER}/form-data.json"
SCRIPT = "assets/javascripts/honors-form.js"
STYLE = "assets/stylesheets/honors-form.css"
BRANCH = "main"  # the branch GitHub's new-file page commits to (or proposes a change against)
# The forms in the order of the notice's list, with the page titles of the 在线填报 section.
FORMS = (
    ("collective", "先进集体（附件1-1）"),
    ("individual", "先进个人（附件1-2）"),
    ("special", "专项工作先进集体（附件1-4）"),
    ("case", "优秀服务案例"),
    ("summary", "汇总表表头（附件1-3）"),
)
OWNER_WORDS = {"city": "委员馆（各市）", "group": "工作组", "office": "联盟办"}


_UnionType = type(int | None)


def page_of(kind: str) -> str:
    return f"{FOLDER}/{kind}.md"


def open_campaign(campaigns: list[Campaign]) -> Campaign | None:
    """The newest campaign not yet closed (已表彰), else the newest one."""
    return next((c for c in campaigns if c.stage != "已表彰"), campaigns[0] if campaigns else None)


def _validator(annotated: Any) -> Any:
    """The function of the BeforeValidator an Annotated alias such as Phone carries."""
    return next(getattr(m, "func", None) for m in typing.get_args(annotated)[1:])


# The project's own field types, known by their validators (pydantic keeps an alias's
# Annotated metadata on the field, or inside the Union of an optional field).
_KINDS_BY_VALIDATOR = {_validator(Phone): "phone", _validator(JoinMonth): "month",
                       _validator(YesNo): "yesno"}


def field_kind(info: FieldInfo) -> str:
    """How the form asks for a field: phone, month, date, int, ints, yesno, list or text."""
    annotation = info.annotation
    metadata = list(info.metadata)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, _UnionType) and len(args) == 1:
        annotation = args[0]  # X | None: the form asks for X and may stay empty
    if typing.get_origin(annotation) is typing.Annotated:
        metadata += typing.get_args(annotation)[1:]
        annotation = typing.get_args(annotation)[0]
    for item in metadata:
        kind = _KINDS_BY_VALIDATOR.get(getattr(item, "func", None))
        if kind is not None:
            return kind
    if annotation is date:
        return "date"
    if annotation is int:
        return "int"
    if typing.get_origin(annotation) is list:
        return "ints" if typing.get_args(annotation) == (int,) else "list"
    return "text"


def _fields(kind: str, config: CampaignConfig) -> list[dict[str, Any]]:
    model = FILE_MODELS[kind]
    out = []
    for name, info in model.model_fields.items():
        label = info.alias or name
        field: dict[str, Any] = {"label": label, "kind": field_kind(info),
                                 "required": info.is_required()}
        choices = allowed_values(label, config, kind)
        if choices is not None:
            field["choices"] = choices
        out.append(field)
    return out


def _award(kind: str, config: CampaignConfig) -> dict[str, Any] | None:
    award = config.award_by_type(kind)
    if award is None:
        return None
    return {
        "name": award.name,
        "form": award.form,
        "criteria": [{"number": c.number, "text": c.text} for c in award.criteria],
        "note": award.criteria_note,
        "member": award.member_criteria,
        "committee": award.committee_criteria,
    }


def _owners(registry: Registry | None, folder: str) -> list[dict[str, Any]]:
    """Every folder a file may go to, with the libraries and names the form checks against.

    Only what the public site already shows: no accounts, no liaison's position.
    """
    if registry is None:
        return [{"key": "office", "type": "office", "name": "联盟办", "folder": f"{folder}/office"}]
    owners: list[dict[str, Any]] = []
    for city in registry.cities:
        owners.append({
            "key": f"city:{city.code}", "type": "city", "code": city.code, "name": city.name,
            "folder": f"{folder}/cities/{city.code}",
            "committee": city.committee_library, "committee_joined": city.committee_joined,
            "liaison": city.liaison.name if city.liaison else None,
            "members": [[m.name, m.joined] for m in city.members],
        })
    for group in registry.groups:
        owners.append({
            "key": f"group:{group.code}", "type": "group", "code": group.code, "name": group.name,
            "folder": f"{folder}/groups/{group.code}",
        })
    owners.append({"key": "office", "type": "office", "code": "office",
                   "name": registry.office.name, "folder": f"{folder}/office"})
    return owners


def _template(kind: str, config: CampaignConfig, depth: int, owner: dict[str, Any]) -> str:
    """`honors new`'s template for a file of this kind in this owner's folder.

    The one place to pass the owner on when templates come to depend on it (the city's
    committee library, the group's projects).
    """
    return template_text(kind, config, depth)


def _templates(config: CampaignConfig, owners: list[dict[str, Any]]
               ) -> tuple[list[str], dict[str, dict[str, int]]]:
    """The distinct templates, and for each kind and owner the index of its own."""
    texts: list[str] = []
    index: dict[str, dict[str, int]] = {}
    for kind, _ in FORMS:
        index[kind] = {}
        for owner in owners:
            if kind not in allowed_kinds(owner["type"]):
                continue
            depth = len(owner["folder"].split("/"))
            text = _template(kind, config, depth, owner)
            if text not in texts:
                texts.append(text)
            index[kind][owner["key"]] = texts.index(text)
    return texts, index


def allowed_kinds(owner_type: str) -> set[str]:
    """The file kinds an owner's folder may hold (the summary only in a city's)."""
    kinds = set(SOURCE_AWARDS.get(owner_type, set()))
    return kinds | {"summary"} if owner_type == "city" else kinds


def form_data(campaign: Campaign, registry: Registry | None, repo_url: str | None) -> dict[str, Any]:
    """Everything the form pages need, as JSON-ready data."""
    config = campaign.config
    owners = _owners(registry, campaign.folder)
    texts, template_index = _templates(config, owners)
    kinds = {
        kind: {
            "title": title,
            "schema": schema_for(kind),
            "fields": _fields(kind, config),
            "award": _award(kind, config),
            "templates": template_index[kind],
        }
        for kind, title in FORMS
    }
    return {
        "year": config.year,
        "title": config.title,
        "stage": campaign.stage,
        "deadline": config.deadline.isoformat(),
        "published_on": config.published_on.isoformat() if config.published_on else None,
        "period": [config.period.start.isoformat(), config.period.end.isoformat()],
        "repo_url": repo_url.rstrip("/") if repo_url else None,
        "branch": BRANCH,
        "deeds_max_chars": config.quotas.deeds_max_chars,
        "case_limits": CASE_LIMITS,
        "case_length_why": CASE_LENGTH_WHY,
        "public_text": {kind: [label for _, label in public_fields(kind)] for kind in AWARD_ORDER},
        "bases": config.bases,
        "projects": [{"name": p.name, "group": p.group, "aliases": p.aliases}
                     for p in config.special_projects],
        "groups": [g.name for g in registry.groups] if registry else [],
        "other_libraries": [[lib.name, lib.joined] for lib in registry.other_libraries]
        if registry else [],
        "owners": owners,
        "kinds": kinds,
        "templates": texts,
        "pages": {kind: paths.page_url(page_of(kind)) for kind, _ in FORMS},
    }


def data_bytes(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
