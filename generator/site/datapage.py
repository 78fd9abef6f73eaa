"""The 数据 page: counts per award and per city over all years, as charts, tables and CSV.

What a reporter or the office would otherwise count by hand. Every number is one of
counts.py's definitions; the CSV files hold the same numbers as the tables.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup

from generator.models.awards import AWARD_ORDER
from generator.site.chart import bar_chart
from generator.site.view import CampaignView

LIAISON = "liaison"
AWARD_CSV = "data/by-award.csv"
CITY_CSV = "data/by-city.csv"


@dataclass(frozen=True)
class Cell:
    """One year's count: nominations, and selections once the roll is public (else None)."""

    year: int
    nominated: int
    selected: int | None
    liaisons_nominated: int = 0  # a city's row: its liaison nominations (no quota, apart)
    liaisons_honored: int | None = None  # and the liaisons commended, once the roll is public


@dataclass(frozen=True)
class Series:
    """One award (or the liaisons), or one city: a row of cells, newest year first."""

    key: str  # award type, "liaison", or a place name
    name: str
    cells: list[Cell]
    chart: Markup

    @property
    def total_nominated(self) -> int:
        return sum(c.nominated for c in self.cells)

    @property
    def total_selected(self) -> int:
        return sum(c.selected or 0 for c in self.cells)

    @property
    def total_liaisons_nominated(self) -> int:
        return sum(c.liaisons_nominated for c in self.cells)

    @property
    def total_liaisons_honored(self) -> int:
        return sum(c.liaisons_honored or 0 for c in self.cells)

    @property
    def liaisons_differ(self) -> bool:
        """Some year's liaisons commended are not as many as those nominated."""
        return any(c.liaisons_honored is not None and c.liaisons_honored != c.liaisons_nominated
                   for c in self.cells)


def _award_name(views: list[CampaignView], kind: str) -> str:
    return "委员馆联络人" if kind == LIAISON else views[0].award_name(kind)


def _award_cell(v: CampaignView, kind: str) -> Cell:
    c = v.counts
    if kind == LIAISON:
        return Cell(v.year, c.liaisons_nominated, c.liaisons_honored)
    return Cell(v.year, c.nominated[kind], None if c.selected is None else c.selected[kind])


def by_award(views: list[CampaignView]) -> list[Series]:
    """Per award (and the liaisons), each year's nominations and selections."""
    out = []
    for kind in (*AWARD_ORDER, LIAISON):
        name = _award_name(views, kind)
        cells = [_award_cell(v, kind) for v in views]
        rows = [(f"{c.year}年度", c.nominated, c.selected or 0) for c in cells]
        out.append(Series(kind, name, cells, bar_chart(rows, "推荐", "评选结果", f"{name}历年推荐与评选结果")))
    return out


def by_city(views: list[CampaignView]) -> list[Series]:
    """Per city (by name, the newest registry's order first), nominations and selections by year;
    its liaisons apart (nominated, and commended once the roll is public)."""
    table: dict[str, dict[int, Cell]] = {}
    for v in views:
        public = v.honor_status is not None
        nominated = Counter(v.city_name(e.city_code) for e in v.entries if e.is_liaison)
        honored = Counter(liaison.city_name for liaison in v.liaisons)
        for place in v.place_counts:
            table.setdefault(place.name, {})[v.year] = Cell(
                v.year, place.total_nominated, place.total_selected if public else None,
                nominated[place.name], honored[place.name] if public else None)
    out = []
    for name, cells_by_year in table.items():
        cells = [cells_by_year.get(v.year, Cell(v.year, 0, None)) for v in views]
        out.append(Series(name, name, cells, Markup()))
    rows = [(s.name, s.total_nominated, s.total_selected) for s in out]
    chart = bar_chart(rows, "推荐", "评选结果", "各市历年推荐与评选结果（合计）")
    return [Series(s.key, s.name, s.cells, chart if i == 0 else Markup()) for i, s in enumerate(out)]


def award_csv(views: list[CampaignView], series: list[Series]) -> bytes:
    stages = {v.year: v.stage for v in views}
    return _csv(["年度", "阶段", "奖项", "推荐", "评选结果"],
                [[c.year, stages[c.year], s.name, c.nominated, _opt(c.selected)]
                 for s in series for c in s.cells])


def city_csv(views: list[CampaignView], series: list[Series]) -> bytes:
    stages = {v.year: v.stage for v in views}
    return _csv(["年度", "阶段", "城市", "推荐", "评选结果", "联络人推荐", "联络人表彰"],
                [[c.year, stages[c.year], s.name, c.nominated, _opt(c.selected),
                  c.liaisons_nominated, _opt(c.liaisons_honored)]
                 for s in series for c in s.cells])


def _opt(value: int | None) -> str | int:
    return "" if value is None else value


def _csv(header: list[str], rows: list[list[object]]) -> bytes:
    """UTF-8 with BOM and CRLF, as the roll's CSV: Excel on a Chinese Windows opens it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")
