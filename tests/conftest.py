"""Shared fixtures: the repository root, a writable copy of the demo data, tool markers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOLS = {"browser": "/usr/bin/chromium", "libreoffice": "soffice"}


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip tests whose tool is missing, except in CI where .ci/run installed it."""
    for marker, tool in TOOLS.items():
        if item.get_closest_marker(marker) and not shutil.which(tool):
            if os.environ.get("HONORS_REQUIRE_TOOLS"):
                pytest.fail(f"{tool} is required in CI but is not installed")
            pytest.skip(f"{tool} is not installed")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """A fresh copy of the shipped submissions/ in tmp_path (the repository root of the copy)."""
    shutil.copytree(ROOT / "submissions", tmp_path / "submissions")
    return tmp_path
