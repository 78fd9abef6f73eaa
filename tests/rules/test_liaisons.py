"""The liaison is a role per year, matched by name and unit (rules.liaisons), and every output
that marks or counts liaisons follows it: form 1-3's 「（联络人）」, the quota, the site's entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.validate import validate_repository
from generator.forms.summary import LIAISON_MARK, city_lists, person_name
from generator.load.records import Campaign, NominationRecord
from generator.models import Registry
from generator.rules.liaisons import campaign_year, is_liaison
from generator.rules.quotas import takes_city_place

PERSON = """推荐奖项: 联盟工作先进个人
姓名: {name}
性别: 女
年龄: 29
单位: {unit}
从事本工作时间: 2019年3月至今
所在部门: 辅导部
学历: 大学本科
职务: 馆员
是否馆长: 否
是否联络人: {flag}
主要事迹: 2024年，她负责全市联盟业务数据的汇总和报送，组织基层馆员培训六场。
"""


def _load(root: Path, files: dict[str, str]) -> tuple[Registry, Campaign]:
    for rel, text in files.items():
        (root / "submissions/2024" / rel).write_text(text, encoding="utf-8")
    repo, _ = validate_repository(root)
    assert repo.registry is not None
    return repo.registry, repo.campaigns[0]


def _record(campaign: Campaign, rel: str) -> NominationRecord:
    found = campaign.by_rel(rel)
    assert found is not None, rel
    return found


@pytest.mark.parametrize(("name", "unit", "flag", "liaison"), [
    ("韩雪梅", "西安市图书馆", "是", True),
    ("韓雪梅", "西安市　图书馆", "否", True),  # 繁体, a full-width space, the flag forgotten (E012)
    ("韩雪梅", "西安市浐河区图书馆", "是", False),  # a namesake at a member library, flag or not
    ("韩雪梅", "西安市浐河区图书馆", "否", False),
    ("测试甲", "西安市图书馆", "是", False),  # the committee library's other staff
])
def test_liaison_by_name_and_unit(demo_copy: Path, name: str, unit: str, flag: str, liaison: bool) -> None:
    registry, campaign = _load(demo_copy, {
        "cities/xian/individual-zz.yaml": PERSON.format(name=name, unit=unit, flag=flag)})
    n = _record(campaign, "cities/xian/individual-zz.yaml")
    assert campaign_year(n) == 2024
    assert is_liaison(n, registry) is liaison
    assert takes_city_place(n, registry) is not liaison
    city = registry.city("xian")
    assert city is not None
    lists = city_lists(registry, campaign, city)
    printed = [person_name(r.form, lists.is_liaison(r)) for r in lists.individuals  # type: ignore[arg-type]
               if r.rel == n.rel]
    assert printed == [name + (LIAISON_MARK if liaison else "")]


def test_the_liaison_of_that_year(demo_copy: Path) -> None:
    """Replaced in 2025: the 2024 liaison is still the liaison of 2024, the new one is not."""
    registry_file = demo_copy / "submissions/registry.yaml"
    text = registry_file.read_text(encoding="utf-8")
    old = "    联络人:\n      姓名: 韩雪梅\n      职务: 辅导部主任\n"
    assert text.count(old) == 1
    registry_file.write_text(text.replace(old, (
        "    联络人:\n      姓名: 测试新\n      年度: [2025]\n"
        "    历任联络人:\n      - 姓名: 韩雪梅\n        职务: 辅导部主任\n        年度: [2023, 2024]\n")),
        encoding="utf-8")
    registry, campaign = _load(demo_copy, {
        "cities/xian/individual-zz.yaml": PERSON.format(name="测试新", unit="西安市图书馆", flag="否"),
        "cities/xian/individual-zy.yaml": PERSON.format(name="韩雪梅", unit="西安市图书馆", flag="是")})
    assert not is_liaison(_record(campaign, "cities/xian/individual-zz.yaml"), registry)
    assert is_liaison(_record(campaign, "cities/xian/individual-zy.yaml"), registry)
    city = registry.city("xian")
    assert city is not None
    liaisons = [city.liaison_for(year) for year in (2023, 2024, 2025)]
    assert [c.name if c else None for c in liaisons] == ["韩雪梅", "韩雪梅", "测试新"]
    assert city.liaison_for(2026) is None
