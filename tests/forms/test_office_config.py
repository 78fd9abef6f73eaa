"""The 表彰决定 and 证书 keys of campaign.yaml: checked when the config loads, on their line."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.validate import validate_repository
from generator.models.office_documents import Certificates, DecisionDocument

CONFIG = "submissions/2023/campaign.yaml"


def _findings(root: Path, old: str, new: str) -> list[tuple[str, int | None, str]]:
    path = root / CONFIG
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    _, result = validate_repository(root)
    return [(f.file, f.line, f.message) for f in result.errors]


def _line(root: Path, needle: str) -> int:
    lines = (root / CONFIG).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


@pytest.mark.parametrize(("old", "new", "words"), [
    ("审议，并经公示", "审议{审议日期}，并经公示", ["「{审议日期}」不是可用的占位符", "{审定日期}"]),
    ("成绩显著，被评为“{称号}”", "成绩显著，被评为“{称号”", ["花括号不成对"]),
    ("{落款}\n      {中文日期}", "{落款}\n      {中文日期:>10}", ["「{中文日期:>10}」不是可用的占位符"]),
])
def test_a_template_mistake_is_reported_on_its_line(demo_copy: Path, old: str, new: str,
                                                   words: list[str]) -> None:
    found = _findings(demo_copy, old, new)
    [(file, line, message)] = found
    assert file == CONFIG and all(w in message for w in words), message
    assert line is not None
    needle = new.split("\n")[0].strip()
    assert abs(line - _line(demo_copy, needle)) <= 3  # the template's key or its first line


def test_a_position_off_the_paper(demo_copy: Path) -> None:
    found = _findings(demo_copy, "正文: {左: 45, 上: 90, 宽: 207, 字号: 22}",
                      "正文: {左: 45, 上: 90, 宽: 260, 字号: 22}")
    [(file, line, message)] = found
    assert file == CONFIG and line is not None
    assert "「正文」超出纸张：左 45 + 宽 260 毫米" in message and "297×210 毫米" in message


def test_custom_paper_needs_its_size(demo_copy: Path) -> None:
    [(_, _, message)] = _findings(demo_copy, "  纸张: A4横向\n", "  纸张: 自定义\n")
    assert "须填写「尺寸」" in message


def test_configs_without_the_keys_stay_valid_and_the_defaults_pass_their_checks() -> None:
    decision, certificates = DecisionDocument(), Certificates()
    assert DecisionDocument.model_validate(decision.model_dump(by_alias=True)) == decision
    assert Certificates.model_validate(certificates.model_dump(by_alias=True)) == certificates
    assert certificates.paper_mm() == (297.0, 210.0)
