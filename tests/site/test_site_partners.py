"""Joint cases: a case's 合作单位 shows on each partner library's city page
(「本市图书馆合作实施的案例」) and on the case's own page, in a real MkDocs build."""

from __future__ import annotations

from pathlib import Path

from sitetools import BuiltSite, build, by_id, find_all, squash

from generator.check.validate import validate_repository

CITY_CASE = "submissions/2024/cities/xian/case-joint.yaml"
GROUP_CASE = "submissions/2024/groups/reading/case-joint-reading.yaml"


def joint_case(title: str, unit: str, partners: list[str]) -> str:
    listed = "".join(f"  - {p}\n" for p in partners)
    return (f"推荐奖项: 联盟优秀服务案例\n案例名称: {title}\n案例主题: 基层服务模式创新\n单位: {unit}\n"
            f"合作单位:\n{listed}开始日期: 2024-03-01\n结束日期: 2024-11-30\n"
            "案例简介: 几馆合办的流动书车服务。\n案例正文: |-\n  正文。\n")


def test_partner_cities_list_the_joint_cases(repo_copy: Path, tmp_path: Path) -> None:
    # A city's own case: a partner in the same city (already on its page) and one in Baoji.
    (repo_copy / CITY_CASE).write_text(
        joint_case("流动书车进秦岭", "西安市浐河区图书馆", ["西安市灞水区图书馆", "宝鸡市图书馆"]), encoding="utf-8")
    # A working group's case of a Xianyang library, with two partners in Baoji and one in Xi'an.
    (repo_copy / GROUP_CASE).write_text(
        joint_case("三市共读", "咸阳市五陵区图书馆", ["宝鸡市秦岭区图书馆", "宝鸡市周原县图书馆", "西安市终南县图书馆"]),
        encoding="utf-8")
    _, result = validate_repository(repo_copy)
    assert [f for f in result.findings if f.file in (CITY_CASE, GROUP_CASE)] == []

    site = build(repo_copy, tmp_path / "site")

    baoji = [squash(li.text) for li in find_all(by_id(site.article("2024/cities/baoji/"), "partner-cases"), "li")]
    assert baoji == [
        "流动书车进秦岭（实施单位：西安市浐河区图书馆；本市合作单位：宝鸡市图书馆；推荐单位：西安市图书馆）",
        "三市共读（实施单位：咸阳市五陵区图书馆；本市合作单位：宝鸡市秦岭区图书馆、宝鸡市周原县图书馆；"
        "推荐单位：阅读推广工作组）",
    ]
    heading = [squash(h.text) for h in find_all(site.article("2024/cities/baoji/"), "h2")]
    assert "本市图书馆合作实施的案例" in heading
    # Xi'an lists its own case already; the group's case comes in through its Xi'an partner.
    xian = [squash(li.text) for li in find_all(by_id(site.article("2024/cities/xian/"), "partner-cases"), "li")]
    assert [x.split("（")[0] for x in xian] == ["三市共读"]
    assert "本市合作单位：西安市终南县图书馆" in xian[0]
    # Xianyang hosts the group's case (listed among the groups' nominations), no partner of any.
    assert "partner-cases" not in site.html("2024/cities/xianyang/")
    links = find_all(by_id(site.article("2024/cities/baoji/"), "partner-cases"), "a")
    assert [a.attrs["href"] for a in links][:1] == ["../../cases/case-joint/"]


def test_the_case_page_names_its_partners(repo_copy: Path, tmp_path: Path) -> None:
    (repo_copy / CITY_CASE).write_text(
        joint_case("流动书车进秦岭", "西安市浐河区图书馆", ["西安市灞水区图书馆", "宝鸡市图书馆"]), encoding="utf-8")
    site = build(repo_copy, tmp_path / "site")
    rows = {squash(tr.children[0].text): squash(tr.children[1].text)
            for tr in find_all(site.article("2024/cases/case-joint/"), "tr") if len(tr.children) == 2}
    assert rows["合作单位"] == "西安市灞水区图书馆、宝鸡市图书馆"


def test_a_case_without_partners_adds_no_section(demo_site: BuiltSite) -> None:
    for city in ("xian", "baoji", "xianyang"):
        assert "本市图书馆合作实施的案例" not in demo_site.html(f"2024/cities/{city}/")
    assert "合作单位" not in demo_site.html("2024/cases/case-qinling-seasons/")
