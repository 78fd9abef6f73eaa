"""The generated pages say what the data says: cities, projects, cases, honors, guide."""

from __future__ import annotations

from typing import TypeVar
from urllib.parse import urlsplit

import pytest
from mkdocs.config import load_config
from sitetools import ROOT, BuiltSite, by_id, find_all, squash, table_rows

from generator.authoring.scaffold import template_text
from generator.load.records import Campaign, NominationRecord, Repository
from generator.models import (
    Collective,
    Individual,
    Nomination,
    Registry,
    ServiceCase,
    SpecialCollective,
)
from generator.rules.liaisons import is_liaison
from generator.site.fieldref import field_rows

SITE_PATH = urlsplit(load_config(str(ROOT / "mkdocs.yml")).site_url or "/").path
CITIES = ["xian", "baoji", "xianyang", "tongchuan", "weinan", "yanan", "hanzhong", "yulin",
          "ankang", "shangluo", "yangling", "hancheng"]


def newest(repo: Repository) -> Campaign:
    return repo.campaigns[0]


def own(campaign: Campaign, city: str) -> list[NominationRecord]:
    return [n for n in campaign.nominations if n.source.kind == "city" and n.source.code == city]


F = TypeVar("F", bound=Nomination)


def form_as(n: NominationRecord, kind: type[F]) -> F:
    """n's form, checked to be the form its award is filled on."""
    assert isinstance(n.form, kind), n.path
    return n.form


def registry_of(campaign: Campaign, repo: Repository) -> Registry:
    """The registry a year is shown with: its frozen copy, else the alliance's current one."""
    registry = campaign.registry or repo.registry
    assert registry is not None
    return registry


def label(n: NominationRecord | None) -> str:
    """What the roll lists a nomination by: the person, the case's title, else the library."""
    assert n is not None, "a decision names a nomination that was not loaded"
    if n.award == "individual":
        return form_as(n, Individual).name
    if n.award == "case":
        return form_as(n, ServiceCase).title
    form = n.form
    assert isinstance(form, (Collective, SpecialCollective)), n.path
    return form.unit


def test_demo_has_every_city(demo_repo: Repository) -> None:
    assert demo_repo.registry is not None
    assert [c.code for c in demo_repo.registry.cities] == CITIES


@pytest.mark.parametrize("city", CITIES)
def test_city_page_lists_exactly_its_nominations_in_order(
    demo_site: BuiltSite, demo_repo: Repository, city: str
) -> None:
    campaign = newest(demo_repo)
    nominations = own(campaign, city)
    registry = registry_of(campaign, demo_repo)
    collectives = [form_as(n, Collective).unit for n in nominations if n.award == "collective"]
    people = [(form_as(n, Individual).name, form_as(n, Individual).unit) for n in nominations
              if n.award == "individual" and not is_liaison(n, registry)]
    liaisons = [form_as(n, Individual).name for n in nominations
                if n.award == "individual" and is_liaison(n, registry)]
    cases = [form_as(n, ServiceCase).title for n in nominations if n.award == "case"]
    page = demo_site.article(f"2024/cities/{city}/")

    rows = [r for r in table_rows(by_id(page, "collectives")) if r != ["未推荐"]]
    assert [r[1] for r in rows] == collectives
    assert [r[0] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]
    rows = [r for r in table_rows(by_id(page, "individuals")) if r != ["未推荐"]]
    assert [(r[1], r[2]) for r in rows] == people
    assert [r[0] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]
    rows = [r for r in table_rows(by_id(page, "liaisons")) if r != ["未推荐联络人"]]
    assert [r[1] for r in rows] == liaisons
    rows = [r for r in table_rows(by_id(page, "city-cases")) if r != ["未推荐服务案例"]]
    assert [r[1] for r in rows] == cases


def test_a_citys_own_cases_are_on_its_page(demo_site: BuiltSite, demo_repo: Repository) -> None:
    """The issue's example: Xi'an's own case was on the roll and the cases page only."""
    own_cases = [n for n in own(newest(demo_repo), "xian") if n.award == "case"]
    assert own_cases
    text = demo_site.text("2024/cities/xian/")
    for n in own_cases:
        assert form_as(n, ServiceCase).title in text

def test_xian_page_has_the_shape_of_form_1_3(demo_site: BuiltSite, demo_repo: Repository) -> None:
    text = demo_site.text("2024/cities/xian/")
    summary = newest(demo_repo).summaries["xian"]
    assert "西安市推荐对象汇总表" in text
    assert f"推荐单位：{summary.committee_library}" in text
    filled = summary.filled_on
    assert f"填报日期：{filled.year}年{filled.month}月{filled.day}日" in text
    heads = [squash(th.text) for th in find_all(by_id(demo_site.article("2024/cities/xian/"),
                                                       "individuals"), "th")]
    assert heads[:4] == ["序号", "姓名", "工作单位", "职务（职称）"]


def test_cities_overview_counts_against_the_quota(demo_site: BuiltSite, demo_repo: Repository) -> None:
    campaign = newest(demo_repo)
    quotas = campaign.config.quotas
    rows = {r[0]: r for r in table_rows(find_all(demo_site.article("2024/cities/"), "table")[0])}
    registry = registry_of(campaign, demo_repo)
    assert demo_repo.registry is not None
    for city in demo_repo.registry.cities:
        nominations = own(campaign, city.code)
        collectives = sum(n.award == "collective" for n in nominations)
        people = sum(n.award == "individual" and not is_liaison(n, registry) for n in nominations)
        liaisons = sum(n.award == "individual" and is_liaison(n, registry) for n in nominations)
        assert rows[city.name][2] == f"{collectives} / {quotas.collective_per_city}"
        assert rows[city.name][3] == f"{people} / {quotas.individual_per_city}"
        assert rows[city.name][4] == str(liaisons)


def test_rules_page_shows_the_configured_quotas(demo_site: BuiltSite, demo_repo: Repository) -> None:
    config = newest(demo_repo).config
    page = demo_site.article("2024/rules/")
    quotas = {r[0]: r[1] for r in table_rows(find_all(page, "table", **{"class": "honors-table honors-quotas"})[0])}
    assert quotas["每个委员馆推荐先进集体"] == f"{config.quotas.collective_per_city} 个"
    assert quotas["每个委员馆推荐先进个人"] == f"{config.quotas.individual_per_city} 名"
    assert quotas["评出的联盟工作先进集体"] == f"不超过 {config.quotas.collective_cap} 个"
    assert quotas["评出的联盟工作先进个人"] == f"不超过 {config.quotas.individual_cap} 名"
    assert quotas["先进个人主要事迹"] == f"不超过 {config.quotas.deeds_max_chars} 字"
    text = demo_site.text("2024/rules/")
    for principle in config.principles:
        assert principle in text
    for award in config.awards:
        for criterion in award.criteria:
            assert squash(criterion.text) in text
    for project in config.special_projects:
        assert project.name in text
    # Every check, with the notice's words beside it.
    rulebook = {r[0].split()[0]: r for r in table_rows(find_all(page, "table", **{"class": "honors-table honors-rulebook"})[0])}
    assert rulebook["E004"][2] == "错误或警告" and rulebook["E004"][3] == "「馆长原则上不参评」"
    assert rulebook["E006"][2] == "警告" and "等方面有特色的图书馆服务案例" in rulebook["E006"][3]
    assert rulebook["Q005"][3] == "「各专项奖的设立及名额，根据当年工作开展情况确定」"
    assert rulebook["F001"][3] == "—"
    # An input that gets each code, as written (rulebook EXAMPLES).
    assert rulebook["E016"][4] == "读者可拨打 139 1234 5678 预约讲座"
    assert rulebook["S003"][4] == "年龄: 35岁"


def test_special_page_lists_each_projects_nominations(demo_site: BuiltSite, demo_repo: Repository) -> None:
    campaign = newest(demo_repo)
    page = demo_site.article("2024/special/")
    # Each project's list of nominations (its 考核排名 tables, where configured, follow it).
    tables = [t for t in find_all(page, "table") if find_all(t, "th")[0].text.strip() == "序号"]
    for i, project in enumerate(campaign.config.special_projects):
        units = [form_as(n, SpecialCollective).unit for n in campaign.nominations
                 if n.award == "special" and project.answers_to(form_as(n, SpecialCollective).project)]
        rows = [r for r in table_rows(tables[i]) if r != ["暂无推荐"]]
        assert [r[1] for r in rows] == units, project.name
    assert "联合阅读推广" in demo_site.text("2024/special/")
    # The demo's 米仓县 file writes the project by its alias 阅读推广服务: listed and shown as 联合阅读推广.
    reading = [r[1] for r in table_rows(tables[0])]
    assert "汉中市米仓县图书馆" in reading
    assert "阅读推广服务" not in demo_site.text("2024/special/")
    assert "联合阅读推广" in demo_site.text("2024/groups/reading/special-micang/")


def test_cases_have_cards_and_pages(demo_site: BuiltSite, demo_repo: Repository) -> None:
    cases = [form_as(n, ServiceCase) for n in newest(demo_repo).nominations if n.award == "case"]
    assert cases
    cards = [a for a in find_all(demo_site.article("2024/cases/"), "a")
             if a.attrs.get("class") == "honors-card"]
    assert len(cards) == len(cases)
    titles = {c.title for c in cases}
    for card in cards:
        title = next(squash(s.text) for s in find_all(card, "strong"))
        assert title in titles
        url = "2024/cases/" + card.attrs["href"]
        case = next(c for c in cases if c.title == title)
        text = demo_site.text(url)
        assert case.unit in text
        assert case.theme in text
        assert squash(case.summary) in text
        assert "案例正文" in text


def test_honor_roll_lists_every_decision(demo_site: BuiltSite, demo_repo: Repository) -> None:
    campaign = newest(demo_repo)
    decisions = campaign.decisions
    assert decisions is not None and decisions.status == "拟表彰"
    tree = demo_site.tree("2024/honors/")
    assert squash(find_all(tree, "h1")[0].text) == "拟表彰名单"
    text = demo_site.text("2024/honors/")
    for d in decisions.entries:
        assert label(campaign.by_rel(d.nomination)) in text
    # 2024 lists the liaisons among the 先进个人 (联络人表彰方式: 列入先进个人名单), after them.
    assert campaign.config.liaison_listing == "列入先进个人名单"
    rows = table_rows(by_id(demo_site.article("2024/honors/"), "roll-individual"))
    names = [r[1].removesuffix(" 联络人") for r in rows]
    assert names[-len(decisions.liaisons):] == [honor.name for honor in decisions.liaisons]
    assert not [e for e in find_all(demo_site.article("2024/honors/"), "table")
                if e.attrs.get("id") == "liaison-roll"]


def test_a_separate_liaison_list_when_the_year_says_so(demo_site: BuiltSite,
                                                        demo_repo: Repository) -> None:
    old = demo_repo.campaigns[1]
    assert old.config.liaison_listing == "单独名单" and old.decisions is not None
    rows = table_rows(by_id(demo_site.article("2023/honors/"), "liaison-roll"))
    assert [r[2] for r in rows] == [honor.name for honor in old.decisions.liaisons]
    individuals = {r[1] for r in table_rows(by_id(demo_site.article("2023/honors/"),
                                                 "roll-individual"))}
    assert not individuals & {honor.name for honor in old.decisions.liaisons}


def test_earlier_year_has_its_final_roll(demo_site: BuiltSite, demo_repo: Repository) -> None:
    old = demo_repo.campaigns[1]
    assert old.decisions is not None and old.decisions.status == "已表彰"
    assert squash(find_all(demo_site.tree("2023/honors/"), "h1")[0].text) == "表彰名单"
    text = demo_site.text("2023/honors/")
    for d in old.decisions.entries:
        assert label(old.by_rel(d.nomination)) in text
    years = demo_site.text("years/")
    assert old.config.title in years and newest(demo_repo).config.title in years


def test_home_shows_the_newest_campaign_at_a_glance(demo_site: BuiltSite, demo_repo: Repository) -> None:
    campaign = newest(demo_repo)
    home = demo_site.article("")
    text = squash(home.text)
    assert campaign.config.title in text
    assert campaign.stage in text
    assert "2025年4月8日" in text
    numbers = [squash(s.text) for s in find_all(home, "span", **{"class": "honors-stat__num"})]
    registry = registry_of(campaign, demo_repo)
    liaison = [is_liaison(n, registry) for n in campaign.nominations]
    counts = [sum(n.award == kind and not flag for n, flag in zip(campaign.nominations, liaison, strict=True))
              for kind in ("collective", "special", "individual", "case")]
    assert numbers == [str(n) for n in [*counts, sum(liaison)]]
    for svg in find_all(home, "svg"):  # the wide drawing and the phone's
        labels = [squash(t.text) for t in find_all(svg, "text", **{"class": "label"})]
        assert demo_repo.registry is not None
        assert labels[:len(demo_repo.registry.cities)] == [c.name for c in demo_repo.registry.cities]
    assert not find_all(home, "img") and not find_all(home, "canvas")


def test_guide_field_reference_covers_every_key(demo_site: BuiltSite, demo_repo: Repository) -> None:
    config = newest(demo_repo).config
    page = demo_site.article("guide/fields/")
    tables = find_all(page, "table")
    kinds = ["collective", "individual", "summary", "special", "case"]
    assert len(tables) == len(kinds)
    for kind, table in zip(kinds, tables, strict=True):
        rows = table_rows(table)
        expected = field_rows(kind, config)
        assert [r[0] for r in rows] == [f.label for f in expected]
        assert [r[1] == "必填" for r in rows] == [f.required for f in expected]
    individual = {r[0]: r for r in table_rows(tables[1])}
    for private in ("性别", "年龄", "学历", "联系电话"):
        assert individual[private][4] == "否"
    assert individual["姓名"][4] == "是"
    assert "阅读推广" in individual["业务领域"][3]


def test_guide_templates_are_the_scaffold_templates(demo_site: BuiltSite, demo_repo: Repository) -> None:
    config = newest(demo_repo).config
    codes = [squash(c.text) for c in find_all(demo_site.article("guide/templates/"), "code")]
    for kind in ("collective", "individual", "special", "case", "summary"):
        assert squash(template_text(kind, config)) in codes


def test_guide_links_the_contributing_guide(demo_site: BuiltSite) -> None:
    links = {squash(a.text): a.attrs.get("href") for a in find_all(demo_site.article("guide/"), "a")}
    assert links["贡献指南"] == "contributing/"
    assert links["填写模板"] == "templates/"


def test_every_local_link_resolves(demo_site: BuiltSite) -> None:
    broken = []
    for page in demo_site.files(".html"):
        tree = demo_site.tree(str(page.relative_to(demo_site.path)))
        for el in find_all(tree, "a") + find_all(tree, "link"):
            href = el.attrs.get("href", "").split("#")[0]
            if not href or href.startswith(("mailto:", "http:", "https:")):
                continue
            # Only the 404 page links from the site root (it is served at any depth), under
            # the published folder of site_url.
            base = demo_site.path if href.startswith("/") else page.parent
            if href.startswith("/"):
                href = href.removeprefix(SITE_PATH)
            target = (base / href.lstrip("/")).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(demo_site.path)} -> {href}")
    assert not broken, broken[:10]


def test_the_years_section_lists_every_earlier_year(demo_site: BuiltSite, demo_repo: Repository) -> None:
    """往年评选 opens on the years table, each earlier year under it (not swallowed as its index)."""
    nav = next(n for n in find_all(demo_site.tree("years/"), "nav")
               if "md-nav--primary" in n.attrs.get("class", ""))
    labels = {squash(a.text): a.attrs.get("href") for a in find_all(nav, "a")}
    for c in demo_repo.campaigns[1:]:
        assert labels.get(f"{c.year}年度") == f"../{c.year}/", labels
