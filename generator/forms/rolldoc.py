"""The honor lists as printed in the 公示 notice and the decision's attachment: one table per award."""

from __future__ import annotations

from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.table import _Cell

from generator.forms import docxkit as k
from generator.forms import govdoc as g
from generator.forms.honorlist import HonorGroup, ordinal
from generator.forms.labels import printed_city
from generator.forms.roll import Honor
from generator.forms.text import break_title, clean

# Columns (heading, width in cm) per list; the widths fill the 15.6 cm text block.
COLUMNS: dict[str, tuple[tuple[str, float], ...]] = {
    "collective": (("序号", 1.6), ("单位", 9.6), ("所在城市", 4.4)),
    "special": (("序号", 1.6), ("专项工作", 4.4), ("单位", 6.6), ("所在城市", 3.0)),
    "individual": (("序号", 1.6), ("姓名", 3.0), ("工作单位", 7.6), ("所在城市", 3.4)),
    "case": (("序号", 1.6), ("案例名称", 8.6), ("实施单位", 5.4)),
    "liaison": (("序号", 1.6), ("姓名", 3.0), ("工作单位", 7.6), ("所在城市", 3.4)),
}


def row_values(kind: str, index: int, honor: Honor) -> list[str]:
    """The cells of one honor in its list's columns."""
    city = printed_city(honor.city)
    values = {
        "collective": [honor.name, city],
        "special": [honor.project, honor.name, city],
        "individual": [honor.name, honor.unit, city],
        "case": [break_title(honor.name, k.chars_per_line(COLUMNS["case"][1][1], g.TABLE_PT)), honor.unit],
        "liaison": [honor.name, honor.unit, city],
    }[kind]
    return [str(index), *(clean(v) for v in values)]


def _cell(cell: _Cell, text: str, *, bold: bool = False, center: bool = True) -> None:
    k.add_par(cell, text, align=k.CENTER if center else k.LEFT, size=g.TABLE_PT, bold=bold,
              font=g.HEITI if bold else g.FANGSONG)
    k.remove_first_paragraph(cell)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def group_table(doc: Document, group: HonorGroup) -> None:
    """One award's list: a header row repeated on every page, then a row per honor."""
    columns = COLUMNS[group.kind]
    widths = [w for _, w in columns]
    table = k.new_table(doc, 1 + len(group.honors), widths)
    for col, (label, _) in enumerate(columns):
        _cell(table.cell(0, col), label, bold=True)
    k.repeat_header(table, 0)
    for r, honor in enumerate(group.honors, start=1):
        for col, value in enumerate(row_values(group.kind, r, honor)):
            _cell(table.cell(r, col), value, center=col == 0 or columns[col][0] == "所在城市")
        k.row_height(table, r, 0.9, keep=True)
    # Neither end of a list alone on a page: the header keeps the first two rows, the last row
    # keeps the one before it (a row alone under a repeated header reads as a new list).
    rows = len(group.honors)
    for r in {r for r in (0, 1, rows - 1) if 0 <= r < rows}:  # each kept row has a next row
        k.keep_row_with_next(table, r)
    k.fix_widths(table, widths)


def honor_lists(doc: Document, groups: list[HonorGroup], *, before: int = 0) -> None:
    """「一、联盟工作先进集体（13个）」 and its table, for every award with honors."""
    for number, group in enumerate(groups, start=1):
        g.heading(doc, f"{ordinal(number)}、{group.heading}", before=1 if number > 1 else before)
        group_table(doc, group)
