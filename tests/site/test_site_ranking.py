"""The 专项工作 page shows each project's 考核排名 computed from the groups' business data."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML
from sitetools import BuiltSite, Element, build, find_all, squash, table_rows


def _summaries(site: BuiltSite, url: str = "2024/special/") -> list[str]:
    """Each ranking's summary line, in page order (projects in the config's order)."""
    return [squash(next(e for e in d.children if e.tag == "summary").text)
            for d in find_all(site.article(url), "details", **{"class": "honors-ranking"})]


def _head(details: Element) -> list[str]:
    return [squash(th.text) for th in find_all(details, "th")]


def test_each_assessed_project_shows_both_rankings(demo_site: BuiltSite) -> None:
    article = demo_site.article("2024/special/")
    headings = [squash(h.text) for h in find_all(article, "h3")]
    assert "联合参考咨询考核排名" in headings and "地方文献联合征集考核排名" in headings
    assert "联合阅读推广考核排名" not in headings  # no 考核 configured for it
    rankings = _summaries(demo_site)
    assert rankings == ["委员馆考核排名（共 12 馆）", "成员馆考核排名（共 19 馆）",
                        "委员馆考核排名（共 12 馆）", "成员馆考核排名（共 56 馆）"]


def test_the_configuration_decides_the_columns(demo_site: BuiltSite) -> None:
    reference, _, localdocs, members = find_all(
        demo_site.article("2024/special/"), "details", **{"class": "honors-ranking"})
    # Per-capita: raw, adjusted and score of each adjusted indicator; the response time is not adjusted.
    assert _head(reference) == [
        "名次", "单位", "综合得分", "值班班次（班次）", "值班班次（调整后）", "值班班次得分",
        "解答咨询量（条）", "解答咨询量（调整后）", "解答咨询量得分", "平均响应时长（小时）",
        "平均响应时长得分", "较上一年度进步", "上一年度名次"]
    # 著录合格率 is configured 「公开: 否」: ranked on, not shown.
    assert _head(localdocs) == ["名次", "单位", "综合得分", "报送文献种数（种）", "报送文献种数得分",
                                "著录条数（条）", "著录条数得分", "较上一年度进步", "上一年度名次"]
    assert table_rows(localdocs)[0][:3] == ["1", "宝鸡市图书馆", "100.00"]
    xiane = next(r for r in table_rows(members) if r[1] == "商洛市仙娥县图书馆")
    assert (xiane[0], xiane[-2], xiane[-1]) == ("14", "+207.1%", "45")
    assert "市基准系数" not in squash(members.text) and "所在市的基准系数" in squash(members.text)


def test_without_data_the_page_says_so(repo_copy: Path, tmp_path: Path) -> None:
    (repo_copy / "submissions/2024/groups/localdocs/data/localdocs.yaml").unlink()
    yaml = YAML()
    config_file = repo_copy / "submissions/2024/campaign.yaml"
    config = yaml.load(config_file.read_text(encoding="utf-8"))
    reference = next(p for p in config["专项工作"] if p["名称"] == "联合参考咨询")
    reference["考核"]["委员馆标准"]["指标"][2]["公开"] = "否"
    with config_file.open("w", encoding="utf-8") as out:
        yaml.dump(config, out)
    site = build(repo_copy, tmp_path / "site")
    text = site.text("2024/special/")
    assert "本专项按业务数据考核排名；地方文献联合征集工作组尚未提交本年度业务数据。" in text
    details = find_all(site.article("2024/special/"), "details", **{"class": "honors-ranking"})
    assert len(details) == 2
    assert "平均响应时长得分" not in _head(details[0])
    assert "值班班次得分" in _head(details[0])
