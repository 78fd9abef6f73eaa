"""推荐汇总.xlsx: every nomination with all fields, each city's form 1-3, the honor roll."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from generator.forms.labels import display_name, nominator
from generator.forms.roll import PUBLIC_COLUMNS, public_rows
from generator.forms.summary import CityLists
from generator.forms.text import clean, position_title
from generator.models import NOMINATION_MODELS, Collective, Individual, Registry
from generator.records import Campaign, NominationRecord

ALL_SHEET = "全部推荐"
ROLL_SHEET = "表彰名单"
AWARD_FIELD = "推荐奖项"
LEAD_COLUMNS = ("序号", "推荐来源", "奖项", "名称/姓名")
TAIL_COLUMNS = ("审定状态", "审定意见", "文件")
CITY_COLUMNS = ("类别", "序号", "名称/姓名", "工作单位", "职务（职称）", "备注")
LIAISON_NOTE = "联络人（不占名额）"
WIDE_COLUMN = 60  # characters; longer text wraps
LONG_TEXT_ROW = 64.0  # points: four lines of a long text, the rest on click
FONT = "宋体"
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="DDE5F0")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def nomination_columns() -> list[str]:
    """The header of 全部推荐: a few lead columns, then every form field by its label."""
    labels: list[str] = []
    for model in NOMINATION_MODELS.values():
        for field in model.model_fields.values():
            label = field.alias or ""
            if label and label != AWARD_FIELD and label not in labels:
                labels.append(label)
    return [*LEAD_COLUMNS, *labels, *TAIL_COLUMNS]


def cell_value(value: object) -> object:
    """A form value as a spreadsheet cell: dates stay dates, lists and yes/no become text."""
    if value is None or (isinstance(value, (int, float, date)) and not isinstance(value, bool)):
        return value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return clean(str(value))


def nomination_row(registry: Registry, campaign: Campaign, index: int,
                   record: NominationRecord) -> dict[str, object]:
    """One nomination with all its fields, keyed by column label."""
    row: dict[str, object] = dict(zip(LEAD_COLUMNS, (
        index, nominator(registry, record.source), record.form.award, display_name(record),
    ), strict=True))
    row.update(record.form.model_dump(by_alias=True, exclude={"award"}))
    entry = None
    if campaign.decisions is not None:
        entry = next((e for e in campaign.decisions.entries if e.nomination == record.rel), None)
    row["审定状态"] = campaign.decisions.status if entry and campaign.decisions else ""
    row["审定意见"] = entry.opinion if entry else ""
    row["文件"] = record.path
    return row


def display_width(text: str) -> int:
    """Columns a text needs: Chinese characters are two wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def sheet_title(name: str, taken: Iterable[str]) -> str:
    """A legal, unique sheet name: at most 31 characters, none of []:*?/\\."""
    base = _SHEET_FORBIDDEN.sub("_", name).strip("'")[:31] or "工作表"
    used = {t.casefold() for t in taken}
    title, n = base, 2
    while title.casefold() in used:
        suffix = f"_{n}"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    return title


def _put(ws: Worksheet, row: int, col: int, value: object, *, bold: bool = False) -> None:
    cell = ws.cell(row=row, column=col, value=cell_value(value))
    if isinstance(cell.value, str):
        cell.data_type = "s"  # text beginning with "=" stays text, never a formula
    if isinstance(cell.value, date):
        cell.number_format = "yyyy-mm-dd"
    cell.font = Font(name=FONT, size=11, bold=bold)
    cell.border = _BORDER
    cell.alignment = Alignment(vertical="top", wrap_text=True)


def _table(ws: Worksheet, head_row: int, head: Sequence[str],
           rows: Sequence[Sequence[object]], long_rows: bool = False) -> None:
    """A header row and data rows, with frozen header, filter, widths and A4 printing."""
    for col, label in enumerate(head, start=1):
        _put(ws, head_row, col, label, bold=True)
        ws.cell(row=head_row, column=col).fill = _HEAD_FILL
    for r, values in enumerate(rows, start=head_row + 1):
        for col, value in enumerate(values, start=1):
            _put(ws, r, col, value)
        if long_rows:
            ws.row_dimensions[r].height = LONG_TEXT_ROW
    for col, label in enumerate(head, start=1):
        texts = [label] + [str(cell_value(v[col - 1]) or "") for v in rows]
        widest = max(display_width(line) for t in texts for line in t.split("\n"))
        ws.column_dimensions[get_column_letter(col)].width = min(widest + 2, WIDE_COLUMN)
    last = get_column_letter(len(head))
    ws.freeze_panes = ws.cell(row=head_row + 1, column=1)
    ws.auto_filter.ref = f"A{head_row}:{last}{head_row + max(len(rows), 1)}"
    ws.print_title_rows = f"{head_row}:{head_row}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _city_rows(lists: CityLists) -> list[tuple[object, ...]]:
    units = [r.form.unit for r in lists.collectives if isinstance(r.form, Collective)]
    rows: list[tuple[object, ...]] = [("先进集体", i, u, "", "", "") for i, u in enumerate(units, 1)]
    people = [r.form for r in lists.individuals if isinstance(r.form, Individual)]
    rows += [
        ("先进个人", i, p.name, p.unit, position_title(p.position, p.title),
         LIAISON_NOTE if p.is_liaison else "")
        for i, p in enumerate(people, 1)
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
    _table(ws, 4, CITY_COLUMNS, _city_rows(lists))


def build_workbook(registry: Registry, campaign: Campaign, cities: list[CityLists]) -> Workbook:
    """The office's review workbook for one campaign."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = ALL_SHEET
    head = nomination_columns()
    rows = [nomination_row(registry, campaign, i, r)
            for i, r in enumerate(campaign.nominations, 1)]
    _table(ws, 1, head, [[row.get(label) for label in head] for row in rows], long_rows=True)
    for lists in cities:
        _city_sheet(wb.create_sheet(sheet_title(lists.city.name, wb.sheetnames)), lists)
    roll = public_rows(registry, campaign)
    if roll:
        sheet = wb.create_sheet(sheet_title(ROLL_SHEET, wb.sheetnames))
        _table(sheet, 1, PUBLIC_COLUMNS, [[r[c] for c in PUBLIC_COLUMNS] for r in roll])
    wb.properties.creator = registry.office.name
    return wb
