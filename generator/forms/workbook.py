"""推荐汇总.xlsx: every nomination with all fields, each city's form 1-3, the honor roll."""

from __future__ import annotations

from datetime import datetime, time

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from generator.forms.labels import display_name, nominator, project_name
from generator.forms.roll import PUBLIC_COLUMNS, public_rows
from generator.forms.sheetkit import FONT, sheet_title, table
from generator.forms.summary import CityLists
from generator.forms.text import clean, position_title
from generator.load.records import Campaign, NominationRecord
from generator.models import (
    NOMINATION_MODELS,
    Collective,
    Individual,
    Registry,
    SpecialCollective,
)
from generator.models.decisions import REFUSED

ALL_SHEET = "全部推荐"
ROLL_SHEET = "表彰名单"
AWARD_FIELD = "推荐奖项"
PROJECT_FIELD = "专项工作"
LEAD_COLUMNS = ("序号", "推荐来源", "奖项", "名称/姓名")
# On paper 全部推荐 is its overview (the lead columns and 单位): every field at a readable size
# would be hundreds of pages, and each nomination's own form prints them.
PRINTED_COLUMNS = len(LEAD_COLUMNS) + 1
TAIL_COLUMNS = ("审定状态", "审定意见", "文件")
ROLL_TITLE_COLUMNS = "A:D"  # 年度 to 名称/姓名, on each page of the roll
CITY_COLUMNS = ("类别", "序号", "名称/姓名", "工作单位", "职务（职称）", "备注")
LIAISON_NOTE = "联络人（不占名额）"


def nomination_columns() -> list[str]:
    """The header of 全部推荐: a few lead columns, then every form field by its label."""
    labels: list[str] = []
    for model in NOMINATION_MODELS.values():
        for field in model.model_fields.values():
            label = field.alias or ""
            if label and label != AWARD_FIELD and label not in labels:
                labels.append(label)
    return [*LEAD_COLUMNS, *labels, *TAIL_COLUMNS]


def nomination_row(registry: Registry, campaign: Campaign, index: int,
                   record: NominationRecord) -> dict[str, object]:
    """One nomination with all its fields, keyed by column label."""
    row: dict[str, object] = dict(zip(LEAD_COLUMNS, (
        index, nominator(registry, record.source), record.form.award, display_name(record),
    ), strict=True))
    row.update(record.form.model_dump(by_alias=True, exclude={"award"}))
    if isinstance(record.form, SpecialCollective):
        row[PROJECT_FIELD] = project_name(campaign.config, record.form)
    entry = None
    if campaign.decisions is not None:
        entry = next((e for e in campaign.decisions.entries if e.nomination == record.rel), None)
    row["审定状态"] = "" if entry is None or campaign.decisions is None else (
        campaign.decisions.status if entry.passed else REFUSED)
    row["审定意见"] = entry.shown_opinion if entry else ""
    row["文件"] = record.path
    return row


def _city_rows(lists: CityLists) -> list[tuple[object, ...]]:
    units = [r.form.unit for r in lists.collectives if isinstance(r.form, Collective)]
    rows: list[tuple[object, ...]] = [("先进集体", i, u, "", "", "") for i, u in enumerate(units, 1)]
    people = [(r.form, lists.is_liaison(r)) for r in lists.individuals
              if isinstance(r.form, Individual)]
    rows += [
        ("先进个人", i, p.name, p.unit, position_title(p.position, p.title),
         LIAISON_NOTE if liaison else "")
        for i, (p, liaison) in enumerate(people, 1)
    ]
    return rows


def _city_sheet(ws: Worksheet, lists: CityLists) -> None:
    """Form 1-3 of one city as a filterable table under its 推荐单位 header."""
    ws.cell(row=1, column=1, value=f"{lists.city.name}推荐对象汇总表").font = Font(
        name=FONT, size=14, bold=True)
    when = lists.filled_on.isoformat() if lists.filled_on else ""
    header = (f"推荐单位：{lists.committee_library}　经办人：{lists.clerk}　"
              f"电话：{lists.phone}　填报日期：{when}")
    ws.cell(row=2, column=1, value=clean(header)).font = Font(name=FONT, size=11)
    ws.cell(row=2, column=1).data_type = "s"
    table(ws, 4, CITY_COLUMNS, _city_rows(lists))


def build_workbook(registry: Registry, campaign: Campaign, cities: list[CityLists]) -> Workbook:
    """The office's review workbook for one campaign."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = ALL_SHEET
    head = nomination_columns()
    rows = [nomination_row(registry, campaign, i, r)
            for i, r in enumerate(campaign.nominations, 1)]
    table(ws, 1, head, [[row.get(label) for label in head] for row in rows], long_rows=True,
          printed=PRINTED_COLUMNS)
    for lists in cities:
        _city_sheet(wb.create_sheet(sheet_title(lists.city.name, wb.sheetnames)), lists)
    roll = public_rows(registry, campaign)
    if roll:
        sheet = wb.create_sheet(sheet_title(ROLL_SHEET, wb.sheetnames))
        table(sheet, 1, PUBLIC_COLUMNS, [[r[c] for c in PUBLIC_COLUMNS] for r in roll],
              title_cols=ROLL_TITLE_COLUMNS)
    wb.properties.creator = registry.office.name
    # A date of the configuration, not the clock (as FormContext.stamp).
    wb.properties.created = datetime.combine(campaign.config.deadline, time(9, 0))
    return wb
