"""The benchmark runs end to end on a small size and prints its table and ratios.

The figures themselves are not judged here (they depend on the machine); what is checked
is that every measurement ran, the bare MkDocs build had the same page count as ours,
and the report and results file carry the numbers.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.pr_feedback import report

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def test_benchmark_measures_both_builds_at_a_small_size(tmp_path: Path) -> None:
    work = tmp_path / "work"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--sizes", "200", "--site-sizes", "200",
         "--repeat", "1", "--site-repeat", "1", "--years", "2", "--work", str(work)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "| 文件数 | 城市数 | 校验 validate |" in proc.stdout
    assert "演示数据校验（含解释器启动）" in proc.stdout
    results = json.loads((work / "results.json").read_text(encoding="utf-8"))
    (row,) = results["rows"]
    assert row["files"] == 200 and not row["site_estimated"]
    for sample in ("validate", "floor", "site", "bare"):
        assert row[sample]["seconds"] > 0 and row[sample]["peak_mib"] > 0, sample
    assert row["pages"] > 200  # every nomination and case page, plus the hand-written ones
    line = next(s for s in proc.stdout.splitlines() if s.startswith("| 200 |"))
    assert line.count("×") == 2  # validate and site ratios were both computed
    assert not (work / "site-200").exists(), "built sites are removed after measuring"


def test_compare_judges_after_against_bare_mkdocs() -> None:
    from benchmarks.compare import Figures, report

    bare = Figures(40.0, 20.0, 400.0)  # wall time doubled by a busy machine: CPU time counts
    lines, ok = report({"bare MkDocs": bare, "before": Figures(30.0, 30.0, 500.0),
                        "after": Figures(60.0, 25.0, 400.0)}, 5000, 5300)
    assert ok
    assert "| before | 30.0 s | 30.0 s | 500 MiB | 1.50× | 1.25× |" in lines
    assert "- 用时（CPU 时间）：1.25×（目标 ≤ 1.25×）达标" in lines
    _, slow = report({"bare MkDocs": bare, "after": Figures(20.0, 25.1, 400.0)}, 5000, 5300)
    _, large = report({"bare MkDocs": bare, "after": Figures(20.0, 20.0, 401.0)}, 5000, 5300)
    assert not slow and not large


def test_compare_counts_the_cpu_time_of_each_build(tmp_path: Path) -> None:
    from benchmarks.compare import Build, run_timed

    spin = Build("spin", [sys.executable, "-m", "timeit", "-n", "1", "-r", "1",
                          "sum(range(3_000_000))"], ROOT)
    sample, cpu = run_timed(spin)
    assert sample.returncode == 0 and 0 < cpu <= sample.seconds * 1.5 + 0.05
    idle = Build("idle", [sys.executable, "-m", "timeit", "-n", "1", "-r", "1",
                          "__import__('time').sleep(1)"], ROOT)
    sample, cpu = run_timed(idle)
    assert sample.seconds >= 1 and cpu < 0.8 * sample.seconds, "sleeping is no CPU time"


def test_compare_exports_the_earlier_package(tmp_path: Path) -> None:
    from benchmarks.compare import builds, export

    before = export("HEAD", tmp_path)
    assert (before / "generator" / "site" / "plugin.py").is_file()
    assert not (before / "benchmarks").exists()
    runs = builds(tmp_path / "root", tmp_path / "bare", before, tmp_path)
    assert [b.name for b in runs] == ["bare MkDocs", "before", "after"]
    old = runs[1]
    assert old.cwd == before and old.env is not None and old.env["PYTHONPATH"] == str(ROOT)
    assert runs[2].cwd == ROOT and "--site-dir" in runs[2].argv


def _runs(install: float) -> list[dict[str, tuple[float, float]]]:
    return [{"install": (install, 1.0), "guard": (1.0, 0.5), "validate": (2.0, 1.0),
             "owners": (1.0, 0.5), "summary": (1.0, 0.5)}]


def test_pull_request_feedback_is_judged_against_its_own_target() -> None:
    """Warm: every check within 20 s. Cold (caches empty): the first annotation within 90 s."""
    load = ("0.5", "0.5")
    assert "全部检查 19.0 s（目标 ≤ 20 s）达标" in report(_runs(14.0), warm=True, load=load)
    assert "全部检查 21.0 s（目标 ≤ 20 s）未达标" in report(_runs(16.0), warm=True, load=load)
    cold = report(_runs(86.0), warm=False, load=load, cold=True)
    assert "安装包缓存为空（每次都从 PyPI 下载）" in cold
    assert "推送到第一条标注 89.0 s（缓存为空，目标 ≤ 90 s）达标" in cold
    assert "未达标" in report(_runs(88.0), warm=False, load=load, cold=True)
