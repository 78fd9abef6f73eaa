"""The benchmark: validation and site build at 1k / 10k / 50k files, with ratios to bare floors.

    .venv/bin/python -m benchmarks.run [--sizes 1000,5000,10000,50000] [--site-sizes 1000,10000,50000]
                                       [--repeat 3] [--skip-site] [--record]

Every figure is a child process (interpreter start included): wall time, best of the runs,
and peak resident memory (wait4's ru_maxrss). Floors and ours are run alternately so a busy
machine slows both alike. Work files live in benchmarks/.work/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks import site, synth
from benchmarks.measure import Sample, best_of, run_once
from benchmarks.page import record

REPO = Path(__file__).resolve().parents[1]
WORK = REPO / "benchmarks" / ".work"
PY = sys.executable

# Issue 28 §6: validate at 5,000 files within 1.5x the floor; the demo's validate within 0.7 s.
VALIDATE_RATIO, SITE_RATIO, SCALING, MEMORY_MIB, DEMO_SECONDS = 1.5, 1.25, 5.5, 1024, 0.7
VALIDATE_AT, SITE_AT = 5000, 10000  # the sizes the two ratios are judged at


@dataclass
class Row:
    files: int
    cities: int
    validate: Sample
    floor: Sample
    site: Sample | None = None
    bare: Sample | None = None
    pages: int = 0
    site_estimated: bool = False  # extrapolated, not measured


def machine() -> dict[str, str]:
    model = "unknown CPU"
    memory = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
                break
    except OSError:
        pass
    try:
        import _ruamel_yaml  # noqa: F401
        cparser = "是"
    except ImportError:
        cparser = "否（未安装 ruamel.yaml.clib：校验与基线都退回纯 Python 解析）"
    from importlib.metadata import version

    return {
        "CPU": model, "核数": str(os.cpu_count()), "内存": memory,
        "Python": platform.python_version(), "系统": f"{platform.system()} {platform.machine()}",
        "MkDocs": version("mkdocs"), "Material": version("mkdocs-material"),
        "ruamel.yaml": version("ruamel.yaml"), "C 解析器": cparser,
        "负载": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
    }


def measure_validate(root: Path, repeat: int) -> tuple[Sample, Sample]:
    ours = [PY, "-m", "generator", "validate", "--root", str(root)]
    floor = [PY, "-m", "benchmarks.floor", str(root)]
    try:
        first = run_once(ours, REPO)
    except RuntimeError:
        raise SystemExit(f"synthetic data at {root} does not validate: run `honors validate --root {root}`") from None
    ours_runs, floor_runs = [first], []
    for _ in range(repeat):
        floor_runs.append(run_once(floor, REPO))
        ours_runs.append(run_once(ours, REPO))
    return _best(ours_runs[1:] or ours_runs), _best(floor_runs)


def _best(samples: list[Sample]) -> Sample:
    fastest = min(samples, key=lambda s: s.seconds)
    return Sample(fastest.seconds, max(s.peak_mib for s in samples), fastest.returncode)


def measure_site(root: Path, files: int, repeat: int, years: list[int],
                 work: Path = WORK) -> tuple[Sample, Sample, int]:
    site.add_site_files(root)
    out = work / f"site-{files}"
    ours = [PY, "-m", "generator", "build", "--root", str(root), "--site-dir", str(out)]
    ours_runs = [run_once(ours, REPO)]
    pages = site.count_pages(out)
    bare_root = work / f"bare-{files}"
    site.make_bare(root, bare_root, pages, years)
    bare = [PY, "-m", "mkdocs", "build", "-q", "-f", str(bare_root / "mkdocs.yml"),
            "-d", str(work / f"bare-site-{files}")]
    bare_runs = []
    for i in range(repeat):
        bare_runs.append(run_once(bare, REPO))
        if i:  # the first build of ours above counts as one run
            ours_runs.append(run_once(ours, REPO))
    bare_pages = site.count_pages(work / f"bare-site-{files}")
    if bare_pages != pages:
        raise SystemExit(f"bare build has {bare_pages} pages, ours {pages}")
    for path in (out, work / f"bare-site-{files}"):
        shutil.rmtree(path, ignore_errors=True)  # tens of thousands of files: do not keep
    return _best(ours_runs), _best(bare_runs), pages


def extrapolate(rows: list[Row]) -> None:
    """Sizes without a measured site build: linear from the two largest measured sizes."""
    measured = [r for r in rows if r.site is not None and r.bare is not None]
    if len(measured) < 2:
        return
    a, b = measured[-2], measured[-1]
    for r in rows:
        if r.site is not None:
            continue
        k = (r.files - b.files) / (b.files - a.files)
        assert a.site and b.site and a.bare and b.bare
        r.site = Sample(b.site.seconds + k * (b.site.seconds - a.site.seconds),
                        b.site.peak_mib + k * (b.site.peak_mib - a.site.peak_mib), 0)
        r.bare = Sample(b.bare.seconds + k * (b.bare.seconds - a.bare.seconds),
                        b.bare.peak_mib + k * (b.bare.peak_mib - a.bare.peak_mib), 0)
        r.pages = round(b.pages + k * (b.pages - a.pages))
        r.site_estimated = True


def _ratio(a: Sample | None, b: Sample | None) -> str:
    return f"{a.seconds / b.seconds:.2f}×" if a and b and b.seconds else "—"


def _cell(s: Sample | None, estimated: bool = False) -> str:
    if s is None:
        return "—"
    mark = "*" if estimated else ""
    return f"{s.seconds:.1f} s{mark} / {s.peak_mib:.0f} MiB{mark}"


def table(rows: list[Row]) -> list[str]:
    out = [
        "| 文件数 | 城市数 | 校验 validate | 基线：C 加载器 | 倍数 | 网站页数 | 网站 honors build | 基线：bare mkdocs | 倍数 |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        est = r.site_estimated
        out.append(
            f"| {r.files:,} | {r.cities} | {_cell(r.validate)} | {_cell(r.floor)} | "
            f"{_ratio(r.validate, r.floor)} | {r.pages:,}{'*' if est else ''} | {_cell(r.site, est)} | "
            f"{_cell(r.bare, est)} | {_ratio(r.site, r.bare)}{'*' if est else ''} |"
        )
    return out


def checks(rows: list[Row], demo: Sample) -> list[str]:
    by = {r.files: r for r in rows}
    lines = []

    def verdict(ok: bool) -> str:
        return "达标" if ok else "**未达标**"

    if VALIDATE_AT in by:
        r = by[VALIDATE_AT]
        x = r.validate.seconds / r.floor.seconds
        lines.append(f"- 校验 / C 加载器基线（{VALIDATE_AT:,} 个文件）：{x:.2f}×（目标 ≤ {VALIDATE_RATIO}×）"
                     f"{verdict(x <= VALIDATE_RATIO)}")
    if SITE_AT in by:
        r = by[SITE_AT]
        if r.site and r.bare:
            x = r.site.seconds / r.bare.seconds
            lines.append(f"- 网站 / bare MkDocs（10k）：{x:.2f}×（目标 ≤ {SITE_RATIO}×）{verdict(x <= SITE_RATIO)}")
    if 10000 in by and 50000 in by:
        a, b = by[10000], by[50000]
        x = b.validate.seconds / a.validate.seconds
        lines.append(f"- 校验 10k→50k 用时：{x:.2f}×（线性为 5×，目标 ≤ {SCALING}×）{verdict(x <= SCALING)}")
        if a.site and b.site:
            x = b.site.seconds / a.site.seconds
            note = "（外推）" if b.site_estimated else ""
            lines.append(f"- 网站 10k→50k 用时{note}：{x:.2f}×（目标 ≤ {SCALING}×）{verdict(x <= SCALING)}")
        peak = b.validate.peak_mib
        lines.append(f"- 50k 校验峰值内存：{peak:.0f} MiB（目标 ≤ {MEMORY_MIB} MiB）{verdict(peak <= MEMORY_MIB)}")
        if b.site and b.bare:
            peak = b.site.peak_mib
            note = "（外推）" if b.site_estimated else ""
            lines.append(f"- 50k 网站峰值内存{note}：{peak:.0f} MiB，基线 {b.bare.peak_mib:.0f} MiB"
                         f"（目标 ≤ {MEMORY_MIB} MiB）{verdict(peak <= MEMORY_MIB)}")
    lines.append(f"- 演示数据校验（含解释器启动）：{demo.seconds:.2f} s（目标 ≤ {DEMO_SECONDS} s）"
                 f"{verdict(demo.seconds <= DEMO_SECONDS)}")
    return lines




def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="校验与网站生成的性能基准（输出表格与倍数）。")
    parser.add_argument("--sizes", default="1000,5000,10000,50000", help="文件数，逗号分隔")
    parser.add_argument("--site-sizes", default="1000,10000,50000",
                        help="实测网站生成的规模；其余规模按最大两档线性外推（标 *）")
    parser.add_argument("--repeat", type=int, default=3, help="每项测几次取最快")
    parser.add_argument("--site-repeat", type=int, default=2,
                        help="网站生成每项测几次取最快（超过 1 万个文件时只测 1 次）")
    parser.add_argument("--years", type=int, default=10, help="合成数据的年度数")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--skip-site", action="store_true", help="只测校验")
    parser.add_argument("--record", action="store_true", help="把结果写入 docs/tech/performance.md")
    parser.add_argument("--work", type=Path, default=WORK,
                        help="合成数据、生成的网站和结果的存放文件夹（默认 benchmarks/.work）")
    parser.add_argument("--reprint", action="store_true",
                        help="不重新测量：按上次的 benchmarks/.work/results.json 输出（可加 --record）")
    args = parser.parse_args(argv)
    work: Path = args.work
    if args.reprint:
        return reprint(args.record, work)
    sizes = sorted(int(s) for s in args.sizes.split(",") if s)
    site_sizes = set() if args.skip_site else {int(s) for s in args.site_sizes.split(",") if s}

    env = machine()
    print("机器：" + "，".join(f"{k} {v}" for k, v in env.items()), flush=True)
    work.mkdir(parents=True, exist_ok=True)
    demo = best_of([PY, "-m", "generator", "validate"], args.repeat, REPO)
    rows: list[Row] = []
    for files in sizes:
        root = work / f"synth-{files}"
        shape = synth.ensure(root, files, args.years, args.seed)
        validate, floor = measure_validate(root, args.repeat)
        row = Row(files, shape["cities"], validate, floor)
        print(f"{files:>6} 文件  校验 {_cell(validate)}  基线 {_cell(floor)}  {_ratio(validate, floor)}",
              flush=True)
        if files in site_sizes:
            years = sorted(int(p.name) for p in (root / "submissions").iterdir() if p.name.isdigit())
            repeat = args.site_repeat if files <= 10000 else 1  # a 50k build takes minutes
            row.site, row.bare, row.pages = measure_site(root, files, repeat, years, work)
            print(f"{files:>6} 文件  网站 {_cell(row.site)}  基线 {_cell(row.bare)}  "
                  f"{_ratio(row.site, row.bare)}  （{row.pages} 页）", flush=True)
        rows.append(row)
    extrapolate(rows)
    payload = {"machine": env, "date": time.strftime("%Y-%m-%d"), "demo": asdict(demo),
               "rows": [asdict(r) for r in rows]}
    (work / "results.json").write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
    print()
    return publish(payload, rows, demo, args.record)


def publish(payload: dict, rows: list[Row], demo: Sample, to_doc: bool) -> int:
    lines = table(rows)
    if any(r.site_estimated for r in rows):
        lines += ["", "\\* 外推：该规模未实测网站生成，按实测最大两档线性外推。"]
    lines += ["", *checks(rows, demo)]
    report = "\n".join(lines)
    print(report)
    if to_doc:
        env = payload["machine"]
        when = "、".join(f"{k} {v}" for k, v in env.items() if k != "负载")
        record("benchmark", f"测量于 {payload.get('date', '?')}。机器：{when}（测量时负载 {env['负载']}）。\n\n{report}")
    return 0


def reprint(to_doc: bool, work: Path = WORK) -> int:
    payload = json.loads((work / "results.json").read_text(encoding="utf-8"))

    def sample(d: dict | None) -> Sample | None:
        return Sample(**d) if d else None

    rows = []
    for r in payload["rows"]:
        row = Row(r["files"], r["cities"], Sample(**r["validate"]), Sample(**r["floor"]),
                  sample(r["site"]), sample(r["bare"]), r["pages"], r["site_estimated"])
        rows.append(row)
    return publish(payload, rows, Sample(**payload["demo"]), to_doc)


if __name__ == "__main__":
    raise SystemExit(main())
