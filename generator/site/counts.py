"""Every number the site prints about a year, each defined once.

The home page, the years table, the cities overview, the city pages, the honor roll and the
数据 page all read these; a test checks that the pages agree with each other and with the data.

- 推荐 (nominated) of an award: nomination files of that award, every channel (committee
  libraries, working groups, the office). A city's liaison nomination (rules.liaisons) is not
  a 先进个人 nomination: it is counted apart, as 联络人推荐.
- 评选结果 (selected) of an award: the decisions' entries of that award, liaisons apart.
  Shown only once the roll is public (公示中 / 已表彰).
- 联络人表彰 (liaisons honored): the decisions' separate liaison commendation, plus any liaison
  nomination the decisions list among the entries (one person counted once). Whether the roll
  prints them as their own list or among the 先进个人 (联络人表彰方式) changes no number.
- 所在城市 (by the unit's city): the nominations and selections whose unit is a library of the
  city, every channel, liaisons apart; what belongs to no city is counted as 省级及其他.
- 本市推荐 (a committee library's own): what the city's folder holds, against its quotas.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generator.models.awards import AWARD_ORDER
from generator.site.public import PublicEntry

ELSEWHERE = "省级及其他"
# The notice: 「各委员馆联盟工作联络人不占此名额，联盟办将对联盟工作联络人另外进行表彰」. Who is
# commended is the office's choice, not bound to the cities' liaison nominations: the numbers
# of 联络人推荐 and 联络人表彰 may differ, and every page showing both says why.
LIAISON_NOTICE = "各委员馆联盟工作联络人不占此名额，联盟办将对联盟工作联络人另外进行表彰"
LIAISON_NOTE = (f"联络人不占城市名额，联盟办另行表彰（评选方案：「{LIAISON_NOTICE}」）。"
                "表彰哪些联络人由联盟办确定，不限于各市推荐的联络人，所以表彰人数可以与推荐人数不同。")


@dataclass(frozen=True)
class YearCounts:
    """One year's totals."""

    nominated: dict[str, int]  # award type -> nominations, liaisons apart
    liaisons_nominated: int
    selected: dict[str, int] | None  # award type -> selections; None before the roll is public
    liaisons_honored: int | None

    @property
    def total_nominated(self) -> int:
        return sum(self.nominated.values())

    @property
    def total_selected(self) -> int | None:
        return None if self.selected is None else sum(self.selected.values())

    @property
    def liaisons_differ(self) -> bool:
        """The liaisons commended are not as many as those nominated (see LIAISON_NOTE)."""
        return self.liaisons_honored is not None and self.liaisons_honored != self.liaisons_nominated


@dataclass(frozen=True)
class PlaceCounts:
    """Nominations and selections of the units of one city (or of no city), by award."""

    name: str
    nominated: dict[str, int]
    selected: dict[str, int]

    @property
    def total_nominated(self) -> int:
        return sum(self.nominated.values())

    @property
    def total_selected(self) -> int:
        return sum(self.selected.values())


def by_award(entries: list[PublicEntry]) -> dict[str, int]:
    """Entries per award type (every type present, in the site's order), liaisons apart."""
    counted = Counter(e.kind for e in entries if not e.is_liaison)
    return {kind: counted.get(kind, 0) for kind in AWARD_ORDER}


def year_counts(entries: list[PublicEntry], selected: list[PublicEntry] | None,
                liaisons_honored: int | None) -> YearCounts:
    """The year's totals; `selected` is None while the roll is not public."""
    return YearCounts(
        nominated=by_award(entries),
        liaisons_nominated=sum(e.is_liaison for e in entries),
        selected=None if selected is None else by_award(selected),
        liaisons_honored=liaisons_honored,
    )


def place_counts(cities: list[tuple[str, str]], entries: list[PublicEntry],
                 selected: list[PublicEntry]) -> list[PlaceCounts]:
    """Per city (code, name), registry order, then 省级及其他 if anything belongs to no city."""
    known = {code for code, _ in cities}

    def grouped(items: list[PublicEntry]) -> dict[str | None, list[PublicEntry]]:
        # Grouped once: a national registry has hundreds of cities.
        out: dict[str | None, list[PublicEntry]] = {}
        for e in items:
            out.setdefault(e.city_code if e.city_code in known else None, []).append(e)
        return out

    nominated, chosen = grouped(entries), grouped(selected)
    places: list[tuple[str | None, str]] = [*cities]
    if None in nominated or None in chosen:
        places.append((None, ELSEWHERE))
    return [PlaceCounts(name, by_award(nominated.get(code, [])), by_award(chosen.get(code, [])))
            for code, name in places]
