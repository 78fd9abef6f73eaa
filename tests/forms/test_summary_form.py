"""附件 1-3: each city's summary, derived from its files (never typed twice)."""

from __future__ import annotations

from docx.table import Table

from generator.load.records import NominationRecord

from .helpers import Generated, cell_text, cells, cn_date, norm, open_docx, spans, title_of


def _city_records(demo: Generated, code: str, award: str) -> list[NominationRecord]:
    return [n for n in demo.campaign.nominations
            if n.source.kind == "city" and n.source.code == code and n.award == award]


def _rows(table: Table) -> list[list[str]]:
    """The data rows under the caption and column heads."""
    return [[cell_text(c) for c in cells(row)] for row in table.rows[2:]]


def test_every_city_with_files_has_a_summary(demo: Generated) -> None:
    assert demo.repo.registry is not None
    active = {n.source.code for n in demo.campaign.nominations if n.source.kind == "city"}
    active |= set(demo.campaign.summaries)
    forms = sorted(p for p in demo.written if p.name.startswith("1-3_"))
    assert sorted(p.parent.name for p in forms) == sorted(active)
    for path in forms:
        city = demo.repo.registry.city(path.parent.name)
        assert city is not None and city.name in path.name


def test_summary_tables_match_the_files(demo: Generated) -> None:
    assert demo.campaign.summaries
    for code, summary in demo.campaign.summaries.items():
        [path] = (demo.target / code).glob("1-3_*.docx")
        doc = open_docx(path)
        assert title_of(doc) == "各市推荐对象汇总表"
        header = next(p.text for p in doc.paragraphs if p.text.startswith("推荐单位"))
        assert summary.committee_library in header and cn_date(summary.filled_on) in header
        assert any(norm(p.text) == f"经办人：{summary.clerk}" for p in doc.paragraphs)
        assert any(norm(p.text) == f"电话：{summary.phone}" for p in doc.paragraphs)

        units, people = doc.tables
        assert spans(units.rows[0]) == [2] and cell_text(units.rows[0].cells[0]) == "先进集体"
        assert [cell_text(c) for c in cells(units.rows[1])] == ["序号", "单位名称"]
        collectives = _city_records(demo, code, "collective")
        expected = [[str(i), r.form.unit]  # type: ignore[attr-defined]
                    for i, r in enumerate(collectives, 1)] or [["", "无"]]
        assert _rows(units) == expected

        assert spans(people.rows[0]) == [4] and cell_text(people.rows[0].cells[0]) == "先进个人"
        assert [cell_text(c) for c in cells(people.rows[1])] == [
            "序号", "姓名", "工作单位", "职务（职称）"]
        _check_people(_rows(people), _city_records(demo, code, "individual"))


def _check_people(rows: list[list[str]], records: list[NominationRecord]) -> None:
    if not records:
        assert rows == [["", "无", "", ""]]
        return
    assert [r[0] for r in rows] == [str(i) for i in range(1, len(records) + 1)]
    printed = {(r[1], r[2], r[3]) for r in rows}
    expected = set()
    for record in records:
        f = record.form
        name = f.name + ("（联络人）" if f.is_liaison else "")  # type: ignore[attr-defined]
        position = f.position or ""  # type: ignore[attr-defined]
        if f.title:  # type: ignore[attr-defined]
            position = f"{position}（{f.title}）" if position else f.title  # type: ignore[attr-defined]
        expected.add((name, f.unit, position))  # type: ignore[attr-defined]
    assert printed == expected
    liaisons = [r for r in rows if r[1].endswith("（联络人）")]
    assert rows[len(rows) - len(liaisons):] == liaisons  # liaisons, outside the quota, last


def test_demo_marks_a_liaison(demo: Generated) -> None:
    liaisons = [n for n in demo.campaign.nominations
                if n.award == "individual" and n.source.kind == "city"
                and n.form.is_liaison]  # type: ignore[attr-defined]
    assert liaisons
    for record in liaisons:
        [path] = (demo.target / record.source.code).glob("1-3_*.docx")
        names = [cell_text(cells(row)[1]) for row in open_docx(path).tables[1].rows[2:]]
        assert f"{record.form.name}（联络人）" in names  # type: ignore[attr-defined]
