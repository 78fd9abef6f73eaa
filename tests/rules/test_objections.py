"""Objections move an entry's state: an open one keeps the list from becoming final (A013), a
revocation takes the entry off the roll (A014) and into the public changelog (A018)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.check.validate import validate_repository
from generator.forms.publicity import roll_changes
from generator.forms.roll import public_rows

ROOT = Path(__file__).resolve().parents[2]
SHAYUAN = "cities/weinan/collective-shayuan.yaml"


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """The demo with the office's private objections, 2024 made final and its registry frozen."""
    shutil.copytree(ROOT / "submissions", tmp_path / "submissions")
    shutil.copytree(ROOT / "private", tmp_path / "private")
    shutil.copy(tmp_path / "submissions/registry.yaml", tmp_path / "submissions/2024/registry.yaml")
    _edit(tmp_path / "submissions/2024/decisions.yaml", "状态: 拟表彰", "状态: 已表彰")
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _codes(root: Path) -> list[tuple[str, str, str]]:
    _, result = validate_repository(root)
    return sorted((f.code, f.severity, f.file) for f in result.findings if f.code[0] == "A")


def _resolve(root: Path, resolution: str) -> None:
    _edit(root / "private/2024/objections.yaml", "    处理结果: 待定\n",
          f"    核实情况: 已核实。\n    处理结果: {resolution}\n    处理日期: 2025-05-27\n")


def test_the_demo_while_proposed_has_an_open_objection_and_no_finding(repo_root: Path) -> None:
    repo, result = validate_repository(repo_root)
    campaign = repo.campaigns[0]
    assert campaign.objections is not None and campaign.objections_path == "private/2024/objections.yaml"
    assert [o.resolution for o in campaign.objections.objections] == ["待定"]
    assert not [f for f in result.findings if f.code[0] == "A"]


def test_an_open_objection_keeps_the_list_from_becoming_final(office: Path) -> None:
    assert _codes(office) == [("A013", "error", "private/2024/objections.yaml"),
                              ("A013", "error", "submissions/2024/decisions.yaml")]
    _, result = validate_repository(office)
    assert result.exit_code() == 1
    message = next(f.message for f in result.findings if f.code == "A013")
    assert SHAYUAN in message and "钱某某" not in message  # the objector is never named


def test_an_objection_upheld_lets_the_entry_through(office: Path) -> None:
    _resolve(office, "维持")
    assert _codes(office) == []


def test_a_revocation_is_reflected_on_the_roll_and_in_the_changelog(office: Path) -> None:
    _resolve(office, "撤销")
    assert _codes(office) == [("A014", "error", "private/2024/objections.yaml"),
                              ("A014", "error", "submissions/2024/decisions.yaml")]
    decisions = office / "submissions/2024/decisions.yaml"
    _edit(decisions, f"  - 奖项: 联盟工作先进集体\n    推荐材料: {SHAYUAN}\n    审定意见: 同意\n", "")
    assert _codes(office) == [("A018", "warning", "private/2024/objections.yaml")]
    _edit(decisions, "会议:\n", f"名单变更:\n  - 日期: 2025-05-28\n    变更: 撤销\n    推荐材料: {SHAYUAN}\n"
                              "    说明: 经核实，活动场次统计有误，撤销拟表彰。\n会议:\n")
    assert _codes(office) == []
    repo, _ = validate_repository(office)
    campaign = repo.campaigns[0]
    assert campaign.registry is not None
    names = [row["名称/姓名"] for row in public_rows(campaign.registry, campaign)]
    assert "渭南市沙苑区图书馆" not in names and len(names) == 57 - 1 + 12
    changes = roll_changes(campaign.config, campaign.decisions, lambda rel: rel, None)
    assert [(c.on.isoformat(), c.event) for c in changes] == [
        ("2025-05-20", "拟表彰名单审定"), ("2025-05-21", "公示"), ("2025-05-28", "撤销")]
    assert changes[-1].detail == f"{SHAYUAN}：经核实，活动场次统计有误，撤销拟表彰。"
