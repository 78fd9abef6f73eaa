"""Measure printed pages: a PDF's text sizes, how far down each page the text reaches, and
whether a name in a table cell stays on one line. pdfplumber reads the PDF LibreOffice wrote."""

from __future__ import annotations

import os
import re
import shutil
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from docx import Document
from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from generator.forms.convert import soffice, to_pdfs

# A footer's page number: GB/T 9704's 「— 1 —」, or a sheet's 「审议评分 第 1 页，共 3 页」 (the
# sheet's name, then the number).
PAGE_NUMBER = re.compile(r"^[—\-－]*\d+[—\-－]*$")
SHEET_FOOTER = re.compile(r"^(?P<sheet>.*?)第\d+页，共\d+页$")


@dataclass(frozen=True)
class Line:
    text: str  # without whitespace: a name is found whatever spacing the layout adds
    top: float
    bottom: float


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    smallest: float  # points: the smallest character on the page (0 for a page without text)
    lines: tuple[Line, ...]  # the page's text lines, page numbers left out
    sheet: str  # a spreadsheet's page: the sheet's name from its footer ("" for a document)

    @property
    def landscape(self) -> bool:
        return self.width > self.height


def _squeezed(text: str) -> str:
    return "".join(text.split())


def measure(pdf: Path) -> list[Page]:
    """Every page of the PDF: its size, its smallest text and its lines."""
    pages = []
    with pdfplumber.open(pdf) as doc:
        for number, page in enumerate(doc.pages, start=1):
            sizes = [c["size"] for c in page.chars if c["text"].strip()]
            lines, sheet = [], ""
            for found in page.extract_text_lines(strip=True):
                text = _squeezed(found["text"])
                footer = SHEET_FOOTER.match(text)
                if footer:
                    sheet = footer["sheet"]
                elif text and not PAGE_NUMBER.match(text):
                    lines.append(Line(text, found["top"], found["bottom"]))
            pages.append(Page(number, float(page.width), float(page.height),
                              min(sizes, default=0.0), tuple(lines), sheet))
    return pages


def filled(pages: list[Page]) -> list[float]:
    """How far down its text block each page's text reaches, 0 to 1. The block is the document's
    own: from its highest to its lowest line on any page (a full page reaches 1)."""
    written = [p for p in pages if p.lines]
    if not written:
        return [0.0 for _ in pages]
    top = min(line.top for p in written for line in p.lines)
    bottom = max(line.bottom for p in written for line in p.lines)
    block = max(bottom - top, 1.0)
    return [(max((line.bottom for line in p.lines), default=top) - top) / block for p in pages]


def sections(pages: list[Page]) -> list[list[Page]]:
    """A document's pages, a workbook's pages sheet by sheet (each sheet a table of its own)."""
    runs: list[list[Page]] = []
    for page in pages:
        if runs and runs[-1][-1].sheet == page.sheet:
            runs[-1].append(page)
        else:
            runs.append([page])
    return runs


def convert_all(files: list[Path], outdir: Path) -> dict[Path, Path]:
    """Each file's PDF, converted in one LibreOffice run (copies with unique names first)."""
    flat = outdir / "sources"
    flat.mkdir(parents=True, exist_ok=True)
    copies = []
    for index, source in enumerate(files):
        copy = flat / f"{index:03d}_{source.name}"
        shutil.copyfile(source, copy)
        copies.append(copy)
    return dict(zip(files, to_pdfs(copies, outdir), strict=True))


def docx_cells(path: Path) -> list[str]:
    """The text of every table cell of a .docx, each merged cell once."""
    doc = Document(str(path))
    texts: list[str] = []
    for table in doc.tables:
        seen: set[int] = set()
        for row in table.rows:
            for cell in row.cells:
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    texts.append(cell.text)
    return texts


def xlsx_cells(path: Path) -> list[str]:
    """The text of every printed entry of a .xlsx: the cells within each sheet's print area (if
    it has one) below its heading rows (the print titles: labels, which may wrap)."""
    texts = []
    for ws in load_workbook(path).worksheets:
        titles = str(ws.print_title_rows or "").replace("$", "")
        heading = int(titles.split(":")[-1]) if titles else 0
        area = ws.print_area
        bounds = range_boundaries(str(area).split("!")[-1].replace("$", "")) if area else (
            1, 1, ws.max_column, ws.max_row)
        min_col, min_row, max_col, max_row = (int(b or 0) for b in bounds)
        for row in ws.iter_rows(min_row=max(min_row, heading + 1), max_row=max_row, min_col=min_col,
                                max_col=max_col, values_only=True):
            texts += [str(v) for v in row if isinstance(v, str)]
    return texts


def name_cells(source: Path, names: Iterable[str]) -> Counter[str]:
    """What the file's table cells that hold exactly one of the names must print on one line:
    the name, or each part of it where the cell breaks it on purpose (a line break in the cell,
    e.g. after a long title's colon)."""
    wanted = {_squeezed(n) for n in names if n}
    cells = docx_cells(source) if source.suffix == ".docx" else xlsx_cells(source)
    return Counter(_squeezed(part) for cell in cells if _squeezed(cell) in wanted
                   for part in cell.split("\n") if part.strip())


def broken_names(source: Path, pages: list[Page], names: Iterable[str]) -> list[str]:
    """Names that fill a cell of the file but are printed whole on fewer lines than there are
    such cells: the column was too narrow and the name wrapped mid-way."""
    lines = [line.text for page in pages for line in page.lines]
    return sorted(name for name, count in name_cells(source, names).items()
                  if sum(line.count(name) for line in lines) < count)


def calc_installed() -> bool:
    """LibreOffice's spreadsheet part (Debian: libreoffice-calc-nogui) beside its program."""
    program = soffice()
    if program is None:
        return False
    folder = Path(os.path.realpath(shutil.which(program) or program)).parent
    return any(folder.glob("libsclo.*")) or any(folder.glob("*calc*"))
