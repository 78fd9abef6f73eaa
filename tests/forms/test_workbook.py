"""推荐汇总.xlsx: all nominations with all fields, each city's 1-3, the roll; usable sheets."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, TypeVar

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from generator.forms.sheetkit import sheet_title
from generator.load.records import NominationRecord
from generator.models.nominations import Collective, Individual, Nomination

from .helpers import Generated

FORBIDDEN = set("[]:*?/\\")
F = TypeVar("F", bound=Nomination)


@pytest.fixture(scope="module")
def workbook(demo: Generated) -> Workbook:
    return load_workbook(demo.target / "推荐汇总.xlsx")


def _records(ws: Worksheet) -> list[dict[str, Any]]:
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _as_cell(value: Any) -> Any:
    """A YAML value as the workbook should hold it."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        value = "、".join(str(v) for v in value)
    if value == "":
        return None
    return value


def test_sheets_are_named_legally(demo: Generated, workbook: Workbook) -> None:
    assert demo.repo.registry is not None
    cities = {n.source.code for n in demo.campaign.nominations if n.source.kind == "city"}
    cities |= set(demo.campaign.summaries)
    names = [c.name for c in demo.repo.registry.cities if c.code in cities]
    assert workbook.sheetnames == ["全部推荐", *names, "表彰名单"]
    for name in workbook.sheetnames:
        assert len(name) <= 31 and not FORBIDDEN & set(name)


def test_every_nomination_with_every_field(demo: Generated, workbook: Workbook) -> None:
    rows = _records(workbook["全部推荐"])
    assert len(rows) == len(demo.campaign.nominations)
    by_file = {row["文件"]: row for row in rows}
    for record in demo.campaign.nominations:
        row = by_file[record.path]
        assert row["奖项"] == record.form.award
        for name, info in type(record.form).model_fields.items():
            if info.alias == "推荐奖项":
                continue
            assert info.alias is not None
            value = row[info.alias]
            if isinstance(value, datetime):
                value = value.date()
            expected = _as_cell(getattr(record.form, name))
            if info.alias == "专项工作":  # shown by its canonical name, also when the file used an alias
                project = demo.campaign.config.project(expected)
                assert project is not None
                expected = project.name
            if isinstance(expected, str):
                assert value == expected.replace("\r\n", "\n"), (record.path, info.alias)
            else:
                assert value == expected, (record.path, info.alias)


def test_decisions_are_shown(demo: Generated, workbook: Workbook) -> None:
    decisions = demo.campaign.decisions
    assert decisions is not None
    by_file = {row["文件"]: row for row in _records(workbook["全部推荐"])}
    decided = {f"{demo.campaign.folder}/{e.nomination}": e for e in decisions.entries}
    for path, row in by_file.items():
        if path in decided:
            assert row["审定状态"] == decisions.status
            assert row["审定意见"] == decided[path].shown_opinion
        else:
            assert row["审定状态"] is None


def test_sheets_are_ready_for_review(workbook: Workbook) -> None:
    for ws in workbook.worksheets:
        head = 1 if ws.title in ("全部推荐", "表彰名单") else 4
        assert ws.freeze_panes == f"A{head + 1}"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith(f"A{head}:")
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[head]]
        assert all(4 <= w <= 60 for w in widths), ws.title
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)


def test_city_sheets_list_the_files(demo: Generated, workbook: Workbook) -> None:
    assert demo.repo.registry is not None
    for code, summary in demo.campaign.summaries.items():
        city = demo.repo.registry.city(code)
        assert city is not None
        ws = workbook[sheet_title(city.name, [])]
        assert summary.clerk in ws["A2"].value and summary.phone in ws["A2"].value
        rows = _records_from(ws, 4)
        mine = [n for n in demo.campaign.nominations
                if (n.source.kind, n.source.code) == ("city", code)]
        units = [_form(n, Collective).unit for n in mine if n.award == "collective"]
        people = {_form(n, Individual).name for n in mine if n.award == "individual"}
        assert [r["名称/姓名"] for r in rows if r["类别"] == "先进集体"] == units
        assert {r["名称/姓名"] for r in rows if r["类别"] == "先进个人"} == people
        for r in rows:
            liaison = next((_form(n, Individual).is_liaison for n in mine
                            if n.award == "individual" and _form(n, Individual).name == r["名称/姓名"]),
                           False)
            assert (r["备注"] is not None) == liaison


def _form(record: NominationRecord, kind: type[F]) -> F:
    """The record's form, as the model its award says it is."""
    assert isinstance(record.form, kind), record.path
    return record.form


def _records_from(ws: Worksheet, head: int) -> list[dict[str, Any]]:
    rows = list(ws.iter_rows(min_row=head, values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_sheet_title_is_legal_and_unique() -> None:
    long = "很长的城市名称" * 6 + "[a]:*?/\\"
    first = sheet_title(long, [])
    second = sheet_title(long, [first])
    assert len(first) <= 31 and len(second) <= 31
    assert first != second and not FORBIDDEN & set(first + second)


def test_dates_are_real_dates(demo: Generated, workbook: Workbook) -> None:
    cases = [r for r in demo.campaign.nominations if r.award == "case"]
    assert cases
    by_file = {row["文件"]: row for row in _records(workbook["全部推荐"])}
    for record in cases:
        value = by_file[record.path]["开始日期"]
        assert isinstance(value, (date, datetime))
