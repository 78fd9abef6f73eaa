"""Fixtures for tests that run `honors` as CI would: no CI variables from the machine running
the tests, a private git identity, and the command run in-process.

Used by the pull-request tests and by the guard tests (tests/guard/), the stage above them.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.cli import main

from .helpers import Run

CI_VARIABLES = ("GITHUB_EVENT_PATH", "GITHUB_STEP_SUMMARY", "HONORS_ARRIVED", "HONORS_AUTHOR",
                "HONORS_BASE", "HONORS_HEAD", "HONORS_REPO_VISIBILITY", "GITHUB_ACTIONS",
                "HONORS_DEPLOY_PAGES", "HONORS_DEPLOY_REPO", "HONORS_DEPLOY_REPO_BRANCH",
                "HONORS_DEPLOY_RSYNC", "HONORS_DEPLOY_SSH_KNOWN_HOSTS", "HONORS_DEPLOY_SSH_PORT")


@pytest.fixture(autouse=True)
def no_ci_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests set what a CI run would; nothing leaks in from the machine running them."""
    for var in CI_VARIABLES:
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def git_identity(tmp_path_factory: pytest.TempPathFactory,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A private git config: a fixed identity, nothing from the machine's own settings."""
    cfg = tmp_path_factory.mktemp("gitconfig") / "config"
    cfg.write_text("[user]\n\tname = Test\n\temail = test@example.org\n"
                   "[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(cfg))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for var in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def honors(capsys: pytest.CaptureFixture[str]) -> Any:
    """Run the `honors` command in-process; returns a Run."""

    def run(*args: str) -> Run:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
