"""One word for GitHub's pull request across everything a GitHub user reads: 拉取请求 (GitHub's
own Chinese interface). 合并请求 is GitLab's word and stays in the GitLab guide only. And one route:
what the contributing guide tells a librarian to click is what the setup guide's settings allow."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GITLAB_ONLY = {"docs/office/forges.md"}
READ_BY_USERS = ["README.md", "docs/guide/*.md", "docs/office/*.md", "generator/**/*.py", "generator/site/templates/*",
                 "webform/src/*.js", ".github/**/*.yml", "generator/site/theme/**/*.html"]


def test_pull_requests_are_called_one_thing() -> None:
    files = {p for pattern in READ_BY_USERS for p in ROOT.glob(pattern) if p.is_file()}
    assert len(files) > 50
    found = [f"{p.relative_to(ROOT).as_posix()}:{n}" for p in sorted(files)
             if p.relative_to(ROOT).as_posix() not in GITLAB_ONLY
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if "合并请求" in line]
    assert found == [], found


def test_the_contributing_route_agrees_with_the_setup_guide() -> None:
    """docs/office/setup.md turns forking off, gives every committee library and working group
    Write access and requires a pull request; the contributing guide (and the site's 填报指南)
    then route a librarian through a branch and a pull request of the repository itself,
    never through a fork, and never straight onto main."""
    setup = (ROOT / "docs/office/setup.md").read_text(encoding="utf-8")
    assert "关闭 **Allow forking**" in setup
    assert "委员馆和工作组给 **Write** 权限" in setup
    assert "**Require a pull request before merging**" in setup
    guides = {p: p.read_text(encoding="utf-8") for p in [ROOT / "docs/guide/contributing.md",
                                                         ROOT / "generator/site/templates/guide.md.j2"]}
    for path, text in guides.items():
        name = path.relative_to(ROOT).as_posix()
        assert "Create a new branch for this commit and start a pull request" in text, name
        for line in text.splitlines():
            if "fork" in line.lower():
                assert "不允许" in line, f"{name}: a fork is not the route: {line}"
            assert "Commit directly to the main" not in line and "直接提交到 main" not in line, name
    contributing = guides[ROOT / "docs/guide/contributing.md"]
    assert "**Write** 权限" in contributing, "the guide says which access a librarian's account has"
