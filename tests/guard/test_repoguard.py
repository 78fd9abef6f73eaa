"""`honors privacy repo`: real data in a public repository fails; demo data may be public."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pullrequest.helpers import ROOT

DEMO_LINE = "演示数据: 是"


def repository(tmp_path: Path, demo: bool) -> Path:
    """A repository root holding the shipped registry, as demo or as real data."""
    root = tmp_path / ("demo" if demo else "real")
    target = root / "submissions" / "registry.yaml"
    target.parent.mkdir(parents=True)
    text = (ROOT / "submissions/registry.yaml").read_text(encoding="utf-8")
    assert DEMO_LINE in text
    target.write_text(text if demo else text.replace(DEMO_LINE, "演示数据: 否"), encoding="utf-8")
    return root


def event(tmp_path: Path, repository: dict[str, Any]) -> Path:
    path = tmp_path / "event.json"
    path.write_text(json.dumps({"action": "opened", "pull_request": {"number": 1},
                                "repository": {"full_name": "sxlib/honors", **repository}}),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("private", "demo", "code"), [
    (False, False, 1),  # the one forbidden case: nominees' phones and ages for all to see
    (False, True, 0),
    (True, False, 0),
    (True, True, 0),
], ids=["public-real", "public-demo", "private-real", "private-demo"])
def test_the_guard_reads_the_event_payload(
    tmp_path: Path, honors: Any, monkeypatch: pytest.MonkeyPatch,
    private: bool, demo: bool, code: int,
) -> None:
    root = repository(tmp_path, demo)
    visibility = "private" if private else "public"
    monkeypatch.setenv("GITHUB_EVENT_PATH",
                       str(event(tmp_path, {"private": private, "visibility": visibility})))

    run = honors("privacy", "repo", "--root", str(root))

    assert run.code == code, run.out + run.err
    if code == 1:
        assert "仓库隐私检查未通过" in run.err and "仓库是公开的" in run.err
        assert "性别、年龄、学历、联系电话" in run.err and "改为私有" in run.err
        assert "private/ 中异议人的身份" in run.err  # the office's objections count as real data too
        assert "演示数据: 是" in run.err, "the hint names the way out for demo data"
    else:
        assert "仓库隐私检查通过" in run.out


def test_the_old_payload_without_visibility_uses_private(
    tmp_path: Path, honors: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = repository(tmp_path, demo=False)
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(event(tmp_path, {"private": False})))
    assert honors("privacy", "repo", "--root", str(root)).code == 1
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(event(tmp_path, {"private": True})))
    assert honors("privacy", "repo", "--root", str(root)).code == 0


@pytest.mark.parametrize(("word", "code"), [
    ("public", 1), ("PUBLIC", 1), ("internal", 1), ("limited", 1), ("private", 0), ("私有", 0),
])
def test_other_forges_set_a_plain_variable(
    tmp_path: Path, honors: Any, monkeypatch: pytest.MonkeyPatch, word: str, code: int
) -> None:
    """GitLab: HONORS_REPO_VISIBILITY=$CI_PROJECT_VISIBILITY; Gitea's `limited` is for signed-in users."""
    root = repository(tmp_path, demo=False)
    monkeypatch.setenv("HONORS_REPO_VISIBILITY", word)

    run = honors("privacy", "repo", "--root", str(root))

    assert run.code == code
    if word in ("internal", "limited"):
        assert "内部可见" in run.err and "所有登录用户" in run.err


def test_the_payload_is_the_servers_word_and_beats_the_variable(
    tmp_path: Path, honors: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = repository(tmp_path, demo=False)
    monkeypatch.setenv("HONORS_REPO_VISIBILITY", "private")
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(event(tmp_path, {"private": False, "visibility": "public"})))
    assert honors("privacy", "repo", "--root", str(root)).code == 1


def test_unknown_visibility_with_real_data_cannot_pass(tmp_path: Path, honors: Any) -> None:
    run = honors("privacy", "repo", "--root", str(repository(tmp_path, demo=False)))
    assert run.code == 2
    assert "无法判断仓库是否公开" in run.err and "HONORS_REPO_VISIBILITY" in run.err


def test_unknown_visibility_with_demo_data_passes(tmp_path: Path, honors: Any) -> None:
    assert honors("privacy", "repo", "--root", str(repository(tmp_path, demo=True))).code == 0


def test_a_broken_registry_counts_as_real_data(
    tmp_path: Path, honors: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When in doubt, the data is real; a schema error alone does not hide a 演示数据: 是."""
    root = repository(tmp_path, demo=True)
    registry = root / "submissions/registry.yaml"
    monkeypatch.setenv("HONORS_REPO_VISIBILITY", "public")
    registry.write_text(registry.read_text(encoding="utf-8") + "未知字段: 1\n", encoding="utf-8")
    assert honors("privacy", "repo", "--root", str(root)).code == 0
    registry.write_text("演示数据: 是\n城市: [\n", encoding="utf-8")
    assert honors("privacy", "repo", "--root", str(root)).code == 1


def test_an_unknown_visibility_word_is_explained(
    tmp_path: Path, honors: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HONORS_REPO_VISIBILITY", "secret")
    run = honors("privacy", "repo", "--root", str(repository(tmp_path, demo=False)))
    assert run.code == 2 and "看不懂仓库可见性「secret」" in run.err


def test_the_annotation_shows_on_actions_runners_only(
    tmp_path: Path, honors: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = repository(tmp_path, demo=False)
    monkeypatch.setenv("HONORS_REPO_VISIBILITY", "public")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert "::error" not in honors("privacy", "repo", "--root", str(root)).out
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert honors("privacy", "repo", "--root", str(root)).out.startswith("::error title=个人信息")
