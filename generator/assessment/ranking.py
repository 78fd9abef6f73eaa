"""A project's 考核排名 from its data: adjusted, normalised, weighted, ranked; 委员馆 and 成员馆 apart.

「坚持客观数据比较与注重地区差异相结合」 (the adjustment), 「委员馆与成员馆区分考核标准」 (two
standards, two rankings), 「较上一年度有较大进步」 (growth over the previous year's raw values).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.assessment.datafile import DataTable, Row
from generator.models.campaign_config import ProjectAssessment, Standard
from generator.models.names import norm
from generator.models.registry import Registry

STANDARDS = (("委员馆", True), ("成员馆", False))


@dataclass(frozen=True)
class Library:
    """What the ranking needs of a registered library."""

    name: str  # as the registry writes it
    city: str | None  # city code; None for 其他成员馆
    committee: bool
    population: float | None  # 万人


def libraries(registry: Registry) -> dict[str, Library]:
    """norm(name) -> Library, for every library of the registry."""
    found: dict[str, Library] = {}
    for city in registry.cities:
        found.setdefault(norm(city.committee_library),
                         Library(city.committee_library, city.code, True, city.committee_population))
        for m in city.members:
            found.setdefault(norm(m.name), Library(m.name, city.code, False, m.population))
    for lib in registry.other_libraries:
        found.setdefault(norm(lib.name), Library(lib.name, None, False, lib.population))
    return found


@dataclass
class Entry:
    """One library's line of a ranking."""

    unit: str
    row: Row
    raw: dict[str, float]
    adjusted: dict[str, float]
    scores: dict[str, float]
    total: float = 0.0
    rank: int = 0
    growth: dict[str, float] = field(default_factory=dict)  # indicator -> % over last year
    progress: float | None = None  # weighted growth, %; None without last year's figures
    last_rank: int | None = None


@dataclass
class Ranking:
    """One standard's ranking (委员馆 or 成员馆) of one project."""

    label: str  # 委员馆 / 成员馆
    standard: Standard
    entries: list[Entry]
    excluded: list[tuple[Row, str]]  # rows that could not be ranked, and why
    method: str
    _index: dict[str, Entry] = field(default_factory=dict, repr=False, compare=False)

    def entry(self, unit: str) -> Entry | None:
        if len(self._index) != len(self.entries):
            self._index = {norm(e.unit): e for e in self.entries}
        return self._index.get(norm(unit))


def rank_project(config: ProjectAssessment, table: DataTable, registry: Registry,
                 last: DataTable | None = None) -> list[Ranking]:
    """The project's rankings, one per configured standard."""
    libs = libraries(registry)
    rankings = []
    for label, committee in STANDARDS:
        standard = config.standard(committee)
        if standard is None:
            continue
        rankings.append(_rank(label, standard, _rows(table, libs, committee), libs,
                              _rows(last, libs, committee) if last is not None else None))
    return rankings


def _rows(table: DataTable, libs: dict[str, Library], committee: bool) -> list[Row]:
    return [r for r in table.rows if (lib := libs.get(norm(r.unit))) and lib.committee == committee]


def _adjust(standard: Standard, row: Row, lib: Library) -> tuple[dict[str, float] | None, str]:
    names = [i.name for i in standard.indicators]
    raw = {n: row.values.get(n, 0.0) for n in names}
    if standard.adjustment == "人均":
        if lib.population is None:
            return None, "联盟名录没有登记服务人口，无法按人均调整"
        divisor = lib.population
    elif standard.adjustment == "市基准":
        divisor = standard.baselines.get(lib.city or "", 1.0)
    else:
        divisor = 1.0
    return {i.name: raw[i.name] / divisor if i.adjusted else raw[i.name] for i in standard.indicators}, ""


def normalise(values: list[float], normalisation: str, higher_better: bool) -> list[float]:
    """Scores 0–100 for one indicator's (adjusted) values."""
    if not values:
        return []
    low, high = min(values), max(values)
    if normalisation == "最大值":
        if higher_better:
            return [v / high * 100 if high > 0 else 0.0 for v in values]
        return [100.0 if v == 0 else low / v * 100 for v in values]
    if high == low:
        return [100.0 for _ in values]
    if higher_better:
        return [(v - low) / (high - low) * 100 for v in values]
    return [(high - v) / (high - low) * 100 for v in values]


def _rank(label: str, standard: Standard, rows: list[Row], libs: dict[str, Library],
          last: list[Row] | None) -> Ranking:
    entries: list[Entry] = []
    excluded: list[tuple[Row, str]] = []
    for row in rows:
        lib = libs[norm(row.unit)]
        adjusted, why = _adjust(standard, row, lib)
        if adjusted is None:
            excluded.append((row, why))
            continue
        raw = {i.name: row.values.get(i.name, 0.0) for i in standard.indicators}
        entries.append(Entry(lib.name, row, raw, adjusted, {}))
    weight = sum(i.weight for i in standard.indicators)
    for ind in standard.indicators:
        scores = normalise([e.adjusted[ind.name] for e in entries], standard.normalisation,
                           ind.direction == "越高越好")
        for e, s in zip(entries, scores, strict=True):
            e.scores[ind.name] = s
    for e in entries:
        e.total = sum(i.weight * e.scores[i.name] for i in standard.indicators) / weight
    _order(entries)
    if last is not None:
        _progress(standard, entries, last, libs)
    return Ranking(label, standard, entries, excluded, describe(standard))


def _order(entries: list[Entry]) -> None:
    # Equal scores share a rank (1, 1, 3); rounding first so that float noise does not split a tie.
    entries.sort(key=lambda e: (-round(e.total, 6), e.unit))
    for i, e in enumerate(entries):
        tied = i > 0 and round(entries[i - 1].total, 6) == round(e.total, 6)
        e.rank = entries[i - 1].rank if tied else i + 1


def _progress(standard: Standard, entries: list[Entry], last: list[Row], libs: dict[str, Library]) -> None:
    before = {norm(r.unit): r for r in last}
    last_ranking = _rank("", standard, last, libs, None)  # last year's data, this year's standard
    for e in entries:
        old = before.get(norm(e.unit))
        if old is None:
            continue
        previous = last_ranking.entry(e.unit)
        e.last_rank = previous.rank if previous else None
        weights = 0.0
        total = 0.0
        for ind in standard.indicators:
            then = old.values.get(ind.name)
            if then is None or then <= 0:
                continue  # growth from nothing is not a rate
            rate = (e.raw[ind.name] - then) / then * 100
            e.growth[ind.name] = rate if ind.direction == "越高越好" else -rate
            weights += ind.weight
            total += ind.weight * e.growth[ind.name]
        e.progress = total / weights if weights else None


def describe(standard: Standard) -> str:
    """How the score is computed, in words the group and the office read."""
    parts = ["指标：" + "；".join(
        f"{i.name}（权重 {i.weight:g}，{i.direction}" + ("" if i.adjusted or standard.adjustment == "无" else "，不作地区调整")
        + "）" for i in standard.indicators)]
    if standard.adjustment == "人均":
        parts.append("地区调整：数值除以联盟名录登记的服务人口（万人），即每万人的数值")
    elif standard.adjustment == "市基准":
        coefficients = "、".join(f"{c} {v:g}" for c, v in standard.baselines.items()) or "均为 1"
        parts.append(f"地区调整：数值除以所在市的基准系数（{coefficients}；未列出的市为 1）")
    if standard.normalisation == "最大值":
        parts.append("标准化：越高越好的指标 = 值 ÷ 最大值 × 100，越低越好的指标 = 最小值 ÷ 值 × 100")
    else:
        parts.append("标准化：越高越好的指标 = (值 − 最小值) ÷ (最大值 − 最小值) × 100，"
                     "越低越好的指标 = (最大值 − 值) ÷ (最大值 − 最小值) × 100；各馆相同时均为 100")
    parts.append("综合得分 = Σ(权重 × 指标得分) ÷ Σ权重；得分相同名次相同")
    parts.append("较上一年度进步 = 各指标原始数值较上一年度增长率的加权平均（越低越好的指标取反；上一年度为 0 的指标不计）")
    return "。".join(parts) + "。"
