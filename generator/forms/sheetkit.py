"""openpyxl helpers for the office's spreadsheets: legal sheet names, bordered tables, A4 printing."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from generator.forms.text import clean

FONT = "宋体"
CELL_PT = 11  # the cells' 宋体
PRINT_MIN_PT = 10.0  # the smallest text the office prints (the print check measures it)
PRINT_SCALE = math.ceil(100 * PRINT_MIN_PT / CELL_PT) + 1  # percent: 11 pt cells print at 10.1 pt
WIDE_COLUMN = 60  # characters; longer text wraps
LONG_TEXT_ROW = 64.0  # points: four lines of a long text, the rest on click
_THIN = Side(style="thin", color="999999")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDE5F0")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def cell_value(value: object) -> object:
    """A form value as a spreadsheet cell: dates stay dates, lists and yes/no become text."""
    if value is None or (isinstance(value, (int, float, date)) and not isinstance(value, bool)):
        return value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return clean(str(value))


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


def put(ws: Worksheet, row: int, col: int, value: object, *, bold: bool = False) -> None:
    """A bordered cell whose text stays text (a value beginning with "=" is never a formula)."""
    cell = ws.cell(row=row, column=col, value=cell_value(value))
    if isinstance(cell.value, str):
        cell.data_type = "s"
    if isinstance(cell.value, date):
        cell.number_format = "yyyy-mm-dd"
    cell.font = Font(name=FONT, size=CELL_PT, bold=bold)
    cell.border = BORDER
    cell.alignment = Alignment(vertical="top", wrap_text=True)


def fit_columns(ws: Worksheet, head_row: int, head: Sequence[str],
                rows: Sequence[Sequence[object]]) -> None:
    """Each column as wide as its widest line, up to WIDE_COLUMN."""
    for col, label in enumerate(head, start=1):
        texts = [label] + [str(cell_value(v[col - 1]) or "") for v in rows]
        widest = max(display_width(line) for t in texts for line in t.split("\n"))
        ws.column_dimensions[get_column_letter(col)].width = min(widest + 2, WIDE_COLUMN)


MARGIN = 0.3  # inches, left and right: A4 landscape keeps about 282 mm of the row


def print_setup(ws: Worksheet, head_row: int, *, paper: int | None = None,
                title_cols: str | None = None, area: str | None = None) -> None:
    """A4 landscape at a fixed PRINT_SCALE, the header row on every page, page numbers in the
    footer. Never shrunk to fit: a sheet wider than the page goes on over further pages with the
    title columns (e.g. "A:D", the row's name) repeated; area prints only part of the sheet."""
    ws.print_title_rows = f"{head_row}:{head_row}"
    if title_cols:
        ws.print_title_cols = title_cols
    if area:
        ws.print_area = area
    ws.page_setup.paperSize = paper or ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.scale = PRINT_SCALE
    ws.page_setup.pageOrder = "overThenDown"  # a row's pages side by side, then the next rows
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_margins.left = ws.page_margins.right = MARGIN
    ws.print_options.horizontalCentered = True
    ws.oddFooter.left.text = "&A"  # the sheet's name: a workbook's pages say which table they are
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def table(ws: Worksheet, head_row: int, head: Sequence[str],
          rows: Sequence[Sequence[object]], long_rows: bool = False,
          printed: int | None = None, title_cols: str | None = None) -> None:
    """A header row and data rows, with frozen header, filter, widths and A4 printing;
    printed: only the first so many columns go on paper (a sheet of every field is for the screen);
    title_cols: the columns repeated on each page of a table wider than the paper."""
    for col, label in enumerate(head, start=1):
        put(ws, head_row, col, label, bold=True)
        ws.cell(row=head_row, column=col).fill = HEAD_FILL
    for r, values in enumerate(rows, start=head_row + 1):
        for col, value in enumerate(values, start=1):
            put(ws, r, col, value)
        if long_rows:
            ws.row_dimensions[r].height = LONG_TEXT_ROW
    fit_columns(ws, head_row, head, rows)
    last = get_column_letter(len(head))
    ws.freeze_panes = ws.cell(row=head_row + 1, column=1)
    ws.auto_filter.ref = f"A{head_row}:{last}{head_row + max(len(rows), 1)}"
    area = f"A1:{get_column_letter(printed)}{head_row + max(len(rows), 1)}" if printed else None
    print_setup(ws, head_row, area=area, title_cols=title_cols)


LINE_HEIGHT = 15.0  # points: one line of 宋体 11


def fit_rows(ws: Worksheet, first: int, last: int) -> None:
    """Row heights for the wrapped text in them: spreadsheet programs do not always grow a row
    for text that wraps, and a cut-off name on paper is no use."""
    widths = {col: ws.column_dimensions[get_column_letter(col)].width or 8.43
              for col in range(1, ws.max_column + 1)}
    for row in range(first, last + 1):
        lines = 1
        for col, width in widths.items():
            value = ws.cell(row=row, column=col).value
            if isinstance(value, str) and not value.startswith("="):
                per_line = max(int(width) - 1, 1)
                lines = max(lines, sum(-(-display_width(part) // per_line) or 1
                                       for part in value.split("\n")))
        ws.row_dimensions[row].height = LINE_HEIGHT * lines + 3
