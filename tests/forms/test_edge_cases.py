"""A 480-字 主要事迹 and a nomination with every optional field empty both give valid forms."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx.document import Document
from openpyxl import load_workbook
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from generator.check.validate import validate_repository
from generator.cli import main
from generator.load.records import NominationRecord

from .helpers import cell_text, cells, norm, open_docx, pairs, title_of, words

SENTENCE = "她带领团队深入乡镇分馆开展阅读推广和业务辅导，"  # 23 characters


def _edit(root: Path, record: NominationRecord, change: Callable[[CommentedMap], None]) -> None:
    """Round-trip edit of one nomination file (comments and order kept)."""
    yaml = YAML()
    path = root / record.path
    data = yaml.load(path.read_text(encoding="utf-8"))
    change(data)
    with path.open("w", encoding="utf-8") as stream:
        yaml.dump(data, stream)


def _plain(record: NominationRecord) -> bool:
    form = record.form
    return not getattr(form, "is_liaison", False) and not getattr(form, "is_director", False)


def _generate_city(root: Path, out: Path, code: str) -> Path:
    assert main(["forms", "--root", str(root), "--out", str(out), "--city", code]) == 0
    [folder] = list(out.glob(f"*/{code}"))
    return folder


def _form_of(folder: Path, title: str, key: str, value: str) -> Document:
    for path in folder.glob("1-*.docx"):
        doc = open_docx(path)
        if title_of(doc) == title and pairs(doc.tables[0], range(1)).get(key) == value:
            return doc
    raise AssertionError(f"no form for {value} in {folder}")


def test_long_deeds_fit_the_form(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo, _ = validate_repository(demo_copy)
    record = next(n for n in repo.campaigns[0].nominations
                  if n.award == "individual" and n.source.kind == "city" and _plain(n))
    deeds = (SENTENCE * 21)[:479] + "。"
    assert len(deeds) == 480
    _edit(demo_copy, record, lambda d: d.__setitem__("主要事迹", deeds))
    folder = _generate_city(demo_copy, tmp_path / "out", record.source.code)
    capsys.readouterr()
    doc = _form_of(folder, "联盟工作先进个人推荐表", "姓名", record.form.name)  # type: ignore[attr-defined]
    body = cell_text(cells(doc.tables[0].rows[3])[0])
    assert words(deeds) in words(body)
    assert len(doc.tables[0].rows) == 7  # the opinion blocks are still there


def _drop_optional(record: NominationRecord) -> Callable[[CommentedMap], None]:
    optional = [info.alias for info in type(record.form).model_fields.values()
                if not info.is_required()]

    def change(data: CommentedMap) -> None:
        for label in optional:
            data.pop(label, None)

    return change


def test_empty_optional_fields_give_blank_cells(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo, _ = validate_repository(demo_copy)
    campaign = repo.campaigns[0]
    person = next(n for n in campaign.nominations
                  if n.award == "individual" and n.source.kind == "city" and _plain(n))
    unit = next(n for n in campaign.nominations
                if n.award == "collective" and n.source == person.source)
    for record in (person, unit):
        _edit(demo_copy, record, _drop_optional(record))
    decisions = demo_copy / campaign.folder / "decisions.yaml"
    if decisions.exists():  # no 审定意见 either
        decisions.unlink()
    folder = _generate_city(demo_copy, tmp_path / "out", person.source.code)
    capsys.readouterr()

    doc = _form_of(folder, "联盟工作先进个人推荐表", "姓名", person.form.name)  # type: ignore[attr-defined]
    values = pairs(doc.tables[0], range(3))
    assert values["职务"] == "" and values["职称"] == ""
    for row in doc.tables[0].rows[-3:]:
        assert norm(cell_text(cells(row)[1])) == "（盖章）年月日"

    doc = _form_of(folder, "联盟工作先进集体推荐表", "单位", unit.form.unit)  # type: ignore[attr-defined]
    for row in doc.tables[0].rows[-3:]:
        assert norm(cell_text(cells(row)[1])) == "（盖章）年月日"
    [summary] = folder.glob("1-3_*.docx")
    names = [cell_text(cells(r)[1]) for r in open_docx(summary).tables[1].rows[2:]]
    assert person.form.name in names  # type: ignore[attr-defined]


def test_markdown_and_formula_text_stay_plain(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo, _ = validate_repository(demo_copy)
    record = next(n for n in repo.campaigns[0].nominations if n.award == "collective"
                  and n.source.kind == "city")
    text = "=1+2 开头的文字\n\n## 小标题\n\n- **加粗**条目，[链接](https://example.com)"
    _edit(demo_copy, record, lambda d: d.__setitem__("主要工作成绩", text))
    out = tmp_path / "out"
    assert main(["forms", "--root", str(demo_copy), "--out", str(out)]) == 0
    capsys.readouterr()
    [folder] = list(out.glob(f"*/{record.source.code}"))
    doc = _form_of(folder, "联盟工作先进集体推荐表", "单位", record.form.unit)  # type: ignore[attr-defined]
    body = cell_text(cells(doc.tables[0].rows[2])[0])
    assert "=1+2 开头的文字" in body and "• 加粗条目，链接" in body
    assert "**" not in body and "##" not in body and "https" not in body
    ws = load_workbook(next(out.glob("*/推荐汇总.xlsx")))["全部推荐"]
    cells_ = [c for row in ws.iter_rows() for c in row if c.value == text]
    assert cells_ and all(c.data_type == "s" for c in cells_)  # text, not a formula
