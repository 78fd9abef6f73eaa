"""Fixtures of the pull-request tests: an alliance repository, a job-summary file; and those of
fixtures.py (no CI variables, a private git identity, `honors`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.core.findings import Result
from generator.load.campaign import load_registry

from . import fixtures
from .helpers import CAMPAIGN, OPENED, ROOT, Alliance, GitRepo

# Shared with tests/guard/: a fixture applies to a folder by being a name in its conftest.
no_ci_variables = fixtures.no_ci_variables
git_identity = fixtures.git_identity
honors = fixtures.honors


@pytest.fixture
def alliance(tmp_path: Path, git_identity: None) -> Alliance:
    """main holds the shipped registry and the 2024 campaign config, committed on OPENED."""
    repo = GitRepo(tmp_path / "repo")
    for rel in ("submissions/registry.yaml", f"{CAMPAIGN}/campaign.yaml"):
        repo.write(rel, (ROOT / rel).read_text(encoding="utf-8"))
    repo.commit("Open the 2024 campaign", OPENED)
    registry = load_registry(repo.path, Result())
    assert registry is not None
    return Alliance(repo, registry)


@pytest.fixture
def summary_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "step-summary.md"
    path.write_text("", encoding="utf-8")
    yield path
