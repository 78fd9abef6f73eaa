"""Mutation testing of the rules (`make mutants`): run mutmut over generator/rules/ against the
example cases (tests/cases/) and the rules' unit tests (tests/rules/), then print the score and
every surviving mutant with its diff.

Too slow for every CI run (about two hours on two cores); run it before a release. A survivor is
either killed by a new case, or its line carries `# pragma: no mutate` with the reason it is
equivalent. mutmut keeps its results in mutants/ and resumes where it stopped; `--fresh` starts over.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 95.0  # per cent of mutants killed
STATUS = re.compile(r"^\s*(\S+): (.+)$")


def _mutmut(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mutmut", *args], cwd=ROOT, text=True,
                          capture_output=True, check=check)


def results() -> dict[str, str]:
    """mutant name -> status (killed, survived, timeout, …)."""
    out = _mutmut("results", "--all", "true").stdout
    return {m[1]: m[2].strip() for line in out.splitlines() if (m := STATUS.match(line))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="规则的变异测试：打印杀死率和存活的变异体。")
    parser.add_argument("--fresh", action="store_true", help="删除上次的结果，从头开始")
    parser.add_argument("--report-only", action="store_true", help="不运行，只打印上次的结果")
    args = parser.parse_args(argv)
    if args.fresh:
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    if not args.report_only:
        subprocess.run([sys.executable, "-m", "mutmut", "run"], cwd=ROOT, check=False)
    status = results()
    checked = {k: v for k, v in status.items() if v not in ("not checked", "skipped")}
    killed = sum(v == "killed" for v in checked.values())
    survived = sorted(k for k, v in checked.items() if v != "killed")
    score = 100.0 * killed / len(checked) if checked else 0.0
    for name in survived:
        print(f"\n== {name}: {checked[name]}")
        diff = _mutmut("show", name, check=False).stdout
        print("\n".join(line for line in diff.splitlines() if line[:1] in "+-@"))
    print(f"\n变异体 {len(checked)} 个：杀死 {killed} 个，存活或超时 {len(survived)} 个；杀死率 {score:.1f}%"
          f"（目标 ≥ {TARGET:.0f}%）。")
    return 0 if score >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
