"""The push-to-first-annotation benchmark runs the workflow's own steps and prints its figures.

The figures are not judged here (they depend on the machine and its load); what is checked is
that every step of the check job ran from a fresh environment and the table carries them.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import ROOT

pytestmark = pytest.mark.slow


def test_the_benchmark_times_every_step_of_the_check_job(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.pr_feedback", "--repeat", "1", "--no-warmup",
         "--work", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=900,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    for label in ("安装 honors（uv pip install .）", "仓库隐私检查", "校验推荐材料（第一条标注）",
                  "修改权限与截止日期", "运行摘要"):
        row = next(line for line in proc.stdout.splitlines() if line.startswith(f"| {label}"))
        wall, cpu = (float(x) for x in re.findall(r"([\d.]+) s", row))
        assert wall > 0 and cpu > 0, row
    assert re.search(r"全部检查 [\d.]+ s（目标 ≤ 20 s）(达标|未达标)", proc.stdout)
    assert not (tmp_path / "work" / "venv").exists(), "the environment is removed after measuring"
