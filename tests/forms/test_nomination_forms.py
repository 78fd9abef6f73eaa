"""附件 1-1, 1-2, 1-4: every demo nomination's form, cell by cell, against its YAML."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.table import Table

from generator.forms.plan import source_folder
from generator.load.records import NominationRecord

from .helpers import (
    FORM_TITLES,
    Generated,
    cell_text,
    cells,
    field_value,
    norm,
    open_docx,
    pairs,
    records_with_forms,
    shown,
    spans,
    title_of,
    words,
)

# The paper forms' header labels, row by row, and the table shape (rows, grid columns).
HEADERS = {
    "collective": [["单位", "单位负责人"], ["加盟时间", "联系电话"]],
    "special": [["单位", "单位负责人"], ["加盟时间", "联系电话"]],
    "individual": [["姓名", "性别", "年龄"], ["单位", "从事本工作时间", "所在部门"],
                   ["学历", "职务", "职称"]],
}
SHAPES = {"collective": (6, 4), "special": (7, 4), "individual": (7, 6)}
OPINIONS = [("单位申报意见", "unit_opinion"), ("委员馆推荐意见", "committee_opinion"),
            ("联盟工作委员会审定意见", None)]
# Every generated form by (folder, title, 单位 or 姓名).
Index = dict[tuple[str, str, str], list[Path]]
BODY_FIELD = {"collective": "achievements", "special": "achievements", "individual": "deeds"}


@pytest.fixture(scope="module")
def index(demo: Generated) -> Index:
    """Every generated form by (folder, title, 单位 or 姓名), each document opened once."""
    found: Index = {}
    for path in sorted(demo.target.rglob("1-[124]_*.docx")):
        doc = open_docx(path)
        first = pairs(doc.tables[0], range(1))
        key = first.get("姓名") or first.get("单位", "")
        folder = path.parent.relative_to(demo.target).as_posix()
        found.setdefault((folder, title_of(doc), key), []).append(path)
    return found


def _find_form(index: Index, record: NominationRecord) -> Path:
    """The one document in the record's folder whose title and first field are this record's."""
    key_label = "姓名" if record.award == "individual" else "单位"
    key = (source_folder(record.source).as_posix(), FORM_TITLES[record.award],
           shown(field_value(record, key_label)))
    found = index.get(key, [])
    assert len(found) == 1, (record.path, found)
    return found[0]


def _approval(demo: Generated, record: NominationRecord) -> str | None:
    decisions = demo.campaign.decisions
    if decisions is None:
        return None
    return next((e.shown_opinion for e in decisions.entries if e.nomination == record.rel), None)


def test_demo_has_every_form_kind(demo: Generated) -> None:
    kinds = {r.award for r in records_with_forms(demo.campaign)}
    assert kinds == set(FORM_TITLES)


def test_one_document_per_nomination(demo: Generated, index: Index) -> None:
    forms = [p for p in demo.written if p.name.startswith(("1-1_", "1-2_", "1-4_"))]
    assert len(forms) == len(records_with_forms(demo.campaign))
    assert len({_find_form(index, r) for r in records_with_forms(demo.campaign)}) == len(forms)


def test_cases_have_no_form(demo: Generated) -> None:
    cases = [r for r in demo.campaign.nominations if r.award == "case"]
    assert cases, "the demo has service cases"
    stems = {p.stem for p in demo.written}
    assert not any(r.form.title in stem for r in cases for stem in stems)  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", sorted(FORM_TITLES))
def test_forms_match_their_yaml(demo: Generated, index: Index, kind: str) -> None:
    records = [r for r in records_with_forms(demo.campaign) if r.award == kind]
    assert records
    for record in records:
        doc = open_docx(_find_form(index, record))
        assert title_of(doc) == FORM_TITLES[kind]
        assert len(doc.tables) == 1
        table = doc.tables[0]
        rows, grid = SHAPES[kind]
        assert len(table.rows) == rows and len(table.columns) == grid
        header = HEADERS[kind]
        for r, labels in enumerate(header):
            assert spans(table.rows[r]) == [1] * grid
            assert [norm(cell_text(c)) for c in cells(table.rows[r])[::2]] == labels
        values = pairs(table, range(len(header)))
        for label in (lab for labels in header for lab in labels):
            value = values[label].replace("\n", "")  # a long 单位 breaks where its words end
            assert value == shown(field_value(record, label)), (record.path, label)
        _check_body(table, record, kind, first=len(header))
        _check_opinions(demo, table, record, grid)


def _check_body(table: Table, record: NominationRecord, kind: str, first: int) -> None:
    body_rows = table.rows[first:len(table.rows) - 3]
    for row in body_rows:
        assert spans(row) == [len(table.columns)]
    body = "\n".join(cell_text(cells(row)[0]) for row in body_rows)
    source = getattr(record.form, BODY_FIELD[kind])
    assert words(source) in words(body), record.path
    heading = "主要事迹" if kind == "individual" else "主要工作成绩"
    assert norm(body).startswith(heading)
    if kind == "special":
        assert record.form.project in body and record.form.basis in body  # type: ignore[attr-defined]
    if kind == "collective":
        claimed = "、".join(str(n) for n in record.form.criteria)  # type: ignore[attr-defined]
        assert f"第{claimed}项" in body


def _check_opinions(demo: Generated, table: Table, record: NominationRecord, grid: int) -> None:
    for row, (label, attr) in zip(table.rows[-3:], OPINIONS, strict=True):
        assert spans(row) == [1, grid - 1]
        head, block = (cell_text(c) for c in cells(row))
        assert norm(head) == label
        expected = getattr(record.form, attr) if attr else _approval(demo, record)
        if expected:
            assert words(expected) in words(block), (record.path, label)
        else:
            assert norm(block) == "（盖章）年月日"
        assert norm(block).endswith("（盖章）年月日")
        tr_pr = row._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is not None  # the seal is never split


def test_decided_nominations_carry_the_approval(demo: Generated, index: Index) -> None:
    decisions = demo.campaign.decisions
    assert decisions is not None and decisions.entries
    checked = 0
    for entry in decisions.entries:
        record = demo.campaign.by_rel(entry.nomination)
        if record is None or record.award not in FORM_TITLES:
            continue
        block = cell_text(cells(open_docx(_find_form(index, record)).tables[0].rows[-1])[1])
        assert entry.opinion is not None
        assert words(entry.opinion) in words(block)
        checked += 1
    assert checked


def test_page_is_a4_with_chinese_fonts(demo: Generated, index: Index) -> None:
    for record in records_with_forms(demo.campaign)[:3]:
        doc = open_docx(_find_form(index, record))
        section = doc.sections[0]
        width, height = section.page_width, section.page_height
        assert width is not None and height is not None
        assert abs(width - Cm(21.0)) < Cm(0.01)
        assert abs(height - Cm(29.7)) < Cm(0.01)
        defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
        fonts = defaults.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "宋体"
        assert fonts.get(qn("w:eastAsiaTheme")) is None  # a theme font would win over 宋体
        for run in (r for p in doc.paragraphs for r in p.runs):
            r_pr = run._element.rPr
            assert r_pr is not None and r_pr.rFonts is not None
            assert r_pr.rFonts.get(qn("w:eastAsia")) in {"宋体", "黑体"}


def test_tables_have_explicit_borders_and_widths(demo: Generated, index: Index) -> None:
    doc = open_docx(_find_form(index, records_with_forms(demo.campaign)[0]))
    tbl_pr = doc.tables[0]._tbl.tblPr
    borders = tbl_pr.find(qn("w:tblBorders"))
    assert {child.tag.split("}")[1] for child in borders} == {
        "top", "left", "bottom", "right", "insideH", "insideV"}
    assert all(b.get(qn("w:val")) == "single" for b in borders)
    text_width = Cm(21.0 - 2 * 2.5)
    for row in doc.tables[0].rows:
        total = sum(c.width for c in cells(row))
        assert abs(total - text_width) < Cm(0.05)


# CT_TblPr's child sequence (ECMA-376 Part 1, 17.4.60): Word refuses other orders.
TBL_PR_SEQUENCE = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                   "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                   "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"]


def test_table_properties_in_schema_order(demo: Generated) -> None:
    docs = sorted(demo.target.rglob("*.docx"))
    assert docs
    for path in docs:
        for table in open_docx(path).tables:
            tags = [child.tag.split("}")[1] for child in table._tbl.tblPr]
            assert tags == sorted(tags, key=TBL_PR_SEQUENCE.index), (path.name, tags)
