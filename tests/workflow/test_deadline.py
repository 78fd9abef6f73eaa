"""Rule D003 on real pull-request branches: nominations added after the campaign's deadline."""

from __future__ import annotations

from typing import Any

from .helpers import CAMPAIGN, Alliance

DEADLINE = "2025-04-08"  # 截止日期 of the shipped 2024 campaign config


def check(honors: Any, a: Alliance, author: str, *extra: str) -> Any:
    return honors("owners", "check", "--author", author, "--base", "main", "--format", "json",
                  "--root", str(a.root), *extra)


def submit(a: Alliance, when: str, name: str = "collective-a") -> str:
    city = a.city(0)
    path = a.city_file(city, name)
    a.repo.write(path, a.collective(city))
    a.repo.commit(f"Submit {name}", when)
    return path


def test_deadline_is_the_shipped_configs(alliance: Alliance) -> None:
    text = (alliance.root / CAMPAIGN / "campaign.yaml").read_text(encoding="utf-8")
    assert f"截止日期: {DEADLINE}" in text


def test_late_file_fails_with_d003(alliance: Alliance, honors: Any) -> None:
    alliance.repo.branch("late")
    path = submit(alliance, "2025-04-10")

    run = check(honors, alliance, alliance.city(0).editors[0])

    assert run.code == 1
    d003 = run.findings("D003")
    assert set(d003) == {path}
    assert d003[path]["severity"] == "error"
    assert "2025-04-10" in d003[path]["message"] and DEADLINE in d003[path]["message"]
    assert "逾期例外" in d003[path]["hint"]
    assert "cities/" + alliance.city(0).code + "/collective-a.yaml" in d003[path]["hint"]
    assert run.findings("D004") == {}


def test_the_deadline_day_is_on_time(alliance: Alliance, honors: Any) -> None:
    alliance.repo.branch("last-day")
    submit(alliance, f"{DEADLINE}T23:30:00+08:00")

    assert check(honors, alliance, alliance.city(0).editors[0]).code == 0


def test_days_are_counted_on_beijing_time(alliance: Alliance, honors: Any) -> None:
    """01:00 on 9 April in Xi'an is still 8 April in UTC: it is late all the same."""
    alliance.repo.branch("just-late")
    path = submit(alliance, "2025-04-08T17:00:00+00:00")

    run = check(honors, alliance, alliance.city(0).editors[0])

    assert set(run.findings("D003")) == {path}


def test_a_fix_after_the_deadline_keeps_the_files_submission_day(
    alliance: Alliance, honors: Any
) -> None:
    city = alliance.city(0)
    alliance.repo.branch("fixed-later")
    path = submit(alliance, "2025-04-07")
    alliance.repo.write(path, alliance.collective(city).replace("王某某", "王某"))
    alliance.repo.commit("Fix the head's name", "2025-04-12")

    run = check(honors, alliance, city.editors[0])

    assert run.code == 0, run.out
    assert run.findings("D003") == {}


def test_today_overrides_the_commit_dates(alliance: Alliance, honors: Any) -> None:
    alliance.repo.branch("override")
    path = submit(alliance, "2025-04-01")
    author = alliance.city(0).editors[0]

    late = check(honors, alliance, author, "--today", "2025-04-20")
    assert late.code == 1
    assert set(late.findings("D003")) == {path}
    assert check(honors, alliance, author, "--today", DEADLINE).code == 0


def test_office_exception_lets_a_late_file_in(alliance: Alliance, honors: Any) -> None:
    city = alliance.city(0)
    alliance.repo.branch("grant")
    alliance.grant_late(f"cities/{city.code}/collective-a.yaml", "2025-04-09")
    alliance.repo.commit("Grant a late submission", "2025-04-09")
    alliance.repo.checkout("main")
    alliance.repo.merge("grant", "2025-04-09")
    alliance.repo.branch("late-but-granted")
    submit(alliance, "2025-04-10")
    other = submit(alliance, "2025-04-10", "individual-a")

    run = check(honors, alliance, city.editors[0])

    assert set(run.findings("D003")) == {other}, "only the granted file is excused"


def test_office_exception_for_a_whole_folder(alliance: Alliance, honors: Any) -> None:
    city = alliance.city(0)
    alliance.grant_late(f"cities/{city.code}/", "2025-04-09")
    alliance.repo.commit("Grant the city's folder", "2025-04-09")
    alliance.repo.branch("folder-granted")
    submit(alliance, "2025-04-10")
    submit(alliance, "2025-04-11", "individual-a")

    assert check(honors, alliance, city.editors[0]).code == 0


def test_changing_a_submitted_file_after_the_deadline_warns(alliance: Alliance, honors: Any) -> None:
    city = alliance.city(0)
    path = submit(alliance, "2025-04-01")  # on main: submitted in time and merged
    alliance.repo.branch("correction")
    alliance.repo.write(path, alliance.collective(city).replace("王某某", "王某"))
    alliance.repo.commit("Correction asked by the office", "2025-04-15")

    run = check(honors, alliance, city.editors[0])

    assert run.code == 0
    assert run.findings("D003")[path]["severity"] == "warning"


def test_withdrawing_and_office_files_have_no_deadline(alliance: Alliance, honors: Any) -> None:
    path = submit(alliance, "2025-04-01")
    alliance.repo.branch("after-review")
    alliance.repo.remove(path)
    alliance.repo.write(f"{CAMPAIGN}/decisions.yaml", "状态: 拟表彰\n审定日期: 2025-05-01\n")
    alliance.repo.write(f"{CAMPAIGN}/office/case-a.yaml", "推荐奖项: 联盟优秀服务案例\n")
    alliance.repo.commit("Review results", "2025-05-01")

    run = check(honors, alliance, alliance.office_login)

    assert run.code == 0
    assert run.json()["findings"] == []
    assert run.json()["files_checked"] == 3
