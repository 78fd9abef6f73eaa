"""Rule D004 on real pull-request branches: who may change which folder."""

from __future__ import annotations

from typing import Any

from .helpers import CAMPAIGN, Alliance


def check(honors: Any, a: Alliance, author: str, head: str = "HEAD", *extra: str) -> Any:
    return honors("owners", "check", "--author", author, "--base", "main", "--head", head,
                  "--today", "2025-04-01", "--format", "json", "--root", str(a.root), *extra)


def test_city_pr_touching_only_its_folder_passes(alliance: Alliance, honors: Any) -> None:
    xian = alliance.city(0)
    alliance.repo.branch("xian-nominations")
    alliance.repo.write(alliance.city_file(xian, "collective-a"), alliance.collective(xian))
    alliance.repo.write(alliance.city_file(xian, "individual-a"), alliance.individual(xian))
    alliance.repo.commit("Nominations", "2025-04-01")

    run = check(honors, alliance, xian.editors[0])

    assert run.code == 0, run.out
    assert run.json()["findings"] == []
    assert run.json()["files_checked"] == 2


def test_city_pr_outside_its_folder_fails_naming_each_path(alliance: Alliance, honors: Any) -> None:
    xian, other = alliance.city(0), alliance.city(1)
    own = alliance.city_file(xian, "collective-a")
    foreign = alliance.city_file(other, "collective-b")
    decisions = f"{CAMPAIGN}/decisions.yaml"
    config = f"{CAMPAIGN}/campaign.yaml"
    alliance.repo.branch("too-much")
    alliance.repo.write(own, alliance.collective(xian))
    alliance.repo.write(foreign, alliance.collective(other))
    alliance.repo.write(decisions, "状态: 拟表彰\n审定日期: 2025-05-01\n")
    alliance.grant_late("cities/xian/collective-a.yaml", "2025-04-01")
    alliance.repo.commit("Everything at once", "2025-04-01")

    run = check(honors, alliance, xian.editors[0])

    assert run.code == 1
    d004 = run.findings("D004")
    assert set(d004) == {foreign, decisions, config}
    assert all(f["severity"] == "error" for f in d004.values())
    assert other.committee_library in d004[foreign]["message"]
    assert "联盟办" in d004[config]["message"]
    assert xian.editors[0] in d004[decisions]["message"]
    assert f"submissions/<年度>/cities/{xian.code}/" in d004[foreign]["hint"]


def test_text_report_names_the_path_and_the_fix(alliance: Alliance, honors: Any) -> None:
    xian, other = alliance.city(0), alliance.city(1)
    foreign = alliance.city_file(other, "collective-b")
    alliance.repo.branch("foreign")
    alliance.repo.write(foreign, alliance.collective(other))
    alliance.repo.commit("Foreign", "2025-04-01")

    run = honors("owners", "check", "--author", xian.editors[0], "--base", "main",
                 "--today", "2025-04-01", "--root", str(alliance.root))

    assert run.code == 1
    assert f"{foreign}: D004 错误：" in run.out
    assert "提示：请只修改本单位文件夹 submissions/<年度>/cities/" in run.out


def test_handles_are_case_insensitive(alliance: Alliance, honors: Any) -> None:
    xian = alliance.city(0)
    alliance.repo.branch("upper")
    alliance.repo.write(alliance.city_file(xian, "collective-a"), alliance.collective(xian))
    alliance.repo.commit("Nomination", "2025-04-01")

    assert check(honors, alliance, xian.editors[0].upper()).code == 0
    assert check(honors, alliance, "@" + xian.editors[0]).code == 0


def test_group_pr_in_its_folder_passes_and_in_a_city_folder_fails(
    alliance: Alliance, honors: Any
) -> None:
    group, xian = alliance.group(), alliance.city(0)
    own = f"{CAMPAIGN}/groups/{group.code}/special-a.yaml"
    foreign = alliance.city_file(xian, "collective-a")
    alliance.repo.branch("group")
    alliance.repo.write(own, "推荐奖项: 联盟专项工作先进集体\n")
    alliance.repo.commit("Group nomination", "2025-04-01")
    assert check(honors, alliance, group.editors[0]).code == 0

    alliance.repo.write(foreign, alliance.collective(xian))
    alliance.repo.commit("And a city's", "2025-04-01")
    run = check(honors, alliance, group.editors[0])
    assert run.code == 1
    assert set(run.findings("D004")) == {foreign}


def test_office_may_change_all_of_submissions(alliance: Alliance, honors: Any) -> None:
    xian = alliance.city(0)
    alliance.repo.branch("office")
    alliance.repo.write(alliance.city_file(xian, "collective-a"), alliance.collective(xian))
    alliance.repo.write(f"{CAMPAIGN}/decisions.yaml", "状态: 拟表彰\n审定日期: 2025-05-01\n")
    alliance.repo.write(f"{CAMPAIGN}/office/case-a.yaml", "推荐奖项: 联盟优秀服务案例\n")
    alliance.grant_late("cities/xian/collective-a.yaml", "2025-04-01")
    alliance.repo.commit("Office work", "2025-04-01")

    run = check(honors, alliance, alliance.office_login)

    assert run.code == 0, run.out
    assert run.json()["files_checked"] == 4


def test_unregistered_author_is_told_to_register(alliance: Alliance, honors: Any) -> None:
    xian = alliance.city(0)
    path = alliance.city_file(xian, "collective-a")
    alliance.repo.branch("stranger")
    alliance.repo.write(path, alliance.collective(xian))
    alliance.repo.commit("Nomination", "2025-04-01")

    run = check(honors, alliance, "someone-else")

    assert run.code == 1
    assert "没有登记在联盟名录" in run.findings("D004")[path]["hint"]


# Everything outside a city's or group's own folder decides how nominations are judged.
OFFICE_PATHS = ["generator/rules/quotas.py", "schema/nomination.schema.json",
                ".github/workflows/pull-request.yml", ".github/CODEOWNERS", ".pre-commit-config.yaml",
                "tests/test_cases.py", "tools/anything.py", "webform/src/form.js",
                "docs/guide/contributing.md", "mkdocs.yml", "pyproject.toml", "Makefile",
                ".ci/run", ".gitattributes", "submissions/registry.yaml", f"{CAMPAIGN}/campaign.yaml",
                "README.md", "a-new-top-level-file.txt"]


def test_every_file_outside_the_own_folders_is_the_offices(alliance: Alliance, honors: Any) -> None:
    xian = alliance.city(0)
    alliance.repo.branch("everything")
    for rel in OFFICE_PATHS:
        alliance.repo.write(rel, "# changed\n")
    alliance.repo.write(alliance.city_file(xian, "collective-a"), alliance.collective(xian))
    alliance.repo.commit("Code and config", "2025-04-01")

    run = check(honors, alliance, xian.editors[0])
    office = check(honors, alliance, alliance.office_login)

    assert run.code == 1
    d004 = run.findings("D004")
    assert set(d004) == set(OFFICE_PATHS)
    assert all(f["severity"] == "error" for f in d004.values())
    assert "程序、配置或文档" in d004["generator/rules/quotas.py"]["message"]
    assert f"可以修改它的账号：@{alliance.office_login}。" in d004["Makefile"]["message"]
    assert office.code == 0, office.out


def test_a_city_pushing_onto_another_citys_branch_is_caught(alliance: Alliance, honors: Any) -> None:
    """The author may change the files; the account that pushed may not."""
    xian, other = alliance.city(0), alliance.city(1)
    theirs = alliance.city_file(other, "collective-b")
    alliance.repo.branch("theirs")
    alliance.repo.write(theirs, alliance.collective(other))
    alliance.repo.commit("Pushed by someone else", "2025-04-01")

    alone = check(honors, alliance, other.editors[0])
    pushed = check(honors, alliance, other.editors[0], "HEAD", "--pusher", xian.editors[0])
    by_owner = check(honors, alliance, other.editors[0], "HEAD", "--pusher", other.editors[0].upper())

    assert alone.code == 0 and by_owner.code == 0, by_owner.out
    assert pushed.code == 1
    finding = pushed.findings("D004")[theirs]
    assert f"{xian.editors[0]}（推送者）" in finding["message"]
    assert other.editors[0] not in finding["message"].split("无权修改")[0]
    assert f"@{other.editors[0]}" in finding["message"]


def test_a_city_pushing_code_onto_the_offices_branch_is_caught(
    alliance: Alliance, honors: Any, monkeypatch: Any
) -> None:
    xian = alliance.city(0)
    alliance.repo.branch("office-work")
    alliance.repo.write("generator/rules/quotas.py", "QUOTA = 99\n")
    alliance.repo.commit("Loosen", "2025-04-01")
    monkeypatch.setenv("HONORS_PUSHER", xian.editors[0])

    run = check(honors, alliance, alliance.office_login)

    assert run.code == 1
    assert set(run.findings("D004")) == {"generator/rules/quotas.py"}
    assert f"{xian.editors[0]}（推送者）" in run.findings("D004")["generator/rules/quotas.py"]["message"]


def test_moving_or_deleting_another_citys_file_fails(alliance: Alliance, honors: Any) -> None:
    xian, other = alliance.city(0), alliance.city(1)
    theirs, kept = alliance.city_file(other, "collective-b"), alliance.city_file(other, "individual-b")
    alliance.repo.write(theirs, alliance.collective(other))
    alliance.repo.write(kept, alliance.individual(other))
    alliance.repo.commit("Their nominations", "2025-04-01")
    alliance.repo.branch("grab")
    alliance.repo.move(theirs, alliance.city_file(xian, "collective-b"))
    alliance.repo.remove(kept)
    alliance.repo.commit("Take one, drop one", "2025-04-02")

    run = check(honors, alliance, xian.editors[0])

    assert run.code == 1
    assert set(run.findings("D004")) == {theirs, kept}


def test_rights_come_from_the_base_registry(alliance: Alliance, honors: Any) -> None:
    """A pull request cannot make its author an editor of the office to pass its own check."""
    xian, other = alliance.city(0), alliance.city(1)
    registry = alliance.root / "submissions/registry.yaml"
    text = registry.read_text(encoding="utf-8")
    office_line = f"    - {alliance.office_login}\n"
    assert office_line in text
    alliance.repo.branch("escalate")
    registry.write_text(text.replace(office_line, office_line + f"    - {xian.editors[0]}\n", 1),
                        encoding="utf-8")
    foreign = alliance.city_file(other, "collective-b")
    alliance.repo.write(foreign, alliance.collective(other))
    alliance.repo.commit("Make me office", "2025-04-01")

    run = check(honors, alliance, xian.editors[0])

    assert run.code == 1
    assert set(run.findings("D004")) == {"submissions/registry.yaml", foreign}


def test_unknown_revision_is_a_clear_error(alliance: Alliance, honors: Any) -> None:
    run = honors("owners", "check", "--author", "x", "--base", "no-such-branch",
                 "--root", str(alliance.root))

    assert run.code == 2
    assert "找不到版本「no-such-branch」" in run.err
    assert "fetch-depth: 0" in run.err
    assert "Traceback" not in run.err


def test_a_closed_year_is_the_offices_alone(alliance: Alliance, honors: Any) -> None:
    """「最终确定拟表彰名单」: once a year is closed (honors close), its folder is the office's."""
    xian = alliance.city(0)
    own = alliance.city_file(xian, "collective-a")
    frozen = f"{CAMPAIGN}/registry.yaml"
    alliance.repo.write(own, alliance.collective(xian))
    alliance.repo.write(frozen, (alliance.root / "submissions/registry.yaml").read_text(encoding="utf-8"))
    alliance.repo.commit("Closed", "2025-06-01")  # on main: the base of the pull request
    alliance.repo.branch("late-fix")
    alliance.repo.write(own, alliance.collective(xian, 1))
    alliance.repo.commit("Change a closed year", "2025-06-02")

    city_run = check(honors, alliance, xian.editors[0])
    office_run = check(honors, alliance, alliance.office_login)

    assert city_run.code == 1
    assert set(city_run.findings("D004")) == {own}
    assert "已结束评选的年度" in city_run.findings("D004")[own]["message"]
    assert office_run.code == 0, office_run.out
