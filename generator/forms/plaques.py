"""奖牌清单.xlsx: one row per honored collective, with the exact text to engrave.

「联盟工作委员会对评选出的先进集体授予“联盟工作先进集体”“联盟专项工作先进集体”称号，并颁发奖牌」:
the list goes to the engraver as it is; the unit's name is the registry's full name.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from generator.forms.context import FormContext
from generator.forms.honorlist import honor_groups
from generator.forms.labels import printed_city, registry_unit
from generator.forms.numbers import numbers
from generator.forms.roll import Honor, honors
from generator.forms.sheetkit import FONT, display_width, fit_rows, print_setup, put
from generator.forms.wording import fill, issued_on, issuer, plaque_values

SHEET = "奖牌清单"
COLUMNS = ("序号", "奖项", "专项工作", "单位全称（联盟名录）", "所在城市", "刻字内容", "数量", "备注",
           "奖牌编号")
# Characters of 宋体 11; 0: as wide as the column's longest name or engraved line (never wrapped).
# On paper (A4 landscape, 10 pt) the list runs over two pages side by side: who and where,
# then the engraving, each with its 序号 (the engraving begins with the unit's name).
WIDTHS = (6, 10, 10, 0, 0, 0, 6, 16, 18)
WHOLE = ("单位全称（联盟名录）", "所在城市", "刻字内容")
ENGRAVING_PAGE = "刻字内容"
NUMBER_LABEL = "编号："
HEAD_ROW = 3
NOT_IN_REGISTRY = "联盟名录中没有这个单位，刻字前请核对全称"
PLAQUED = ("collective", "special")


def plaque_rows(ctx: FormContext) -> list[tuple[object, ...]]:
    """(序号, 奖项, 专项工作, 单位全称, 城市, 刻字, 数量, 备注, 编号) for every honored collective, in
    the order of the decision's list (special collectives by project)."""
    config = ctx.campaign.config
    texts = config.decision_document.plaques
    signer = config.certificates.issuer or issuer(config, ctx.registry)
    assert ctx.campaign.decisions is not None
    day = issued_on(config, ctx.campaign.decisions)
    rows: list[tuple[object, ...]] = []
    everyone = honors(ctx.registry, ctx.campaign)
    number = dict(zip(everyone, numbers(config, everyone), strict=True))
    groups = honor_groups(config, everyone)
    chosen: list[Honor] = [h for g in groups if g.kind in PLAQUED for h in g.honors]
    for index, honor in enumerate(chosen, start=1):
        full = registry_unit(ctx.registry, honor.name)
        unit = full or honor.name
        template = texts.special if honor.kind == "special" else texts.collective
        engraving = fill(template, plaque_values(config, ctx.registry, honor, unit, signer, day))
        engraved = [line.strip() for line in engraving.split("\n") if line.strip()]
        rows.append((index, honor.award, honor.project, unit, printed_city(honor.city),
                     "\n".join([*engraved, NUMBER_LABEL + number[honor]]),
                     1, "" if full else NOT_IN_REGISTRY, number[honor]))
    return rows


def _widths(rows: list[tuple[object, ...]]) -> list[float]:
    """WIDTHS, the WHOLE columns as wide as their longest line."""
    widths: list[float] = list(WIDTHS)
    for label in WHOLE:
        col = COLUMNS.index(label)
        lines = [line for r in rows for line in str(r[col]).split("\n")]
        widths[col] = max(display_width(line) + 2 for line in [label, *lines])
    return widths


def build_plaques(ctx: FormContext) -> Workbook:
    """The engraver's list, printable on A4 landscape."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    title = f"{ctx.campaign.year}年度先进集体奖牌制作清单"
    ws.cell(row=1, column=1, value=title).font = Font(name=FONT, size=14, bold=True)
    rows = plaque_rows(ctx)
    note = f"共 {len(rows)} 块。刻字内容每行一行，请按此排版；单位名称以联盟名录为准。"
    ws.cell(row=2, column=1, value=note).font = Font(name=FONT, size=11)
    for col, (label, width) in enumerate(zip(COLUMNS, _widths(rows), strict=True), start=1):
        put(ws, HEAD_ROW, col, label, bold=True)
        ws.column_dimensions[get_column_letter(col)].width = width
    for r, values in enumerate(rows, start=HEAD_ROW + 1):
        for col, value in enumerate(values, start=1):
            put(ws, r, col, value)
        ws.cell(row=r, column=6).alignment = Alignment(vertical="center", horizontal="center",
                                                       wrap_text=True)
    fit_rows(ws, HEAD_ROW + 1, HEAD_ROW + len(rows))
    ws.freeze_panes = ws.cell(row=HEAD_ROW + 1, column=1)
    print_setup(ws, HEAD_ROW, title_cols="A:A")
    ws.col_breaks.append(Break(id=COLUMNS.index(ENGRAVING_PAGE)))
    wb.properties.creator = ctx.author
    wb.properties.created = ctx.stamp  # a date of the configuration, not the clock
    return wb
