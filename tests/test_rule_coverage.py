"""Every branch of every rule is exercised by the example cases alone: a rule branch that loses
its case (tests/cases/) fails the build, with the lines that lost it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The rules, and the checks the loaders make of values as people type them.
GATED = [
    "generator/rules/*",
    "generator/load/comments.py",
    "generator/models/phone.py",
    "generator/models/monthdate.py",
]


def test_example_cases_cover_every_rule_branch(tmp_path: Path) -> None:
    env = {**os.environ, "COVERAGE_FILE": str(tmp_path / ".coverage")}
    include = "--include=" + ",".join(GATED)
    run = subprocess.run(
        [sys.executable, "-m", "coverage", "run", "--branch", include, "-m", "pytest", "-q", "-x",
         "-p", "no:xdist", "-p", "no:cacheprovider", "-o", "addopts=", "tests/test_cases.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    report = subprocess.run(
        [sys.executable, "-m", "coverage", "report", "--show-missing", "--skip-covered",
         "--fail-under=100", include],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert report.returncode == 0, "branches no example case reaches:\n" + report.stdout
