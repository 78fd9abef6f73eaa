"""Old and new names across years (site/renames.py): each renaming the registry records, with the
site's years under the old name; a group's predecessors as the year of a page knows them."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from generator.load.campaign import load_repository
from generator.models import Registry
from generator.site.renames import GROUP, LIBRARY, name_changes, predecessors_of
from generator.site.view import CampaignView


def _registry(root: Path) -> Registry:
    """The demo registry, reading renamed in 2024 (new code) and a member library renamed in 2020."""
    data = YAML(typ="safe").load((root / "submissions/registry.yaml").read_text(encoding="utf-8"))
    reading = data["工作组"][0]
    assert reading["代码"] == "reading"
    data["工作组"][0] = {**reading, "代码": "promotion", "名称": "全民阅读推广工作组",
                       "前身": [{"代码": "reading", "名称": "阅读推广工作组", "变更年份": 2024},
                              {"代码": "readers", "名称": "读者服务工作组", "变更年份": 2025}]}
    member = data["城市"][0]["成员馆"][0]
    member["曾用名"] = [{"名称": "长安塬县图书馆", "更名年份": 2020}]
    return Registry.model_validate(data)


def test_name_changes_newest_first_with_the_years_of_the_old_name(repo_root: Path) -> None:
    repo, _ = load_repository(repo_root)
    registry = _registry(repo_root)
    views = [CampaignView.build(c, registry, newest=(i == 0)) for i, c in enumerate(repo.campaigns)]
    changes = name_changes(registry, views)
    assert [(c.kind, c.old, c.new, c.year, c.earlier) for c in changes] == [
        (GROUP, "读者服务工作组", "全民阅读推广工作组", 2025, [(2023, "2023/special.md"), (2024, "2024/special.md")]),
        (GROUP, "阅读推广工作组", "全民阅读推广工作组", 2024, [(2023, "2023/special.md")]),
        (LIBRARY, "长安塬县图书馆", "西安市长安塬区图书馆", 2020, []),
    ]
    assert name_changes(None, views) == []


def test_a_page_names_only_the_predecessors_in_effect_by_its_year(repo_root: Path) -> None:
    repo, _ = load_repository(repo_root)
    registry = _registry(repo_root)
    views = [CampaignView.build(c, registry, newest=(i == 0)) for i, c in enumerate(repo.campaigns)]
    newest = views[0]
    assert newest.year == 2024
    assert [(c.old, c.year) for c in predecessors_of(newest, "promotion", views)] == [("阅读推广工作组", 2024)]
    assert predecessors_of(newest, "reference", views) == []
    assert predecessors_of(newest, "no-such-group", views) == []
