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


# The cases run in this many processes at once, each measured on its own and the data combined:
# the serial run was the longest single test of `make test`.
SHARDS = max(2, min(4, os.cpu_count() or 2))


def _case_ids(env: dict[str, str]) -> list[str]:
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:xdist", "-p", "no:cacheprovider",
         "-o", "addopts=", "tests/test_cases.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return [line for line in run.stdout.splitlines() if line.startswith("tests/test_cases.py::")]


def test_example_cases_cover_every_rule_branch(tmp_path: Path) -> None:
    env = {**os.environ, "COVERAGE_FILE": str(tmp_path / ".coverage")}
    include = "--include=" + ",".join(GATED)
    ids = _case_ids(env)
    assert len(ids) > 100, ids[:5]
    shards = [ids[i::SHARDS] for i in range(SHARDS)]
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "coverage", "run", "--branch", "--parallel-mode", include, "-m", "pytest",
             "-q", "-x", "-p", "no:xdist", "-p", "no:cacheprovider", "-o", "addopts=", *shard],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        for shard in shards
    ]
    outputs = [run.communicate(timeout=900)[0] for run in runs]
    for run, output in zip(runs, outputs, strict=True):
        assert run.returncode == 0, output[-3000:]
    combine = subprocess.run([sys.executable, "-m", "coverage", "combine"], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
    assert combine.returncode == 0, combine.stdout + combine.stderr
    report = subprocess.run(
        [sys.executable, "-m", "coverage", "report", "--show-missing", "--skip-covered",
         "--fail-under=100", include],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert report.returncode == 0, "branches no example case reaches:\n" + report.stdout
