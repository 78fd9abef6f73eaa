"""考核排名 at scale: 7 working groups × 200 libraries × 20 indicators, two years, timed.

    .venv/bin/python -m benchmarks.ranking [--groups 7] [--libraries 200] [--indicators 20] [--repeat 5]

Synthetic CSV data files (this year's and last year's) for each group are written to a temporary
folder; then each group's files are read and ranked (委员馆 and 成员馆 apart, per-capita and
per-city adjustment, progress over last year), as `honors validate`, `honors ranking` and the
site do. Prints the best and median CPU time (this process's, so that other work on a shared
machine does not count) of the whole run and per group. Target: under one second for the
default size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from generator.assessment.datafile import read_table
from generator.assessment.ranking import rank_project
from generator.models.campaign_config import ProjectAssessment
from generator.models.registry import Registry

TARGET_SECONDS = 1.0
CITIES = 12


def registry(libraries: int) -> Registry:
    """CITIES cities, each with a committee library; the rest are members spread over them."""
    members = libraries - CITIES
    return Registry.model_validate({
        "联盟名称": "合成联盟",
        "联盟办": {"名称": "联盟办", "所在单位": "省图书馆"},
        "城市": [{
            "代码": f"c{c}", "名称": f"合成{c}市", "委员馆": f"合成{c}市图书馆", "委员馆加盟时间": "2014-03",
            "委员馆服务人口": 100 + c * 10,
            "成员馆": [{"名称": f"合成{c}市{m}区图书馆", "加盟时间": "2016-05", "服务人口": 20 + m % 30}
                       for m in range(c, members, CITIES)],
        } for c in range(CITIES)],
    })


def config(indicators: int) -> ProjectAssessment:
    names = [f"指标{i}" for i in range(indicators)]
    standard = [{"名称": n, "权重": 1 + i % 3, "方向": "越低越好" if i % 7 == 6 else "越高越好"}
                for i, n in enumerate(names)]
    return ProjectAssessment.model_validate({
        "数据文件": "data",
        "委员馆标准": {"地区调整": "人均", "指标": standard},
        "成员馆标准": {"标准化": "最大值", "地区调整": "市基准",
                       "市基准系数": {f"c{c}": 0.8 + c / 20 for c in range(CITIES)}, "指标": standard},
    })


def write_csv(path: Path, units: list[str], indicators: int, rng: random.Random) -> None:
    lines = ["单位," + ",".join(f"指标{i}" for i in range(indicators))]
    for unit in units:
        cells = [f"{rng.randint(0, 99999):,}" if rng.random() < 0.3 else str(rng.randint(0, 99999))
                 for _ in range(indicators)]
        lines.append(unit + "," + ",".join(f'"{c}"' if "," in c else c for c in cells))
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8"))


def run_once(files: list[tuple[Path, Path]], reg: Registry, cfg: ProjectAssessment,
             names: list[str]) -> list[float]:
    """Read and rank every group's data; the seconds each group took."""
    times = []
    for this, last in files:
        start = time.process_time()
        table, findings = read_table(this, this.name, names)
        before, _ = read_table(last, last.name, names)
        assert table is not None and before is not None and not findings
        rankings = rank_project(cfg, table, reg, before)
        assert sum(len(r.entries) for r in rankings) == len(table.rows)
        times.append(time.process_time() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--groups", type=int, default=7)
    parser.add_argument("--libraries", type=int, default=200)
    parser.add_argument("--indicators", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    reg, cfg = registry(args.libraries), config(args.indicators)
    units = [c.committee_library for c in reg.cities] + [m.name for c in reg.cities for m in c.members]
    names = [f"指标{i}" for i in range(args.indicators)]
    rng = random.Random(2024)
    with tempfile.TemporaryDirectory() as work:
        files = []
        for g in range(args.groups):
            this, last = Path(work) / f"g{g}-2024.csv", Path(work) / f"g{g}-2023.csv"
            write_csv(this, units, args.indicators, rng)
            write_csv(last, units, args.indicators, rng)
            files.append((this, last))
        walls, runs = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            runs.append(run_once(files, reg, cfg, names))
            walls.append(time.perf_counter() - start)
    totals = [sum(r) for r in runs]
    per_group = [t for r in runs for t in r]
    print(f"考核排名：{args.groups} 个工作组 × {len(units)} 个馆 × {args.indicators} 个指标（两个年度，"
          f"读取 CSV、地区调整、标准化、排名、较上一年度进步），重复 {args.repeat} 次")
    print("用时为本进程的 CPU 时间（不计同一台机器上其他程序占用的时间）")
    print(f"| 全部工作组 | 最快 {min(totals):.3f} 秒 | 中位 {statistics.median(totals):.3f} 秒 |")
    print(f"| 每个工作组 | 最快 {min(per_group):.3f} 秒 | 中位 {statistics.median(per_group):.3f} 秒 |")
    print(f"| 墙上时间（含等待） | 最快 {min(walls):.3f} 秒 | 中位 {statistics.median(walls):.3f} 秒 |")
    verdict = "达标" if statistics.median(totals) < TARGET_SECONDS else "未达标"
    print(f"目标：全部工作组少于 {TARGET_SECONDS:g} 秒 —— {verdict}")


if __name__ == "__main__":
    main()
