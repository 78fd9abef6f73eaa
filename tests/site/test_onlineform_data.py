"""在线填报's pages and the data they load: everything comes from the schemas, the campaign
config, the registry and `honors new`'s templates, and nothing private goes in."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sitetools import ROOT, BuiltSite, build, copy_repository, find_all, squash

from generator.authoring.scaffold import template_text
from generator.load.records import Repository
from generator.site import onlineform

KINDS = [kind for kind, _ in onlineform.FORMS]


@pytest.fixture(scope="module")
def data(demo_site: BuiltSite) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((demo_site.path / onlineform.DATA).read_text(encoding="utf-8"))
    return data


def test_every_form_has_its_page_in_the_nav(demo_site: BuiltSite) -> None:
    nav = demo_site.tree("form/")
    links = {a.attrs.get("href", "") for a in find_all(nav, "a")}
    for kind in KINDS:
        assert any(link.rstrip("/").endswith(f"form/{kind}") or link.rstrip("/") == kind
                   for link in links), kind
        page = demo_site.article(f"form/{kind}/")
        app = [e for e in find_all(page, "div") if e.attrs.get("id") == "honors-form"]
        assert app and app[0].attrs["data-kind"] == kind


@pytest.mark.parametrize("kind", KINDS)
def test_a_form_page_loads_the_sites_own_script_and_data(demo_site: BuiltSite, kind: str) -> None:
    html = demo_site.html(f"form/{kind}/")
    page_dir = demo_site.file(f"form/{kind}/").parent
    app = re.search(r'id="honors-form" data-kind="[a-z]+" data-src="([^"]+)"', html)
    script = re.search(r'<script src="([^"]*honors-form\.js)"', html)
    style = re.search(r'<link rel="stylesheet" href="([^"]*honors-form\.css)"', html)
    assert app and script and style
    for ref in (app[1], script[1], style[1]):
        assert not ref.startswith(("http:", "https:", "//")), ref
        assert (page_dir / ref).resolve().is_file(), ref
    assert "不会发送到任何服务器" in html and "拉取请求" in html  # what stays with the PR check


def test_the_schemas_are_the_committed_ones(data: dict[str, Any]) -> None:
    for kind in KINDS:
        committed = json.loads((ROOT / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
        assert data["kinds"][kind]["schema"] == committed, kind


def test_each_template_is_what_honors_new_writes_in_that_folder(
    data: dict[str, Any], demo_repo: Repository
) -> None:
    config = demo_repo.campaigns[0].config
    owners = {o["key"]: o for o in data["owners"]}
    for kind in KINDS:
        index = data["kinds"][kind]["templates"]
        assert index, kind
        for key, i in index.items():
            depth = len(owners[key]["folder"].split("/"))
            assert data["templates"][i] == template_text(kind, config, depth), (kind, key)
    # who may file what follows the rules' own table: no special from a city, summary only there
    assert not any(k.startswith("city:") for k in data["kinds"]["special"]["templates"])
    assert all(k.startswith("city:") for k in data["kinds"]["summary"]["templates"])


def test_choices_and_limits_come_from_the_campaign_config(
    data: dict[str, Any], demo_repo: Repository
) -> None:
    config = demo_repo.campaigns[0].config
    fields = {k: {f["label"]: f for f in data["kinds"][k]["fields"]} for k in KINDS}
    assert fields["case"]["案例主题"]["choices"] == config.case_themes
    assert fields["special"]["推荐依据"]["choices"] == config.bases
    assert fields["individual"]["业务领域"]["choices"] == config.fields
    assert data["projects"] == [{"name": p.name, "group": p.group, "aliases": p.aliases}
                                for p in config.special_projects]
    assert any(p["aliases"] for p in data["projects"])  # 别名 are known to the form
    collective = config.award_by_type("collective")
    assert collective is not None
    award = data["kinds"]["collective"]["award"]
    assert [c["text"] for c in award["criteria"]] == [c.text for c in collective.criteria]
    assert (award["member"], award["committee"]) == (collective.member_criteria,
                                                    collective.committee_criteria)
    assert data["deeds_max_chars"] == config.quotas.deeds_max_chars
    assert data["period"] == [config.period.start.isoformat(), config.period.end.isoformat()]
    assert data["year"] == config.year


def test_field_kinds_follow_the_models(data: dict[str, Any]) -> None:
    kinds = {k: {f["label"]: f["kind"] for f in data["kinds"][k]["fields"]} for k in KINDS}
    assert kinds["collective"]["联系电话"] == kinds["summary"]["电话"] == "phone"
    assert kinds["individual"]["联系电话"] == "phone"  # optional phones too
    assert kinds["collective"]["加盟时间"] == "month"
    assert kinds["collective"]["评选条件"] == "ints"
    assert kinds["individual"]["是否馆长"] == "yesno" and kinds["individual"]["年龄"] == "int"
    assert kinds["case"]["开始日期"] == "date" and kinds["case"]["配图"] == "list"
    assert kinds["individual"]["姓名"] == "text"


def test_the_registry_part_holds_units_and_liaison_names_only(
    data: dict[str, Any], demo_repo: Repository, demo_site: BuiltSite
) -> None:
    registry = demo_repo.campaigns[0].registry or demo_repo.registry
    assert registry is not None
    owners = {o["key"]: o for o in data["owners"]}
    for city in registry.cities:
        o = owners[f"city:{city.code}"]
        assert o["committee"] == city.committee_library
        assert o["members"] == [[m.name, m.joined] for m in city.members]
        assert o["liaison"] == (city.liaison.name if city.liaison else None)
        assert o["folder"] == f"submissions/{data['year']}/cities/{city.code}"
    assert {f"group:{g.code}" for g in registry.groups} <= set(owners)
    assert owners["office"]["folder"] == f"submissions/{data['year']}/office"
    text = (demo_site.path / onlineform.DATA).read_text(encoding="utf-8")
    accounts = {a for c in registry.cities for a in c.editors} | {
        a for g in registry.groups for a in g.editors} | set(registry.office.editors)
    assert accounts and not [a for a in accounts if f'"{a}"' in text]
    positions = {c.liaison.position for c in registry.cities if c.liaison and c.liaison.position}
    assert positions and not [p for p in positions if p in text]


def test_the_newest_open_campaign_is_the_forms() -> None:
    def campaign(year: int, stage: str) -> Any:
        return SimpleNamespace(year=year, stage=stage)

    def year_of(campaigns: list[Any]) -> int | None:
        picked = onlineform.open_campaign(campaigns)
        return None if picked is None else picked.year

    assert year_of([campaign(2025, "推荐中"), campaign(2024, "已表彰")]) == 2025
    assert year_of([campaign(2025, "已表彰"), campaign(2024, "公示中")]) == 2024
    assert year_of([campaign(2025, "已表彰"), campaign(2024, "已表彰")]) == 2025
    assert onlineform.open_campaign([]) is None


def _new_year(root: Path) -> None:
    """A 2025 campaign folder whose config differs from 2024's in year, dates and themes."""
    text = (root / "submissions/2024/campaign.yaml").read_text(encoding="utf-8")
    text = text.split("\n公示:")[0] + "\n"  # no 公示 yet
    text = text.replace("年度: 2024", "年度: 2025\n阶段: 推荐中").replace("2024年度", "2025年度")
    text = text.replace("开始: 2024-01-01", "开始: 2025-01-01").replace("结束: 2024-12-31", "结束: 2025-12-31")
    text = text.replace("截止日期: 2025-04-08", "截止日期: 2026-04-08")
    text = text.replace("  - 图书馆总分馆体系建设\n", "  - 图书馆总分馆体系建设\n  - 全民阅读品牌建设\n")
    (root / "submissions/2025").mkdir()
    (root / "submissions/2025/campaign.yaml").write_text(text, encoding="utf-8")


def test_a_new_year_needs_no_change_to_the_form(tmp_path: Path) -> None:
    root = copy_repository(tmp_path / "repo")
    _new_year(root)
    site = build(root, tmp_path / "site")
    data = json.loads((site.path / onlineform.DATA).read_text(encoding="utf-8"))
    assert data["year"] == 2025 and data["stage"] == "推荐中"
    themes = {f["label"]: f for f in data["kinds"]["case"]["fields"]}["案例主题"]["choices"]
    assert "全民阅读品牌建设" in themes
    assert all(o["folder"].startswith("submissions/2025/") for o in data["owners"])
    assert all("2025年度" in t for t in data["templates"])
    # the same script serves both years
    bundle = "assets/javascripts/honors-form.js"
    assert (site.path / bundle).read_bytes() == (ROOT / "generator/site/theme" / bundle).read_bytes()
    assert "公示中" not in site.html("form/individual/")


def test_the_guides_first_steps_start_from_the_online_form(demo_site: BuiltSite) -> None:
    guide = demo_site.text("guide/")
    assert guide.index("在线填报") < guide.index("直接编辑 YAML 文件") < guide.index("粘贴模板并填写")
    links = {squash(a.text): a.attrs.get("href") for a in find_all(demo_site.article("guide/"), "a")}
    assert links["在线填报"] == "../form/"
    steps = demo_site.text("guide/contributing/").split("第一次提交", 1)[1]
    assert steps.index("打开在线填报") < steps.index("在 GitHub 上提交") < steps.index("也可以直接编辑 YAML 文件")
    assert "粘贴模板" in steps.split("也可以直接编辑 YAML 文件", 1)[1]  # the YAML route stays
    contributing = {squash(a.text): a.attrs.get("href")
                    for a in find_all(demo_site.article("guide/contributing/"), "a")}
    assert contributing["在线填报"] == "../../form/"
