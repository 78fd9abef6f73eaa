"""One word for GitHub's pull request across everything a GitHub user reads: 拉取请求 (GitHub's
own Chinese interface). 合并请求 is GitLab's word and stays in the GitLab guide only."""

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
