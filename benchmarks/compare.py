"""The site build before and after a change, each against bare MkDocs, on the same synthetic data.

    .venv/bin/python -m benchmarks.compare [--files 5000] [--before main] [--repeat 2]

`--before` names a git revision: its `generator/` package is exported to the work folder and
built with the same interpreter, mkdocs.yml and docs/ as the working tree ("after"). The three
builds (bare MkDocs, before, after) run in turn, `--repeat` times; each figure is the fastest
run and the highest peak memory (benchmarks/measure.py), and the least CPU time (user + system)
the build's process used. Targets (issue 28): after ≤ 1.25× bare MkDocs in time, and no more
memory than bare MkDocs. Time is judged by CPU time: a build uses one core, so on an idle
machine its wall time is its CPU time, while on a shared one the wall time also counts the
neighbours' work and two runs of the same build can differ by half.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks import site, synth
from benchmarks.measure import Sample, run_once

REPO = Path(__file__).resolve().parents[1]
WORK = REPO / "benchmarks" / ".work"
PY = sys.executable
TIME_RATIO = 1.25  # after / bare MkDocs, at most
MEMORY_RATIO = 1.0  # after's peak / bare MkDocs' peak, at most


@dataclass(frozen=True)
class Figures:
    """A build's best wall time, CPU time and highest peak memory over its runs."""

    seconds: float
    cpu_seconds: float
    peak_mib: float


@dataclass(frozen=True)
class Build:
    """One of the compared builds: its name, command, folder it runs in and environment."""

    name: str
    argv: list[str]
    cwd: Path
    env: dict[str, str] | None = None


def export(revision: str, work: Path) -> Path:
    """The revision's generator/ package, unpacked under work/ (replaced if there)."""
    commit = subprocess.run(["git", "rev-parse", "--verify", f"{revision}^{{commit}}"], cwd=REPO,
                            capture_output=True, text=True, check=True, timeout=60).stdout.strip()
    target = work / f"before-{commit[:12]}"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", commit, "generator"], cwd=REPO,
                             capture_output=True, check=True, timeout=120).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True, timeout=120)
    return target


def builds(root: Path, bare_root: Path, before: Path | None, work: Path) -> list[Build]:
    """Bare MkDocs, then before (if any), then after; each writes its own site folder."""
    def honors(out: str) -> list[str]:
        return [PY, "-m", "generator", "build", "--root", str(root), "--site-dir", str(work / out)]

    found = [Build("bare MkDocs", [PY, "-m", "mkdocs", "build", "-q", "-f",
                                   str(bare_root / "mkdocs.yml"), "-d", str(work / "bare-site")],
                   REPO)]
    if before is not None:
        # `python -m` puts its folder first on sys.path: the old package wins over the tree's;
        # the benchmark's own modules (benchmarks.peak) still come from the working tree.
        env = dict(os.environ, PYTHONPATH=str(REPO))
        found.append(Build("before", honors("before-site"), before, env))
    found.append(Build("after", honors("after-site"), REPO))
    return found


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_timed(build: Build) -> tuple[Sample, float]:
    """One run: its Sample and the CPU seconds of its process (waited for by run_once)."""
    before = _children_cpu()
    sample = run_once(build.argv, build.cwd, build.env)
    return sample, _children_cpu() - before


def measure(runs: list[Build], repeat: int) -> dict[str, Figures]:
    """Each build `repeat` times, in turn; the fastest times and the highest peak of each."""
    samples: dict[str, list[tuple[Sample, float]]] = {b.name: [] for b in runs}
    for _ in range(repeat):
        for b in runs:
            sample, cpu = run_timed(b)
            samples[b.name].append((sample, cpu))
            print(f"  {b.name}: {sample.seconds:.1f} s, CPU {cpu:.1f} s, {sample.peak_mib:.0f} MiB",
                  flush=True)
    return {name: Figures(min(s.seconds for s, _ in got), min(c for _, c in got),
                          max(s.peak_mib for s, _ in got))
            for name, got in samples.items()}


def report(found: dict[str, Figures], files: int, pages: int) -> tuple[list[str], bool]:
    """The Markdown table and verdicts; whether "after" meets both targets."""
    bare = found["bare MkDocs"]
    lines = [f"{files:,} 个文件，{pages:,} 页：", "",
             "| 生成 | 用时 | CPU 时间 | 峰值内存 | CPU 时间 ÷ 纯 MkDocs | 内存 ÷ 纯 MkDocs |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, f in found.items():
        lines.append(f"| {name} | {f.seconds:.1f} s | {f.cpu_seconds:.1f} s | {f.peak_mib:.0f} MiB | "
                     f"{f.cpu_seconds / bare.cpu_seconds:.2f}× | {f.peak_mib / bare.peak_mib:.2f}× |")
    after = found["after"]
    time_ok = after.cpu_seconds <= TIME_RATIO * bare.cpu_seconds
    memory_ok = after.peak_mib <= MEMORY_RATIO * bare.peak_mib
    lines += ["",
              f"- 用时（CPU 时间）：{after.cpu_seconds / bare.cpu_seconds:.2f}×（目标 ≤ {TIME_RATIO}×）"
              f"{'达标' if time_ok else '**未达标**'}",
              f"- 峰值内存：{after.peak_mib:.0f} MiB，纯 MkDocs {bare.peak_mib:.0f} MiB"
              f"（目标不超过纯 MkDocs）{'达标' if memory_ok else '**未达标**'}"]
    return lines, time_ok and memory_ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="网站生成：改动前后各与纯 MkDocs 比较（用时与峰值内存）。")
    parser.add_argument("--files", type=int, default=5000, help="合成数据的文件数")
    parser.add_argument("--before", help="改动前的 git 版本（如 main）；不给则只比较当前代码")
    parser.add_argument("--repeat", type=int, default=2, help="每项测几次取最快")
    parser.add_argument("--years", type=int, default=10, help="合成数据的年度数")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--work", type=Path, default=WORK, help="工作文件夹（默认 benchmarks/.work）")
    args = parser.parse_args(argv)
    work: Path = args.work / f"compare-{args.files}"
    work.mkdir(parents=True, exist_ok=True)
    root = args.work / f"synth-{args.files}"
    synth.ensure(root, args.files, args.years, args.seed)
    site.add_site_files(root)
    before = export(args.before, work) if args.before else None
    # One build of ours first: its page count sizes the bare site.
    run_once([PY, "-m", "generator", "build", "--root", str(root), "--site-dir",
              str(work / "after-site")], REPO)
    pages = site.count_pages(work / "after-site")
    years = sorted(int(p.name) for p in (root / "submissions").iterdir() if p.name.isdigit())
    site.make_bare(root, work / "bare", pages, years)
    found = measure(builds(root, work / "bare", before, work), args.repeat)
    for name in ("bare-site", "before-site"):  # the same pages, or the figures compare nothing
        built = work / name
        if built.exists() and site.count_pages(built) != pages:
            raise SystemExit(f"{name} has {site.count_pages(built)} pages, after-site {pages}")
    for name in ("bare-site", "before-site", "after-site"):
        shutil.rmtree(work / name, ignore_errors=True)
    lines, ok = report(found, args.files, pages)
    print("\n" + "\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
