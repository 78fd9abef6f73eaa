"""The site follows the data: a changed quota, a missing decisions file, invalid data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import PluginError
from sitetools import BuiltSite, build, find_all, squash, table_rows

from generator.core.errors import UserError
from generator.site.refuse import load_or_refuse

CAMPAIGN = "submissions/2024/campaign.yaml"
BROKEN = "submissions/2024/cities/xian/individual-wang-lan.yaml"


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_changed_quota_changes_the_rules_page(repo_copy: Path, tmp_path: Path) -> None:
    replace_in(repo_copy / CAMPAIGN, "每个委员馆推荐先进个人: 2", "每个委员馆推荐先进个人: 3")
    replace_in(repo_copy / CAMPAIGN, "先进个人评选总数上限: 32", "先进个人评选总数上限: 36")
    replace_in(repo_copy / CAMPAIGN, "  - 名称: 联合阅读推广\n    工作组: reading\n    名额: 3",
               "  - 名称: 联合阅读推广\n    工作组: reading\n    名额: 5")
    site = build(repo_copy, tmp_path / "site")
    rules = site.article("2024/rules/")
    quotas = {r[0]: r[1] for r in table_rows(find_all(rules, "table", **{"class": "honors-table honors-quotas"})[0])}
    assert quotas["每个委员馆推荐先进个人"] == "3 名"
    assert quotas["评出的联盟工作先进个人"] == "不超过 36 名"
    rows = table_rows(find_all(rules, "table")[-2])  # the projects, before the rulebook
    projects = {r[0].split("也写作")[0].strip(): r[2] for r in rows}
    assert any(r[0].endswith("也写作：阅读推广服务") for r in rows)  # the alias, shown with its project
    assert projects["联合阅读推广"] == "5 个"
    overview = table_rows(find_all(site.article("2024/cities/"), "table")[0])
    assert all(row[3].endswith(" / 3") for row in overview)
    assert "表彰名额：5 个" in site.text("2024/special/")


def test_without_decisions_the_roll_says_review_is_under_way(repo_copy: Path, tmp_path: Path) -> None:
    (repo_copy / "submissions/2024/decisions.yaml").unlink()
    site = build(repo_copy, tmp_path / "site")
    assert "评审工作正在进行中" in site.text("2024/honors/")
    assert squash(find_all(site.tree("2024/honors/"), "h1")[0].text) == "表彰名单"
    assert "推荐中" in site.text("")
    assert "拟表彰" not in site.html("2024/cities/xian/")


def break_file(root: Path) -> None:
    replace_in(root / BROKEN, "姓名: 王岚", "姓明: 王岚")


def test_invalid_data_is_refused_with_every_error_listed(repo_copy: Path) -> None:
    break_file(repo_copy)
    with pytest.raises(PluginError) as err:
        load_or_refuse(repo_copy)
    message = str(err.value)
    assert "网站未生成" in message
    assert f"S002 {BROKEN}:4:1" in message
    assert "姓明" in message


def test_build_command_refuses_and_leaves_the_old_site(repo_copy: Path, tmp_path: Path) -> None:
    break_file(repo_copy)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old site", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(repo_copy),
         "--site-dir", str(site)],
        capture_output=True, text=True, encoding="utf-8", timeout=300,
    )
    assert run.returncode == 2
    assert f"S002 {BROKEN}:4:1" in run.stderr
    assert "网站未生成" in run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    assert sorted(p.name for p in site.iterdir()) == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "old site"


def test_build_without_mkdocs_yml_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "submissions").mkdir()
    from generator.site.build import build_site

    with pytest.raises(UserError) as err:
        build_site(tmp_path, tmp_path / "site")
    assert "mkdocs.yml" in err.value.message


def test_the_demo_notice_follows_the_registry(demo_site: BuiltSite, repo_copy: Path, tmp_path: Path) -> None:
    notice = "演示站点：本站所列单位、人员、事迹与表彰结果均为虚构的演示数据。"
    assert notice in (demo_site.path / "index.html").read_text(encoding="utf-8")
    replace_in(repo_copy / "submissions/registry.yaml", "演示数据: 是", "演示数据: 否")
    site = build(repo_copy, tmp_path / "site")
    assert notice not in (site.path / "index.html").read_text(encoding="utf-8")
