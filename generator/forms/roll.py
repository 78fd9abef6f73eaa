"""The honor roll: one row per honor, the source of the open-data CSV, the 公示 and the decision.

Public fields only (no age, gender, education, phone). Special-project rows name the project by its
canonical name (a nomination may use an alias). The liaisons' commendation 「联盟办将对联盟工作联络人
另外进行表彰」 is listed apart (联络人表彰) or among the 先进个人, as the year's config says.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from generator.forms.labels import city_of, display_name, nominator, project_name
from generator.forms.text import clean
from generator.load.records import Campaign, NominationRecord
from generator.models import CampaignConfig, LiaisonHonor, Registry

PUBLIC_COLUMNS = ("年度", "奖项", "专项工作", "名称/姓名", "单位", "城市", "推荐单位", "状态", "备注")
LIAISON_AWARD = "联络人表彰"
LIAISON_NOTE = "委员馆联盟工作联络人（另行表彰，不占名额）"
LISTED_WITH_INDIVIDUALS = "列入先进个人名单"
DEFAULT_INDIVIDUAL_AWARD = "联盟工作先进个人"
# A cell starting with one of these is a formula to Excel; quote it so it stays text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Honor:
    """One honor of the decisions file, as every after-decision output shows it."""

    kind: str  # collective | special | individual | case | liaison
    award: str  # the award it is listed under (a liaison among 先进个人: that award's name)
    project: str  # the canonical 专项工作 of a special collective, else ""
    name: str  # the library, the person or the case title
    unit: str
    city: str
    nominator: str
    note: str

    def public(self, year: int, status: str) -> dict[str, str]:
        return dict(zip(PUBLIC_COLUMNS, (
            str(year), self.award, self.project, self.name, self.unit, self.city, self.nominator,
            status, self.note,
        ), strict=True))


def _kind(config: CampaignConfig, award: str, record: NominationRecord) -> str:
    known = config.award_by_name(award)
    return known.type if known else record.award


def liaison_award(config: CampaignConfig) -> str:
    """The heading liaisons are listed under: their own list, or the 先进个人 award."""
    if config.liaison_listing == LISTED_WITH_INDIVIDUALS:
        award = config.award_by_type("individual")
        return award.name if award else DEFAULT_INDIVIDUAL_AWARD
    return LIAISON_AWARD


def _liaison(registry: Registry, config: CampaignConfig, honor: LiaisonHonor) -> Honor:
    city = registry.city(honor.city)
    return Honor(
        kind="liaison", award=liaison_award(config), project="", name=clean(honor.name),
        unit=city.committee_library if city else "", city=city.name if city else "",
        nominator=registry.office.name, note=LIAISON_NOTE,
    )


def honors(registry: Registry, campaign: Campaign) -> list[Honor]:
    """Every decided honor in the decisions file's order, the liaisons last."""
    decisions = campaign.decisions
    if decisions is None:
        return []
    config = campaign.config
    out = []
    for entry in decisions.passed():  # an entry not passed is never published
        record = campaign.by_rel(entry.nomination)
        if record is None:
            continue
        form = record.form
        out.append(Honor(
            kind=_kind(config, entry.award, record), award=entry.award,
            project=clean(project_name(config, form)), name=clean(display_name(record)),
            unit=clean(str(getattr(form, "unit", ""))), city=city_of(registry, record),
            nominator=nominator(registry, record.source), note="",
        ))
    out += [_liaison(registry, config, h) for h in decisions.passed_liaisons()]
    return out


def public_rows(registry: Registry, campaign: Campaign) -> list[dict[str, str]]:
    """One row per decided honor, public fields only (no age, gender, education, phone)."""
    if campaign.decisions is None:
        return []
    status = campaign.decisions.status
    return [h.public(campaign.year, status) for h in honors(registry, campaign)]


def _safe(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def roll_csv(rows: list[dict[str, str]]) -> bytes:
    """UTF-8 with BOM and CRLF, so Excel on a Chinese Windows opens it correctly."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=PUBLIC_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _safe(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8-sig")
