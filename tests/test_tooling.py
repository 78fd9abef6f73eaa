"""Strict tooling is part of the suite: type checks pass on the whole package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_mypy_passes_on_the_package(repo_root: Path, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "generator"],
        cwd=repo_root, capture_output=True, text=True, timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Success" in out.stdout
