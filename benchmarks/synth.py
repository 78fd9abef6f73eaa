"""Write a deterministic synthetic repository: a registry of many cities and several campaigns.

Every file respects the scheme (membership, quotas, themes, special projects, periods), so
`honors validate` reports no errors; one individual in a hundred is a director with a reason
(warning E004), so the lazy line-number path is exercised as in real data.

    python -m benchmarks.synth --files 10000 --out benchmarks/.work/synth-10000
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ruamel.yaml import YAML

from benchmarks import text as t
from generator.core.workdays import nth_workday

REPO = Path(__file__).resolve().parents[1]
GENERATOR_VERSION = 3
CITY_BASE_FILES = 5  # summary, collective, two individuals, the liaison
DIRECTOR_EVERY = 100  # every 100th individual is a director with a reason: warning E004


@dataclass
class Library:
    name: str
    joined: str


@dataclass
class City:
    code: str
    name: str
    committee: Library
    liaison: str
    members: list[Library]


@dataclass
class Template:
    """What the synthetic campaigns copy from the shipped demo data."""

    campaign_text: str
    year: int
    awards: dict[str, str]  # type -> name
    projects: list[tuple[str, str, int]]  # name, group code, quota
    bases: list[str]
    themes: list[str]
    fields: list[str]
    groups: list[tuple[str, str]]  # code, name
    registry_head: str  # 联盟名称 and 联盟办 blocks, verbatim


@dataclass
class Plan:
    files: int
    years: int
    seed: int
    cities: int = 0
    cases: dict[tuple[int, int], int] = field(default_factory=dict)  # (year index, city) -> n


def load_template(repo: Path = REPO) -> Template:
    base = repo / "submissions"
    year_dir = max(p for p in base.iterdir() if (p / "campaign.yaml").is_file())
    campaign_text = _without_assessment((year_dir / "campaign.yaml").read_text(encoding="utf-8"))
    safe = YAML(typ="safe", pure=False)
    cfg = safe.load(campaign_text)
    registry_text = (base / "registry.yaml").read_text(encoding="utf-8")
    reg = safe.load(registry_text)
    head = registry_text[: registry_text.index("\n城市:")].split("\n")
    return Template(
        campaign_text=campaign_text,
        year=int(cfg["年度"]),
        awards={a["类型"]: a["名称"] for a in cfg["奖项"]},
        projects=[(p["名称"], p["工作组"], int(p["名额"])) for p in cfg.get("专项工作", [])],
        bases=list(cfg["推荐依据"]),
        themes=list(cfg["案例主题"]),
        fields=list(cfg.get("个人业务领域", [])),
        groups=[(g["代码"], g["名称"]) for g in reg.get("工作组", [])],
        registry_head="\n".join(line for line in head if not line.startswith("# yaml-language")),
    )


def _without_assessment(text: str) -> str:
    """The config without its projects' 考核 blocks: synthetic groups keep no business data, so
    no project is ranked on it (otherwise every synthetic 专项 claim would be 「未经核对」)."""
    kept, skipping = [], False
    for line in text.split("\n"):
        if line.strip() == "考核:" and line.startswith("    ") and not line.startswith("      "):
            skipping = True
            continue
        if skipping and (line.startswith("      ") or not line.strip()):
            continue
        skipping = False
        kept.append(line)
    return "\n".join(kept)


def _fixed_per_year(tpl: Template, cities: int) -> int:
    """Files of one year that do not depend on the cases drawn."""
    specials = sum(q + 1 for _, _, q in tpl.projects)
    groups = specials + 2 * len(tpl.groups)  # each group: one individual, one case
    office = math.ceil(cities / 10) + 2
    return 2 + groups + office + cities * CITY_BASE_FILES  # campaign.yaml + decisions.yaml


def _registries(years: int) -> int:
    """The alliance's registry and each closed (commended) year's frozen copy: all but the last."""
    return years


def plan(tpl: Template, files: int, years: int, seed: int) -> Plan:
    """How many cities and how many cases per city-year give exactly `files` YAML files."""
    per_city = CITY_BASE_FILES + 1.5
    fixed_groups = _fixed_per_year(tpl, 0) - 2
    cities = max(2, round((files / years - 2 - fixed_groups) / (per_city + 0.1)))
    while cities > 1 and _registries(years) + years * _fixed_per_year(tpl, cities) > files:
        cities -= 1
    if _registries(years) + years * _fixed_per_year(tpl, cities) > files:
        raise SystemExit(f"{files} files are too few for {years} years; use fewer years.")
    rng = random.Random(f"plan-{seed}")
    p = Plan(files, years, seed, cities)
    p.cases = {(y, c): rng.randint(0, 3) for y in range(years) for c in range(cities)}
    total = _registries(years) + years * _fixed_per_year(tpl, cities) + sum(p.cases.values())
    keys = sorted(p.cases)
    while total != files:
        key = rng.choice(keys)
        if total > files and p.cases[key] > 0:
            p.cases[key] -= 1
            total -= 1
        elif total < files:
            p.cases[key] += 1
            total += 1
    return p


def make_cities(count: int, seed: int) -> list[City]:
    rng = random.Random(f"cities-{seed}")
    used: set[str] = set()
    cities = []
    for i in range(count):
        name = t.place(rng)
        while name in used:
            name = t.place(rng) + rng.choice(t.PLACE)
        used.add(name)
        # Every library joined before the first synthetic year (E013: a member by the period).
        joined = f"{rng.randint(2005, 2010)}-{rng.randint(1, 12):02d}"
        districts: set[str] = set()
        members = []
        for _ in range(rng.randint(3, 5)):
            d = t.place(rng)
            while d in districts:
                d = t.place(rng)
            districts.add(d)
            kind = rng.choice(("区", "县"))
            members.append(Library(f"{name}市{d}{kind}图书馆",
                                   f"{rng.randint(2008, 2013)}-{rng.randint(1, 12):02d}"))
        cities.append(City(f"c{i + 1:04d}", f"{name}市", Library(f"{name}市图书馆", joined),
                           t.person(rng), members))
    return cities


def registry_text(tpl: Template, cities: list[City]) -> str:
    lines = ["# yaml-language-server: $schema=../schema/registry.schema.json",
             "# 合成的基准测试名录（虚构，由 benchmarks/synth.py 生成）", tpl.registry_head, "城市:"]
    for c in cities:
        lines += [f"  - 代码: {c.code}", f"    名称: {c.name}", f"    委员馆: {c.committee.name}",
                  f"    委员馆加盟时间: {c.committee.joined}", "    账号:", f"      - {c.code}-lib",
                  "    联络人:", f"      姓名: {c.liaison}", "    成员馆:"]
        for m in c.members:
            lines += [f"      - 名称: {m.name}", f"        加盟时间: {m.joined}"]
    lines.append("工作组:")
    for code, name in tpl.groups:
        lines += [f"  - 代码: {code}", f"    名称: {name}", "    牵头馆: 省图书馆",
                  "    账号:", f"      - group-{code}"]
    lines += ["其他成员馆:", "  - 名称: 省图书馆", "    加盟时间: 2012-01"]
    return "\n".join(lines) + "\n"


def campaign_text(tpl: Template, year: int) -> str:
    """The template config with its year (and the following year) moved."""
    shift = {str(tpl.year): str(year), str(tpl.year + 1): str(year + 1)}
    pattern = rf"(?<!\d)({tpl.year}|{tpl.year + 1})(?!\d)"
    text = re.sub(pattern, lambda m: shift[m.group(1)], tpl.campaign_text)
    return _publicity_end(text)


PUBLICITY = re.compile(r"^(公示:\n  开始: (\d{4}-\d\d-\d\d)\n  结束: )(\d{4}-\d\d-\d\d)((?:\n  .*)*?\n  工作日: (\d+))",
                       re.MULTILINE)


def _publicity_end(text: str) -> str:
    """The 公示's end moved to where its working days run out in the new year (A016)."""

    def moved(m: re.Match[str]) -> str:
        end = nth_workday(date.fromisoformat(m.group(2)), int(m.group(5)))
        return f"{m.group(1)}{end.isoformat()}{m.group(4)}"

    return PUBLICITY.sub(moved, text)


def _block(key: str, lines: list[str]) -> list[str]:
    return [f"{key}: |-"] + [f"  {line}" if line else "" for line in lines]


def _phone(rng: random.Random) -> str:
    return f'"0{rng.randint(910, 919)}-{rng.randint(2000000, 8999999)}"'


def _mobile(rng: random.Random) -> str:
    return f'"1{rng.choice("3589")}{rng.randint(100000000, 999999999)}"'


def _write(path: Path, lines: list[str], schema: str) -> None:
    depth = len(path.parts) - path.parts.index("submissions") - 1
    header = f"# yaml-language-server: $schema={'../' * depth}schema/{schema}.schema.json"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")


@dataclass
class Year:
    """One campaign being written, with what its rules need unique."""

    tpl: Template
    year: int
    folder: Path
    rng: random.Random
    people: set[tuple[str, str]] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    decisions: dict[str, list[str]] = field(default_factory=dict)  # award type -> rel paths
    individuals: int = 0

    def rel(self, path: Path) -> str:
        return path.relative_to(self.folder).as_posix()

    def person(self, unit: str, fixed: str | None = None) -> str:
        name = fixed or t.person(self.rng)
        while (name, unit) in self.people:
            name = t.person(self.rng)
        self.people.add((name, unit))
        return name


def collective(y: Year, path: Path, lib: Library, criteria: list[int]) -> None:
    rng = y.rng
    lines = [f"推荐奖项: {y.tpl.awards['collective']}", f"单位: {lib.name}",
             f"单位负责人: {t.person(rng)}", f"加盟时间: {lib.joined}", f"联系电话: {_phone(rng)}",
             f"评选条件: [{', '.join(map(str, criteria))}]",
             *_block("主要工作成绩", t.achievements(rng, y.year, 250, 700)),
             "单位申报意见: 情况属实，同意申报。", "委员馆推荐意见: 经市级初评，同意推荐。"]
    _write(path, lines, "collective")
    y.decisions.setdefault("collective", []).append(y.rel(path))


def individual(y: Year, path: Path, unit: str, name: str | None = None,
               liaison: bool = False, field_name: str | None = None) -> None:
    rng = y.rng
    # Counted, not drawn: the share of files with a finding stays the same at every size.
    y.individuals += 0 if liaison else 1
    director = not liaison and y.individuals % DIRECTOR_EVERY == 0
    position = "馆长" if director else rng.choice(t.POSITIONS)
    title = rng.choice(t.TITLES)
    start = rng.randint(1995, y.year - 1)
    lines = [f"推荐奖项: {y.tpl.awards['individual']}", f"姓名: {y.person(unit, name)}",
             f"性别: {rng.choice('男女')}", f"年龄: {y.year - start + rng.randint(22, 30)}",
             f"单位: {unit}", f"从事本工作时间: {start}年{rng.randint(1, 12)}月至今",
             f"所在部门: {rng.choice(t.DEPARTMENTS)}", f"学历: {rng.choice(t.EDUCATION)}"]
    lines += [f"职务: {position}"] if position else []
    lines += [f"职称: {title}"] if title else []
    lines.append(f"业务领域: {field_name or rng.choice(y.tpl.fields)}")
    if director:
        lines += ["是否馆长: 是", "馆长参评理由: 本馆为一人馆，馆长同时承担全部联盟业务工作。"]
    if liaison:
        lines.append("是否联络人: 是")
    lines.append(f"联系电话: {_mobile(rng)}")
    deeds = [t.limited(rng, 120, 240), "", t.limited(rng, 80, 240)]
    lines += _block("主要事迹", deeds)
    lines += ["单位申报意见: 同意推荐。", "委员馆推荐意见: 经市级初评，同意推荐。"]
    _write(path, lines, "individual")
    if not liaison:
        y.decisions.setdefault("individual", []).append(y.rel(path))


def case(y: Year, path: Path, unit: str) -> None:
    rng = y.rng
    title = t.place(rng) + rng.choice(t.CASE_TITLES)
    while title in y.titles:
        title = t.place(rng) + rng.choice(t.CASE_TITLES)
    y.titles.add(title)
    start_month = rng.randint(1, 10)
    lines = [f"推荐奖项: {y.tpl.awards['case']}", f"案例名称: {title}",
             f"案例主题: {rng.choice(y.tpl.themes)}", f"单位: {unit}",
             f"开始日期: {y.year}-{start_month:02d}-01",
             f"结束日期: {y.year}-{rng.randint(start_month + 1, 12):02d}-28",
             *_block("案例简介", [t.limited(rng, 60, 150)]),
             *_block("案例正文", t.case_body(rng, 600, 1800)),
             f"联系人: {t.person(rng)}", f"联系电话: {_phone(rng)}"]
    _write(path, lines, "case")
    y.decisions.setdefault("case", []).append(y.rel(path))


def special(y: Year, path: Path, lib: Library, project: str) -> None:
    rng = y.rng
    lines = [f"推荐奖项: {y.tpl.awards['special']}", f"单位: {lib.name}",
             f"单位负责人: {t.person(rng)}", f"加盟时间: {lib.joined}", f"联系电话: {_phone(rng)}",
             f"专项工作: {project}", f"推荐依据: {rng.choice(y.tpl.bases)}",
             f"考核排名: {project}工作考核全省第{rng.randint(1, 30)}名",
             *_block("主要工作成绩", [t.limited(rng, 200, 500)]),
             "单位申报意见: 情况属实，同意申报。", "委员馆推荐意见: 经工作组考核排名，同意推荐。"]
    _write(path, lines, "special")
    y.decisions.setdefault(f"special:{project}", []).append(y.rel(path))


def summary(y: Year, path: Path, city: City) -> None:
    rng = y.rng
    lines = [f"推荐单位: {city.committee.name}", f"经办人: {city.liaison}",
             f"电话: {_phone(rng)}", f"填报日期: {y.year + 1}-04-0{rng.randint(1, 8)}"]
    _write(path, lines, "summary")


def write_city(y: Year, city: City, cases: int) -> None:
    folder = y.folder / "cities" / city.code
    folder.mkdir(parents=True)
    summary(y, folder / "summary.yaml", city)
    index = y.rng.randrange(len(city.members))
    collective(y, folder / f"collective-{index + 1}.yaml", city.members[index],
               sorted(y.rng.sample([1, 2], y.rng.randint(1, 2))))
    units = [city.committee, *city.members]
    for i in (1, 2):
        individual(y, folder / f"individual-{i}.yaml", y.rng.choice(units).name)
    individual(y, folder / "individual-liaison.yaml", city.committee.name, city.liaison, True,
               "联盟工作协作协调" if "联盟工作协作协调" in y.tpl.fields else None)
    for i in range(cases):
        case(y, folder / f"case-{i + 1}.yaml", y.rng.choice(units).name)


def write_groups(y: Year, libraries: list[Library]) -> None:
    for code, name in y.tpl.groups:
        folder = y.folder / "groups" / code
        folder.mkdir(parents=True)
        for project, group, quota in y.tpl.projects:
            if group != code:
                continue
            for i, lib in enumerate(y.rng.sample(libraries, min(quota + 1, len(libraries)))):
                special(y, folder / f"special-{i + 1}.yaml", lib, project)
        individual(y, folder / "individual-1.yaml", name,
                   field_name="工作组业务引领" if "工作组业务引领" in y.tpl.fields else None)
        case(y, folder / "case-1.yaml", name)


def write_office(y: Year, cities: list[City]) -> None:
    folder = y.folder / "office"
    folder.mkdir(parents=True)
    for i, city in enumerate(y.rng.sample(cities, math.ceil(len(cities) / 10))):
        collective(y, folder / f"collective-{i + 1}.yaml", city.committee, [1, 2, 3])
    for i in (1, 2):
        case(y, folder / f"case-{i}.yaml", y.rng.choice(cities).committee.name)


def write_decisions(y: Year, cities: list[City], final: bool) -> None:
    """Selections within the caps: 15 city collectives, 32 city individuals, project quotas."""
    entries: list[tuple[str, str]] = []
    city_only = [p for p in y.decisions.get("collective", []) if p.startswith("cities/")]
    entries += [(y.tpl.awards["collective"], p) for p in city_only[:15]]
    people = [p for p in y.decisions.get("individual", []) if p.startswith("cities/")]
    entries += [(y.tpl.awards["individual"], p) for p in people[:32]]
    for project, _, quota in y.tpl.projects:
        entries += [(y.tpl.awards["special"], p) for p in y.decisions.get(f"special:{project}", [])[:quota]]
    entries += [(y.tpl.awards["case"], p) for p in y.decisions.get("case", [])[:12]]
    # Decided the day before the demo's 公示 starts (D014: 公示 follows the decision).
    lines = [f"状态: {'已表彰' if final else '拟表彰'}", f"审定日期: {y.year + 1}-05-20"]
    if final:  # a commended year's decision has its document number (D016)
        lines.append(f"文号: 陕公图联发〔{y.year + 1}〕08号")
    lines.append("表彰名单:")
    for award, path in entries:
        lines += [f"  - 奖项: {award}", f"    推荐材料: {path}"]
        if award == y.tpl.awards["special"]:  # the synthetic ranks are random: the meeting says why (A011)
            lines.append("    理由: 会议综合考核排名与实际工作审议确定")
    lines.append("联络人表彰:")
    for city in cities[:10]:
        lines += [f"  - 城市: {city.code}", f"    姓名: {city.liaison}"]
    _write(y.folder / "decisions.yaml", lines, "decisions")


def generate(out: Path, files: int, years: int = 10, seed: int = 2024,
             repo: Path = REPO) -> dict[str, int]:
    """Write the synthetic repository under out/submissions; returns its shape."""
    tpl = load_template(repo)
    p = plan(tpl, files, years, seed)
    cities = make_cities(p.cities, seed)
    libraries = [lib for c in cities for lib in (c.committee, *c.members)]
    if out.exists():
        shutil.rmtree(out)
    base = out / "submissions"
    base.mkdir(parents=True)
    registry = registry_text(tpl, cities)
    (base / "registry.yaml").write_text(registry, encoding="utf-8")
    first = tpl.year - years + 1
    for yi in range(years):
        year = first + yi
        folder = base / str(year)
        folder.mkdir()
        (folder / "campaign.yaml").write_text(campaign_text(tpl, year), encoding="utf-8")
        y = Year(tpl, year, folder, random.Random(f"year-{seed}-{year}"))
        for ci, city in enumerate(cities):
            write_city(y, city, p.cases[(yi, ci)])
        write_groups(y, libraries)
        write_office(y, cities)
        final = yi < years - 1
        write_decisions(y, cities, final)
        if final:  # a commended year is closed: its registry frozen (D007)
            (folder / "registry.yaml").write_text(registry, encoding="utf-8")
    shape = {"files": files, "years": years, "cities": len(cities), "libraries": len(libraries),
             "seed": seed, "generator": GENERATOR_VERSION,
             "registry_bytes": (base / "registry.yaml").stat().st_size}
    (out / "synth.json").write_text(json.dumps(shape, indent=2) + "\n", encoding="utf-8")
    return shape


def ensure(out: Path, files: int, years: int = 10, seed: int = 2024) -> dict[str, int]:
    """Generate unless out already holds the same shape (generation is deterministic)."""
    marker = out / "synth.json"
    if marker.exists():
        shape: dict[str, int] = json.loads(marker.read_text(encoding="utf-8"))
        if (shape.get("files"), shape.get("years"), shape.get("seed"), shape.get("generator")) == (
            files, years, seed, GENERATOR_VERSION,
        ):
            return shape
    return generate(out, files, years, seed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic repository for benchmarks.")
    parser.add_argument("--files", type=int, default=1000, help="YAML files in total")
    parser.add_argument("--years", type=int, default=10, help="campaigns (years)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--out", type=Path, required=True, help="folder to (re)create")
    args = parser.parse_args(argv)
    shape = generate(args.out, args.files, args.years, args.seed)
    print(json.dumps(shape, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
