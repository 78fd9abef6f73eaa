"""E016: numbers in public text, as people write them (spaces, dashes, full-width digits, block
scalars, Windows line ends), found on their own line and never shown whole."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.check.validate import validate_repository
from generator.cli import main
from generator.rules import publictext
from generator.rules.publictext import OWN, numbers_in

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("text", "kind", "masked"), [
    ("请拨打13912345678预约", "手机号", "139******78"),
    ("请拨打 139 1234 5678 预约", "手机号", "139******78"),
    ("请拨打139-1234-5678预约", "手机号", "139******78"),
    ("请拨打１３９１２３４５６７８预约", "手机号", "139******78"),
    ("请拨打１３９－１２３４－５６７８预约", "手机号", "139******78"),
    ("电话 029-85421979", "座机号", "029******79"),
    ("电话（029）8542 1979", "座机号", "029******79"),
    ("电话0917-3216549", "座机号", "091******49"),
    ("身份证61010219900101123X", "身份证号", "610*************3X"),
    ("身份证 610102 19900101 1234", "身份证号", "610*************34"),
])
def test_each_shape_is_found_and_masked(text: str, kind: str, masked: str) -> None:
    hits = numbers_in(text)
    assert [(h.kind, h.masked) for h in hits] == [(kind, masked)]
    assert text[hits[0].offset:hits[0].offset + len(hits[0].written)] == hits[0].written


@pytest.mark.parametrize("text", [
    "服务读者 12345678 人次", "借阅 1,380,000 册", "2024年3月1日至2024-12-31", "增长 13.5%",
    "ISBN 978-7-5013-1234-5", "编号 2024031500012", "第 12 期，共 1391234567 字",
])
def test_numbers_that_are_not_phones_or_ids_are_left_alone(text: str) -> None:
    assert numbers_in(text) == []


def test_the_files_own_phone_is_named_as_such_in_any_spelling() -> None:
    hits = numbers_in("联系 029 8542-0000 转 8001；另 029-85420001", ["029-85420000转8001"])
    assert [(h.kind, h.masked) for h in hits] == [(OWN, "029******00"), ("座机号", "029******01")]


def _repo_with(tmp_path: Path, rel: str, text: str, newline: str = "\n") -> Path:
    shutil.copytree(ROOT / "submissions", tmp_path / "submissions")
    (tmp_path / rel).write_bytes(text.replace("\n", newline).encode("utf-8"))
    return tmp_path


CASE = """推荐奖项: 联盟优秀服务案例
案例名称: 社区夜读
案例主题: 基层服务模式创新
单位: 西安市浐河区图书馆
开始日期: 2024-03-01
结束日期: 2024-11-30
案例简介: >-
  每周五晚开放，
  预约 13912345678。
案例正文: |
  ## 背景

  　　咨询电话：０２９－８８８８６６６６。
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_the_validator_warns_on_the_line_of_the_number(tmp_path: Path, newline: str) -> None:
    rel = "submissions/2024/cities/xian/case-night.yaml"
    root = _repo_with(tmp_path, rel, CASE, newline)
    _, result = validate_repository(root)
    found = [(f.line, f.severity, f.message) for f in result.findings if f.file == rel]
    assert found == [
        (9, "warning", "「案例简介」里有像手机号的数字「139******78」：网站会公开这段文字。"),
        (13, "warning", "「案例正文」里有像座机号的数字「029******66」：网站会公开这段文字。"),
    ]
    assert not result.has_errors


def test_privacy_site_lists_them_as_warnings_and_still_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rel = "submissions/2024/cities/xian/case-night.yaml"
    root = _repo_with(tmp_path / "repo", rel, CASE)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>首页</p>", encoding="utf-8")
    assert main(["privacy", "site", str(site), "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert f"警告：{rel}:9 「案例简介」里有像手机号的数字「139******78」" in out
    assert f"警告：{rel}:13 「案例正文」里有像座机号的数字" in out
    assert "以上 2 处" in out and "隐私检查通过" in out
    assert "13912345678" not in out and "88886666" not in out


SHARED = json.loads((ROOT / "tests/publictext_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", SHARED, ids=[c["说明"] for c in SHARED])
def test_shared_example(case: dict[str, Any]) -> None:
    """The online form (webform/src/publictext.js) reads the same examples alike."""
    hits = numbers_in(case["文字"], case["联系电话"])
    assert [[h.kind, h.masked, h.offset] for h in hits] == case["结果"]


def test_the_shared_examples_cover_each_kind_and_none() -> None:
    kinds = {hit[0] for c in SHARED for hit in c["结果"]}
    assert kinds == {"手机号", "座机号", "身份证号", OWN}
    assert any(not c["结果"] for c in SHARED)


_DIGITS = st.text(alphabet="0123456789０１３８", min_size=1, max_size=8)
_SEPARATORS = st.text(alphabet=" -－—–()（）\u3000\u00a0\t", min_size=1, max_size=3)
_WORDS = st.sampled_from(["+86", "x", "X", "年", "月", "电话", "转", "，", "册"])
_TEXTS = st.lists(st.one_of(_DIGITS, _SEPARATORS, _WORDS), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.sampled_from(["", "13912345678", "029-8542 1979", "8542197"]))
@example("电话854 （2197", "8542197")  # an own number with two separators between its digits
@example("（029） 8542 1979", "")
def test_the_quick_look_never_drops_a_number(text: str, own: str) -> None:
    """The look that lets most texts stop at once (seven digits close together) finds every text
    the full search would find a number in: with it and without it the hits are the same."""
    found = numbers_in(text, [own] if own else [])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(publictext, "_CANDIDATE", re.compile(""))  # every text searched in full
        assert found == numbers_in(text, [own] if own else [])


@pytest.mark.parametrize("between", [" ", "-", "－", "—", "–", "(", ")", "（", "）", "\u3000", "\u00a0",
                                     " （", "）-"])
def test_an_own_number_is_found_with_any_separator_between_its_digits(between: str) -> None:
    """Each character the form's 联系电话 may be split by, once or twice, between two digits."""
    hits = numbers_in(f"电话854{between}2197", ["8542197"])
    assert [(h.kind, h.masked) for h in hits] == [(OWN, "854**97")]
