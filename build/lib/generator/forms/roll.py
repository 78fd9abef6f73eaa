"""The honor roll's public fields: the open-data CSV the office gets and the site links."""

from __future__ import annotations

import csv
import io

from generator.forms.labels import city_of, display_name, nominator
from generator.models import Registry
from generator.records import Campaign

PUBLIC_COLUMNS = ("年度", "奖项", "名称/姓名", "单位", "城市", "推荐单位", "状态")
LIAISON_AWARD = "联络人表彰"
# A cell starting with one of these is a formula to Excel; quote it so it stays text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def public_rows(registry: Registry, campaign: Campaign) -> list[dict[str, str]]:
    """One row per decided honor, public fields only (no age, gender, education, phone)."""
    decisions = campaign.decisions
    if decisions is None:
        return []
    rows = []
    for entry in decisions.entries:
        record = campaign.by_rel(entry.nomination)
        if record is None:
            continue
        rows.append(dict(zip(PUBLIC_COLUMNS, (
            str(campaign.year), entry.award, display_name(record),
            str(getattr(record.form, "unit", "")), city_of(registry, record),
            nominator(registry, record.source), decisions.status,
        ), strict=True)))
    for honor in decisions.liaisons:
        city = registry.city(honor.city)
        rows.append(dict(zip(PUBLIC_COLUMNS, (
            str(campaign.year), LIAISON_AWARD, honor.name,
            city.committee_library if city else "", city.name if city else "",
            registry.office.name, decisions.status,
        ), strict=True)))
    return rows


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
