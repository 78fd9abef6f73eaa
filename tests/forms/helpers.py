"""Readers for the generated files: what a clerk would see, as plain data to compare."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.shared import Length
from docx.table import Table, _Cell, _Row

from generator.load.records import Campaign, NominationRecord, Repository

FORM_TITLES = {"collective": "联盟工作先进集体推荐表", "individual": "联盟工作先进个人推荐表",
               "special": "联盟专项工作先进集体推荐表"}


@dataclass
class Generated:
    """One run of the generator over a campaign."""

    repo: Repository
    campaign: Campaign
    target: Path
    written: list[Path] = field(default_factory=list)


def mm(length: Length | None) -> int:
    """A page measure in whole millimetres (python-docx gives None for one never set)."""
    assert length is not None
    millimetres: float = length.mm
    return round(millimetres)


def norm(text: str) -> str:
    """Text without whitespace of any width (labels like 「单　　位」 are spaced)."""
    return "".join(text.split())


def words(text: str) -> str:
    """Only letters, digits and CJK characters: markup and punctuation dropped."""
    return re.sub(r"[\W_]", "", text)


def cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def cell_text(cell: _Cell) -> str:
    return "\n".join(p.text for p in cell.paragraphs)


def cells(row: _Row) -> list[_Cell]:
    """The row's distinct cells: a merged cell once, however many grid columns it spans."""
    seen: list[_Cell] = []
    for cell in row.cells:
        if not any(cell._tc is s._tc for s in seen):
            seen.append(cell)
    return seen


def spans(row: _Row) -> list[int]:
    return [c._tc.grid_span for c in cells(row)]


def pairs(table: Table, rows: range) -> dict[str, str]:
    """Label/value rows as a dict keyed by the label without spaces."""
    result = {}
    for r in rows:
        row = cells(table.rows[r])
        for label, value in zip(row[::2], row[1::2], strict=True):
            result[norm(cell_text(label))] = cell_text(value)
    return result


def open_docx(path: Path) -> DocxDocument:
    return Document(str(path))


def title_of(doc: DocxDocument) -> str:
    return next(p.text for p in doc.paragraphs if p.text and not p.text.startswith("附件"))


def field_value(record: NominationRecord, label: str) -> Any:
    """The value of the form field with this Chinese label, read from the model."""
    for name, info in type(record.form).model_fields.items():
        if info.alias == label:
            return getattr(record.form, name)
    raise KeyError(label)


def shown(value: Any) -> str:
    """How the forms print a value (dates and 2016-05 as Chinese dates, None blank)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return cn_date(value)
    text = str(value)
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", text)
    return f"{match[1]}年{int(match[2])}月" if match else text


def records_with_forms(campaign: Campaign) -> list[NominationRecord]:
    return [n for n in campaign.nominations if n.award in FORM_TITLES]


def texts(doc: DocxDocument) -> list[str]:
    """The body's paragraphs outside tables, empty ones dropped."""
    return [p.text for p in doc.paragraphs if p.text.strip()]


def rows_of(table: Table) -> list[list[str]]:
    """Every row of a table as its cells' texts."""
    return [[cell_text(c) for c in cells(row)] for row in table.rows]


def xml_attr(element: Any, tag: str, attr: str) -> str | None:
    """An attribute of the first descendant with this w: tag, or None."""
    from docx.oxml.ns import qn

    found = element.find(f".//{qn(tag)}")
    return None if found is None else found.get(qn(attr))
