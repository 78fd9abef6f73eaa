"""An entry the meeting did not pass is in no office output (models.decisions: 结论, else 审定意见).

The demo's decided year with three refusals written three ways: 「审定意见: 不同意」 (no 结论),
「结论: 不通过」 under a hedged opinion, and a liaison 「审定意见: 不同意」. Every after-decision file is
generated and read back: the CSV, the 公示, the 表彰决定, certificates, plaques, the workbook and
form 1-2's 审定意见 cell must agree.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from generator.check.validate import validate_repository
from generator.forms import Scope, generate

from .helpers import cell_text, cells, norm, open_docx, rows_of, texts

REFUSED_PERSON, REFUSED_LIBRARY, REFUSED_LIAISON = "权海燕", "宝鸡市渭川区图书馆", "孙立军"
KEPT_PERSON, KEPT_LIBRARY, KEPT_LIAISON = "龚小芳", "汉中市天汉区图书馆", "韩雪梅"


def _refuse(root: Path) -> None:
    path = root / "submissions/2023/decisions.yaml"
    text = path.read_text(encoding="utf-8")
    replacements = [
        ("    推荐材料: cities/baoji/individual-quan-haiyan.yaml\n    审定意见: 同意\n",
         "    推荐材料: cities/baoji/individual-quan-haiyan.yaml\n    审定意见: 不同意\n"),
        ("    推荐材料: cities/baoji/collective-weichuan.yaml\n    审定意见: 同意\n",
         "    推荐材料: cities/baoji/collective-weichuan.yaml\n    审定意见: 材料待补充\n    结论: 不通过\n"),
        ("    姓名: 孙立军\n    审定意见: 同意\n", "    姓名: 孙立军\n    审定意见: 不同意\n"),
    ]
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def refused(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> Path:
    import shutil

    root = tmp_path_factory.mktemp("refused")
    shutil.copytree(repo_root / "submissions", root / "submissions")
    (root / "submissions/2023/closed.yaml").unlink()  # the test edits the closed year
    _refuse(root)
    repo, result = validate_repository(root)
    assert not result.has_errors, [f.message for f in result.errors]
    campaign = next(c for c in repo.campaigns if c.year == 2023)
    registry = campaign.registry or repo.registry
    assert registry is not None
    target = root / "out"
    generate(registry, campaign, Scope("campaign"), target, pdf=False)
    return target


def _docx_text(path: Path) -> str:
    doc = open_docx(path)
    return "\n".join(texts(doc) + ["\t".join(row) for t in doc.tables for row in rows_of(t)])


def test_csv_lists_only_what_passed(refused: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((refused / "表彰名单.csv").read_text(encoding="utf-8-sig"))))
    names = [r["名称/姓名"] for r in rows]
    assert KEPT_PERSON in names and KEPT_LIBRARY in names and KEPT_LIAISON in names
    assert REFUSED_PERSON not in names and REFUSED_LIBRARY not in names and REFUSED_LIAISON not in names


@pytest.mark.parametrize("document", ["表彰决定.docx", "拟表彰名单公示.docx"])
def test_documents_name_only_what_passed(refused: Path, document: str) -> None:
    text = _docx_text(refused / document)
    assert KEPT_PERSON in text and KEPT_LIBRARY in text and KEPT_LIAISON in text
    assert REFUSED_PERSON not in text and REFUSED_LIBRARY not in text and REFUSED_LIAISON not in text


def test_decision_counts_only_what_passed(refused: Path) -> None:
    text = _docx_text(refused / "表彰决定.docx")
    assert "授予汉中市天汉区图书馆等3个单位“联盟工作先进集体”称号" in text
    assert "授予龚小芳等5名同志“联盟工作先进个人”称号" in text
    assert "对韩雪梅等3名委员馆联盟工作联络人予以表彰" in text


def test_no_certificate_or_plaque_for_what_did_not_pass(refused: Path) -> None:
    certificates = sorted(p.name for p in (refused / "证书").iterdir())
    assert any(KEPT_PERSON in n for n in certificates) and any(KEPT_LIAISON in n for n in certificates)
    assert not any(REFUSED_PERSON in n or REFUSED_LIAISON in n for n in certificates)
    ws = load_workbook(refused / "奖牌清单.xlsx")["奖牌清单"]
    units = [row[3].value for row in ws.iter_rows(min_row=4)]
    assert KEPT_LIBRARY in units and REFUSED_LIBRARY not in units


def test_workbook_and_form_show_the_refusal(refused: Path) -> None:
    wb = load_workbook(refused / next(p.name for p in refused.glob("*.xlsx") if "推荐" in p.name))
    ws = wb["全部推荐"]
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, (c.value for c in r), strict=True)) for r in ws.iter_rows(min_row=2)]
    by_name = {r["名称/姓名"]: r for r in rows}
    assert (by_name[REFUSED_PERSON]["审定状态"], by_name[REFUSED_PERSON]["审定意见"]) == ("不通过", "不同意")
    assert (by_name[REFUSED_LIBRARY]["审定状态"], by_name[REFUSED_LIBRARY]["审定意见"]) == (
        "不通过", "材料待补充")
    assert (by_name[KEPT_PERSON]["审定状态"], by_name[KEPT_PERSON]["审定意见"]) == ("已表彰", "同意")
    assert "表彰名单" in wb.sheetnames
    listed = {c.value for row in wb["表彰名单"].iter_rows() for c in row}
    assert KEPT_PERSON in listed and REFUSED_PERSON not in listed
    form = next(p for p in refused.rglob("1-2_*.docx") if REFUSED_PERSON in p.name)
    last = open_docx(form).tables[0].rows[-1]
    head_cell, block = cells(last)
    assert norm(cell_text(head_cell)) == "联盟工作委员会审定意见"
    assert norm(cell_text(block)).startswith("不同意")
