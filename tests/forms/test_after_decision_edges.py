"""Hostile text in a decided nomination: the after-decision files still write, and stay text."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from generator.check.validate import validate_repository
from generator.forms import Scope, generate

from .helpers import open_docx, texts

TITLE = '"=HYPERLINK(\\"http://example.com\\")\\a智慧书架"'  # YAML: a formula, a bell character


def test_formula_and_control_characters_in_a_case_title(demo_copy: Path, tmp_path: Path) -> None:
    case = demo_copy / "submissions/2023/office/case-smart-shelves.yaml"
    text = case.read_text(encoding="utf-8").replace("案例名称: 智慧书架：RFID定位找书",
                                                    f"案例名称: {TITLE}")
    case.write_text(text, encoding="utf-8")
    repo, result = validate_repository(demo_copy)
    assert not result.has_errors, [f.message for f in result.errors]
    campaign = next(c for c in repo.campaigns if c.year == 2023)
    assert campaign.registry is not None
    target = tmp_path / "out"
    generate(campaign.registry, campaign, Scope("campaign"), target, pdf=False)
    expected = '=HYPERLINK("http://example.com")智慧书架'
    [certificate] = (target / "证书").glob("08_*.docx")
    assert f"你单位报送的“{expected}”被评为2023年度“联盟优秀服务案例”。" in texts(open_docx(certificate))
    review = load_workbook(target / "审议评分表.xlsx")["审议评分"]
    [cell] = [c for row in review.iter_rows(min_row=4) for c in row
              if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert cell.data_type == "s" and cell.value == expected
    decision = texts(open_docx(target / "表彰决定.docx"))
    assert any("“汉水书院周末读书会”等2个案例" in line for line in decision)
