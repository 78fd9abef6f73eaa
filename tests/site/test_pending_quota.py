"""「各专项奖的设立及名额，根据当年工作开展情况确定」: a quota left 待定 reads the same wherever a
quota is shown (the special page, the rules page), never 「None 个」."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
PENDING = "待定（根据当年工作开展情况确定）"


def _text(page: Path) -> str:
    return re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8"))


def test_a_pending_quota_reads_pending_on_every_page(tmp_path: Path) -> None:
    for rel in ("submissions", "docs"):
        shutil.copytree(ROOT / rel, tmp_path / rel)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    config = tmp_path / "submissions/2024/campaign.yaml"
    text = config.read_text(encoding="utf-8")
    assert "    工作组: reference\n    名额: 2\n" in text
    config.write_text(text.replace("    工作组: reference\n    名额: 2\n", "    工作组: reference\n    名额: 待定\n"),
                      encoding="utf-8")
    assert main(["build", "--root", str(tmp_path)]) == 0
    special, rules = _text(tmp_path / "site/2024/special/index.html"), _text(tmp_path / "site/2024/rules/index.html")
    assert f"表彰名额：{PENDING}" in special and "表彰名额：3 个" in special
    assert f"联合参考咨询联合参考咨询工作组{PENDING}" in re.sub(r"\s+", "", rules)
    for page in (special, rules):
        assert "None" not in page
