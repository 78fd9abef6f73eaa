"""Every number the site prints agrees: home, years, cities, city pages, the roll and 数据.

Each page marks its counts (`data-count="<year>.<what>"`); the same mark must carry the same
number wherever it appears, and that number must be what the data says, counted here
independently from the files (liaisons by rules.liaisons.is_liaison). Checked on the demo and
on a synthetic year (benchmarks/synth.py), whose liaisons and decisions differ.
"""

from __future__ import annotations

import shutil
from collections import defaultdict

import pytest
from sitetools import ROOT, BuiltSite, build, find_all, squash

from benchmarks import synth
from generator.load.campaign import load_repository
from generator.load.records import Campaign, Repository
from generator.models import Individual
from generator.rules.liaisons import is_liaison
from generator.site.counts import LIAISON_NOTE, LIAISON_NOTICE, YearCounts, year_counts

KINDS = ("collective", "special", "individual", "case")


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Repository, BuiltSite]:
    """A synthetic archive of two years (one 已表彰, one 公示中), built with the project's site."""
    root = tmp_path_factory.mktemp("synthetic")
    synth.generate(root, 300, years=2)
    shutil.copy2(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", root / "docs")
    repo, result = load_repository(root)
    assert not result.has_errors
    return repo, build(root, root / "site")


def expected_counts(repo: Repository) -> dict[str, int]:
    """The site's counts, from the files: what each definition says, computed again here."""
    out: dict[str, int] = {}
    for c in repo.campaigns:
        registry = c.registry or repo.registry
        assert registry is not None
        y = c.year
        liaison = {n.rel: is_liaison(n, registry) for n in c.nominations}
        for kind in KINDS:
            out[f"{y}.nominated.{kind}"] = sum(n.award == kind and not liaison[n.rel]
                                               for n in c.nominations)
        out[f"{y}.nominated.total"] = sum(out[f"{y}.nominated.{k}"] for k in KINDS)
        out[f"{y}.liaisons.nominated"] = sum(liaison.values())
        own: dict[str, int] = defaultdict(int)
        for n in c.nominations:
            if n.source.kind == "city":
                what = ("liaison" if liaison[n.rel] else n.award) if n.award in (
                    "individual", "collective") else "other"
                own[f"{y}.city.{n.source.code}.{what}"] += 1
        for city in registry.cities:
            for what in ("collective", "individual", "liaison", "other"):
                out[f"{y}.city.{city.code}.{what}"] = own[f"{y}.city.{city.code}.{what}"]
        out[f"{y}.own.collective"] = sum(v for k, v in own.items() if k.endswith(".collective"))
        out[f"{y}.own.individual"] = sum(v for k, v in own.items() if k.endswith(".individual"))
        out[f"{y}.own.other"] = sum(v for k, v in own.items() if k.endswith(".other"))
        if c.decisions is not None and c.stage in ("公示中", "已表彰"):
            out.update(_selected(c, liaison))
    return out


def _selected(c: Campaign, liaison: dict[str, bool]) -> dict[str, int]:
    assert c.decisions is not None
    y, chosen = c.year, {d.nomination for d in c.decisions.passed()}
    records = [n for n in c.nominations if n.rel in chosen]
    out = {f"{y}.selected.{kind}": sum(n.award == kind and not liaison[n.rel] for n in records)
           for kind in KINDS}
    out[f"{y}.selected.total"] = sum(out.values())
    honored = {(h.city, h.name) for h in c.decisions.passed_liaisons()}
    # A liaison is an individual (rules.liaisons.is_liaison).
    honored |= {(n.source.code, n.form.name) for n in records
                if liaison[n.rel] and isinstance(n.form, Individual)}
    out[f"{y}.liaisons.honored"] = len(honored)
    return out


def pages_of(repo: Repository) -> list[str]:
    urls = ["", "years/", "data/"]
    for i, c in enumerate(repo.campaigns):
        y = c.year
        urls += [] if i == 0 else [f"{y}/"]
        urls += [f"{y}/cities/", f"{y}/honors/"]
        registry = c.registry or repo.registry
        assert registry is not None
        urls += [f"{y}/cities/{city.code}/" for city in registry.cities]
    return urls


def marks(site: BuiltSite, urls: list[str]) -> dict[str, dict[str, str]]:
    """data-count key -> {page: the number shown}; a key shown twice on a page must agree too."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for url in urls:
        for el in find_all(site.article(url), "span"):
            key = el.attrs.get("data-count")
            if key is None:
                continue
            value = squash(el.text)
            assert found[key].setdefault(url, value) == value, (key, url)
    return found


@pytest.fixture(params=["demo", "synthetic"])
def case(request: pytest.FixtureRequest, demo_repo: Repository,
         demo_site: BuiltSite) -> tuple[Repository, BuiltSite]:
    if request.param == "demo":
        return demo_repo, demo_site
    synthetic: tuple[Repository, BuiltSite] = request.getfixturevalue("synthetic")
    return synthetic


def test_every_page_shows_the_same_numbers_as_the_data(case: tuple[Repository, BuiltSite]) -> None:
    repo, site = case
    shown = marks(site, pages_of(repo))
    expected = expected_counts(repo)
    disagree = {k: v for k, v in shown.items() if len(set(v.values())) > 1}
    assert not disagree, disagree
    wrong = {k: (next(iter(v.values())), expected.get(k)) for k, v in shown.items()
             if next(iter(v.values())) != str(expected.get(k))}
    assert not wrong, wrong
    newest = repo.campaigns[0].year
    for c in repo.campaigns:
        y = c.year
        assert f"{y}.nominated.total" in shown and f"{y}.liaisons.nominated" in shown
    # Each page says what its readers compare: the home, the years table, the cities, the roll.
    where = {k: set(v) for k, v in shown.items()}
    for kind in KINDS:
        assert "" in where[f"{newest}.nominated.{kind}"]
        assert "data/" in where[f"{newest}.nominated.{kind}"]
    assert {"", "years/", f"{newest}/cities/"} <= where[f"{newest}.liaisons.nominated"]
    for c in repo.campaigns:
        if c.decisions is not None and c.stage in ("公示中", "已表彰"):
            y = c.year
            assert {"years/", f"{y}/honors/"} <= where[f"{y}.selected.total"]
            assert {"years/", f"{y}/honors/", "data/"} <= where[f"{y}.liaisons.honored"]


def chart_rows(site: BuiltSite, url: str) -> list[tuple[str, int, int | None]]:
    """(label, first value, second value) of the wide chart on a page."""
    svg = next(s for s in find_all(site.article(url), "svg")
               if "honors-chart--wide" in s.attrs.get("class", ""))
    rows = []
    for g in find_all(svg, "g", **{"class": "row"}):
        values = [int(squash(t.text)) for t in find_all(g, "text")
                  if t.attrs.get("class", "").startswith("value")]
        rows.append((g.attrs["data-label"], values[0], values[1] if len(values) > 1 else None))
    return rows


def roll_by_city(site: BuiltSite, url: str) -> dict[str, int]:
    """City -> entries listed under it in the roll's 按城市 section (liaisons apart)."""
    counts: dict[str, int] = {}
    city, in_section = None, False
    for el in site.article(url).children:
        if el.tag == "h2":
            in_section = squash(el.text) == "按城市"
        elif in_section and el.tag == "h3":
            city = squash(el.text).replace("省级及其他单位", "省级及其他")
            counts[city] = 0
        elif in_section and el.tag == "ul" and city is not None:
            counts[city] = sum("联络人表彰" not in squash(li.text) for li in find_all(el, "li"))
    return counts


def test_the_home_chart_adds_up_to_the_totals(case: tuple[Repository, BuiltSite]) -> None:
    repo, site = case
    c, expected = repo.campaigns[0], expected_counts(repo)
    rows = chart_rows(site, "")
    assert sum(r[1] for r in rows) == expected[f"{c.year}.nominated.total"]
    if f"{c.year}.selected.total" in expected:
        assert sum(r[2] or 0 for r in rows) == expected[f"{c.year}.selected.total"]
        # The roll's by-city lists say the same per city (liaisons apart).
        listed = roll_by_city(site, f"{c.year}/honors/")
        assert {name: selected for name, _, selected in rows} == {
            name: listed.get(name, 0) for name, _, _ in rows}
    else:
        assert all(r[2] is None for r in rows)


def test_the_issues_contradictions_are_gone(demo_site: BuiltSite, demo_repo: Repository) -> None:
    """33 individuals vs 10 liaisons among them; 推荐 14 / 表彰 18; 联络人 0 where the home says 12."""
    c = demo_repo.campaigns[0]
    home = demo_site.text("")
    cities = demo_site.text(f"{c.year}/cities/")
    expected = expected_counts(demo_repo)
    assert expected[f"{c.year}.liaisons.nominated"] > 0
    assert f"{expected[f'{c.year}.liaisons.nominated']} 名推荐" in home
    assert cities.endswith(squash(
        f"合计 {expected[f'{c.year}.own.collective']} {expected[f'{c.year}.own.individual']} "
        f"{expected[f'{c.year}.liaisons.nominated']} {expected[f'{c.year}.own.other']}"))


def liaisons_by_city(repo: Repository) -> dict[str, tuple[int, int]]:
    """City name -> (liaisons nominated, liaisons commended) over every year, from the files."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in repo.campaigns:
        registry = c.registry or repo.registry
        assert registry is not None
        names = {city.code: city.name for city in registry.cities}
        liaison = {n.rel: is_liaison(n, registry) for n in c.nominations}
        for n in c.nominations:
            if liaison[n.rel] and n.source.kind == "city":
                out[names[n.source.code]][0] += 1
        if c.decisions is not None and c.stage in ("公示中", "已表彰"):
            chosen = {d.nomination for d in c.decisions.passed()}
            honored = {(h.city, h.name) for h in c.decisions.passed_liaisons()}
            honored |= {(n.source.code, n.form.name) for n in c.nominations
                        if n.rel in chosen and liaison[n.rel] and isinstance(n.form, Individual)}
            for code, _ in honored:
                out[names[code]][1] += 1
    return {name: (a, b) for name, (a, b) in out.items()}


def test_the_data_page_lists_each_citys_liaisons_apart(case: tuple[Repository, BuiltSite]) -> None:
    repo, site = case
    table = next(t for t in find_all(site.article("data/"), "table") if t.attrs.get("id") == "by-city")
    head = [squash(th.text) for th in find_all(table, "th")]
    assert head[-1] == "委员馆联络人推荐 / 表彰（合计）", head
    shown = {}
    for row in find_all(table, "tr")[1:]:
        cells = [squash(td.text) for td in find_all(row, "td")]
        shown[cells[0]] = tuple(int(x) for x in cells[-1].split(" / "))
    expected = liaisons_by_city(repo)
    assert sum(n for n, _ in expected.values()) > 0
    assert shown == {name: expected.get(name, (0, 0)) for name in shown}, shown


def test_every_page_showing_both_liaison_counts_explains_a_difference(
    case: tuple[Repository, BuiltSite]
) -> None:
    repo, site = case
    expected = expected_counts(repo)
    differ = {c.year: f"{c.year}.liaisons.honored" in expected
              and expected[f"{c.year}.liaisons.honored"] != expected[f"{c.year}.liaisons.nominated"]
              for c in repo.campaigns}
    assert any(differ.values()), "the cases exercise the note"
    newest = repo.campaigns[0].year
    assert (LIAISON_NOTE in site.text("")) == differ[newest]
    for url in ("years/", "data/"):
        assert (LIAISON_NOTE in site.text(url)) == any(differ.values()), url
    cities = {name: pair for name, pair in liaisons_by_city(repo).items() if pair[0] != pair[1]}
    assert ("联络人单列在最后一栏" in site.text("data/")) == bool(cities)


def test_the_liaison_note_quotes_the_notice() -> None:
    notice = (ROOT / "tests/data/notice-2024.txt").read_text(encoding="utf-8")
    assert LIAISON_NOTICE in notice.replace("\n", "")
    assert f"「{LIAISON_NOTICE}」" in LIAISON_NOTE and LIAISON_NOTE.startswith("联络人不占城市名额，联盟办另行表彰")


def test_liaison_counts_differ_only_once_the_roll_is_public() -> None:
    counts = year_counts([], None, None)
    assert not counts.liaisons_differ
    assert not YearCounts({}, 3, {}, 3).liaisons_differ
    assert YearCounts({}, 3, {}, 4).liaisons_differ and YearCounts({}, 0, {}, 2).liaisons_differ
