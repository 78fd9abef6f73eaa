"""Rule D003 on real pull-request branches: nominations that reached the server after the deadline.

The day a change arrived is the server's record (the event's time, --arrived, HONORS_ARRIVED,
else the time of the check), never a commit date: commits here carry dates that would say the
opposite, and must not matter.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from scanfiles import pdf_bytes

from generator.pullrequest import arrival

from .helpers import CAMPAIGN, Alliance

DEADLINE = "2025-04-08"  # 截止日期 of the shipped 2024 campaign config
ON_TIME = "2025-04-05T10:00:00+08:00"
LATE = "2025-04-10T10:00:00+08:00"


def check(honors: Any, a: Alliance, author: str, *extra: str) -> Any:
    return honors("owners", "check", "--author", author, "--base", "main", "--format", "json",
                  "--root", str(a.root), *extra)


def submit(a: Alliance, when: str, name: str = "collective-a") -> str:
    """Commit a nomination whose commit (author and committer) is dated `when`."""
    city = a.city(0)
    path = a.city_file(city, name)
    a.repo.write(path, a.collective(city))
    a.repo.commit(f"Submit {name}", when)
    return path


def pull_request_event(tmp_path: Path, updated_at: str, **extra: Any) -> Path:
    """A pull_request event as GitHub, Gitea and Forgejo write it to GITHUB_EVENT_PATH."""
    event = {"action": "synchronize",
             "pull_request": {"number": 3, "created_at": "2025-04-01T01:00:00Z",
                              "updated_at": updated_at},
             **extra}
    path = tmp_path / "event.json"
    path.write_text(json.dumps(event), encoding="utf-8")
    return path


def test_deadline_is_the_shipped_configs(alliance: Alliance) -> None:
    text = (alliance.root / CAMPAIGN / "campaign.yaml").read_text(encoding="utf-8")
    assert f"截止日期: {DEADLINE}" in text


def test_late_file_fails_with_d003(alliance: Alliance, honors: Any) -> None:
    alliance.repo.branch("late")
    path = submit(alliance, "2025-04-10")

    run = check(honors, alliance, alliance.city(0).editors[0], "--arrived", LATE)

    assert run.code == 1
    d003 = run.findings("D003")
    assert set(d003) == {path}
    assert d003[path]["severity"] == "error"
    assert "2025-04-10" in d003[path]["message"] and DEADLINE in d003[path]["message"]
    assert "--arrived" in d003[path]["message"], "the message says where the time came from"
    assert "逾期例外" in d003[path]["hint"]
    assert "cities/" + alliance.city(0).code + "/collective-a.yaml" in d003[path]["hint"]
    assert run.findings("D004") == {}


def test_a_forged_commit_date_does_not_make_a_late_file_on_time(
    alliance: Alliance, honors: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Author and committer dates before the deadline; the server got the push after it."""
    alliance.repo.branch("forged")
    path = submit(alliance, "2025-04-01T09:00:00+08:00")
    log = alliance.repo.git("log", "-1", "--format=%aI %cI")
    assert log == "2025-04-01T09:00:00+08:00 2025-04-01T09:00:00+08:00"
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(pull_request_event(tmp_path, "2025-04-09T03:00:00Z")))

    run = check(honors, alliance, alliance.city(0).editors[0])

    assert run.code == 1
    assert set(run.findings("D003")) == {path}
    message = run.findings("D003")[path]["message"]
    assert "2025-04-09" in message and "拉取请求最近一次更新的时间" in message


def test_a_wrong_clock_after_the_deadline_does_not_make_a_timely_file_late(
    alliance: Alliance, honors: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alliance.repo.branch("wrong-clock")
    submit(alliance, "2025-05-20")
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(pull_request_event(tmp_path, "2025-04-07T01:00:00Z")))

    run = check(honors, alliance, alliance.city(0).editors[0])

    assert run.code == 0, run.out
    assert run.findings("D003") == {}


def test_a_push_is_judged_by_the_servers_push_time_not_the_head_commit(
    alliance: Alliance, honors: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A push event's head_commit.timestamp is a commit date; repository.pushed_at is the server's."""
    alliance.repo.branch("pushed")
    path = submit(alliance, "2025-04-01")
    pushed_at = int(datetime(2025, 4, 9, 2, 0, tzinfo=UTC).timestamp())
    event = {"ref": "refs/heads/pushed", "head_commit": {"timestamp": "2025-04-01T10:00:00+08:00"},
             "repository": {"full_name": "sxlib/honors", "pushed_at": pushed_at}}
    event_path = tmp_path / "push.json"
    event_path.write_text(json.dumps(event), encoding="utf-8")
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(event_path))

    run = check(honors, alliance, alliance.city(0).editors[0])

    assert set(run.findings("D003")) == {path}
    assert "推送到服务器的时间" in run.findings("D003")[path]["message"]


def test_without_an_event_the_time_of_the_check_counts(alliance: Alliance, honors: Any) -> None:
    """No payload, no --arrived: the check's own run time, which is after the 2025 deadline."""
    alliance.repo.branch("no-event")
    path = submit(alliance, "2025-04-01")

    run = check(honors, alliance, alliance.city(0).editors[0])

    assert datetime.now(UTC).date() > date.fromisoformat(DEADLINE)
    assert set(run.findings("D003")) == {path}
    assert "检查运行的时间" in run.findings("D003")[path]["message"]


def test_other_forges_pass_the_servers_time_in_honors_arrived(
    alliance: Alliance, honors: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GitLab: HONORS_ARRIVED=$CI_PIPELINE_CREATED_AT (UTC, with a Z)."""
    alliance.repo.branch("gitlab")
    submit(alliance, "2025-04-20")
    author = alliance.city(0).editors[0]
    monkeypatch.setenv("HONORS_ARRIVED", "2025-04-08T15:30:00Z")  # 23:30 in Xi'an

    assert check(honors, alliance, author).code == 0
    monkeypatch.setenv("HONORS_ARRIVED", "2025-04-08T16:30:00Z")  # 00:30 on 9 April
    assert check(honors, alliance, author).code == 1


def test_the_deadline_day_is_on_time(alliance: Alliance, honors: Any) -> None:
    alliance.repo.branch("last-day")
    submit(alliance, ON_TIME)

    run = check(honors, alliance, alliance.city(0).editors[0], "--arrived", f"{DEADLINE}T23:59:59+08:00")

    assert run.code == 0, run.out


def test_days_are_counted_on_beijing_time(alliance: Alliance, honors: Any) -> None:
    """01:00 on 9 April in Xi'an is still 8 April in UTC: it is late all the same."""
    alliance.repo.branch("just-late")
    path = submit(alliance, ON_TIME)

    run = check(honors, alliance, alliance.city(0).editors[0], "--arrived", "2025-04-08T17:00:00+00:00")

    assert set(run.findings("D003")) == {path}


def test_a_pull_request_pushed_again_after_the_deadline_is_judged_at_the_later_push(
    alliance: Alliance, honors: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The documented limitation: the latest event decides; the office's 逾期例外 covers it."""
    city = alliance.city(0)
    alliance.repo.branch("fixed-later")
    path = submit(alliance, "2025-04-07")
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(pull_request_event(tmp_path, "2025-04-07T02:00:00Z")))
    assert check(honors, alliance, city.editors[0]).code == 0, "in time when first pushed"

    alliance.repo.write(path, alliance.collective(city).replace("王某某", "王某"))
    alliance.repo.commit("Fix the head's name", "2025-04-07")  # a date the submitter chose
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(pull_request_event(tmp_path, "2025-04-12T02:00:00Z")))
    late = check(honors, alliance, city.editors[0])
    assert late.code == 1
    assert set(late.findings("D003")) == {path}
    assert "最后一次修改" in late.findings("D003")[path]["hint"]

    alliance.grant_late(f"cities/{city.code}/collective-a.yaml", "2025-04-12")
    alliance.repo.commit("The office grants it", "2025-04-12")
    assert check(honors, alliance, alliance.office_login).code == 0


def test_today_overrides_every_other_time(
    alliance: Alliance, honors: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alliance.repo.branch("override")
    path = submit(alliance, "2025-04-01")
    author = alliance.city(0).editors[0]
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(pull_request_event(tmp_path, "2025-04-02T01:00:00Z")))

    late = check(honors, alliance, author, "--today", "2025-04-20", "--arrived", ON_TIME)
    assert late.code == 1
    assert set(late.findings("D003")) == {path}
    assert check(honors, alliance, author, "--today", DEADLINE).code == 0


def test_arrived_beats_the_event_and_the_variable(
    alliance: Alliance, honors: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alliance.repo.branch("explicit")
    submit(alliance, "2025-04-01")
    author = alliance.city(0).editors[0]
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(pull_request_event(tmp_path, "2025-04-20T01:00:00Z")))
    assert check(honors, alliance, author).code == 1
    monkeypatch.setenv("HONORS_ARRIVED", ON_TIME)
    assert check(honors, alliance, author).code == 0, "HONORS_ARRIVED comes before the event"
    assert check(honors, alliance, author, "--arrived", LATE).code == 1


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

    run = check(honors, alliance, city.editors[0], "--arrived", LATE)

    assert set(run.findings("D003")) == {other}, "only the granted file is excused"


def test_office_exception_for_a_whole_folder(alliance: Alliance, honors: Any) -> None:
    city = alliance.city(0)
    alliance.grant_late(f"cities/{city.code}/", "2025-04-09")
    alliance.repo.commit("Grant the city's folder", "2025-04-09")
    alliance.repo.branch("folder-granted")
    submit(alliance, "2025-04-10")
    submit(alliance, "2025-04-11", "individual-a")

    assert check(honors, alliance, city.editors[0], "--arrived", LATE).code == 0


def test_changing_a_submitted_file_after_the_deadline_warns(alliance: Alliance, honors: Any) -> None:
    city = alliance.city(0)
    path = submit(alliance, "2025-04-01")  # on main: submitted in time and merged
    alliance.repo.branch("correction")
    alliance.repo.write(path, alliance.collective(city).replace("王某某", "王某"))
    alliance.repo.commit("Correction asked by the office", "2025-04-15")

    run = check(honors, alliance, city.editors[0], "--arrived", "2025-04-15T09:00:00+08:00")

    assert run.code == 0
    assert run.findings("D003")[path]["severity"] == "warning"
    assert "2025-04-15" in run.findings("D003")[path]["message"]


def test_the_offices_review_and_its_files_have_no_deadline(alliance: Alliance, honors: Any) -> None:
    path = submit(alliance, "2025-04-01")
    alliance.repo.branch("after-review")
    alliance.repo.remove(path)
    alliance.repo.write(f"{CAMPAIGN}/decisions.yaml", "状态: 拟表彰\n审定日期: 2025-05-01\n")
    alliance.repo.write(f"{CAMPAIGN}/office/case-a.yaml", "推荐奖项: 联盟优秀服务案例\n")
    alliance.repo.commit("Review results", "2025-05-01")

    run = check(honors, alliance, alliance.office_login, "--arrived", "2025-05-01T10:00:00+08:00")

    assert run.code == 0
    assert run.json()["findings"] == []
    assert run.json()["files_checked"] == 3


@pytest.mark.parametrize("bad", ["4月8日", "2025-13-01", "yesterday"])
def test_an_unreadable_time_exits_2_in_chinese(alliance: Alliance, honors: Any, bad: str) -> None:
    alliance.repo.branch("bad-time")
    submit(alliance, ON_TIME)

    run = check(honors, alliance, alliance.city(0).editors[0], "--arrived", bad)

    assert run.code == 2
    assert f"时间「{bad}」的写法看不懂" in run.err and "Traceback" not in run.err


def test_a_broken_event_file_exits_2_in_chinese(
    alliance: Alliance, honors: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alliance.repo.branch("broken-event")
    submit(alliance, ON_TIME)
    broken = tmp_path / "event.json"
    broken.write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(broken))

    run = check(honors, alliance, alliance.city(0).editors[0])

    assert run.code == 2 and "读不出 CI 事件文件" in run.err


def test_author_and_base_can_come_from_plain_variables(
    alliance: Alliance, honors: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    alliance.repo.branch("plain")
    submit(alliance, ON_TIME)
    monkeypatch.setenv("HONORS_AUTHOR", alliance.city(1).editors[0])  # not this city's account
    monkeypatch.setenv("HONORS_BASE", "main")
    monkeypatch.setenv("HONORS_ARRIVED", ON_TIME)

    run = honors("owners", "check", "--format", "json", "--root", str(alliance.root))

    assert run.code == 1 and set(run.findings("D004")) == {alliance.city_file(alliance.city(0), "collective-a")}
    monkeypatch.delenv("HONORS_AUTHOR")
    missing = honors("owners", "check", "--root", str(alliance.root))
    assert missing.code == 2 and "HONORS_AUTHOR" in missing.err


@pytest.mark.parametrize(("text", "day"), [
    ("2025-04-08T23:59:59+08:00", date(2025, 4, 8)),
    ("2025-04-08T16:00:00Z", date(2025, 4, 9)),
    ("2025-04-08T23:00", date(2025, 4, 8)),  # no offset: Beijing time
    ("2025-04-08", date(2025, 4, 8)),
    ("1744128000", date(2025, 4, 9)),  # 2025-04-08T16:00:00Z as Unix seconds
])
def test_moments_are_read_on_beijing_time(text: str, day: date) -> None:
    assert arrival.china_day(arrival.parse_moment(text)) == day


def test_the_run_time_is_the_last_resort() -> None:
    now = datetime(2025, 4, 8, 15, 59, tzinfo=UTC)
    assert arrival.resolve(env={}, now=now) == arrival.Arrival(date(2025, 4, 8), "检查运行的时间")


def test_a_nomination_renamed_in_after_the_deadline_is_an_addition(alliance: Alliance, honors: Any) -> None:
    """From a note (.md) merged in time, and from another nomination under a new name."""
    city = alliance.city(0)
    folder = f"{CAMPAIGN}/cities/{city.code}"
    alliance.repo.write(f"{folder}/notes.md", alliance.collective(city))
    alliance.repo.write(f"{folder}/individual-a.yaml", alliance.individual(city))
    alliance.repo.commit("In time", "2025-04-01")
    alliance.repo.branch("renamed")
    alliance.repo.move(f"{folder}/notes.md", f"{folder}/collective-a.yaml")
    alliance.repo.move(f"{folder}/individual-a.yaml", f"{folder}/individual-b.yaml")
    alliance.repo.commit("Rename", "2025-04-01")

    late = check(honors, alliance, city.editors[0], "--arrived", LATE)
    on_time = check(honors, alliance, city.editors[0], "--arrived", ON_TIME)

    assert late.code == 1
    d003 = late.findings("D003")
    assert set(d003) == {f"{folder}/collective-a.yaml", f"{folder}/individual-b.yaml"}
    assert all(f["severity"] == "error" for f in d003.values())
    assert f"由「{folder}/notes.md」改名而来，按新增推荐处理" in d003[f"{folder}/collective-a.yaml"]["message"]
    assert on_time.code == 0 and on_time.findings("D003") == {}


@pytest.mark.parametrize(("field", "before", "after"), [
    ("姓名", "李某", "张某"),
    ("单位", None, "西安市 某区图书馆"),
])
def test_changing_who_is_nominated_after_the_deadline_is_a_replacement(
    alliance: Alliance, honors: Any, field: str, before: str | None, after: str
) -> None:
    city = alliance.city(0)
    path = alliance.city_file(city, "individual-a")
    text = alliance.individual(city)
    alliance.repo.write(path, text)
    alliance.repo.commit("In time", "2025-04-01")
    old = before or city.members[0].name
    alliance.repo.branch("replace")
    alliance.repo.write(path, text.replace(f"{field}: {old}", f"{field}: {after}"))
    alliance.repo.commit("Another person", "2025-04-01")

    run = check(honors, alliance, city.editors[0], "--arrived", LATE)

    assert run.code == 1
    finding = run.findings("D003")[path]
    assert finding["severity"] == "error"
    assert f"「{field}」由「{old}」改为「{after}」" in finding["message"] and "替换推荐" in finding["message"]
    assert "逾期例外" in finding["hint"]


def test_a_full_width_space_in_a_name_is_no_replacement(alliance: Alliance, honors: Any) -> None:
    """A Word paste that only adds spaces (any width) to 姓名 is a correction: a warning."""
    city = alliance.city(0)
    path = alliance.city_file(city, "individual-a")
    text = alliance.individual(city, "李某某")
    alliance.repo.write(path, text)
    alliance.repo.commit("In time", "2025-04-01")
    alliance.repo.branch("spaces")
    alliance.repo.write(path, text.replace("姓名: 李某某", "姓名: 李\u3000某某 "))
    alliance.repo.commit("Spacing", "2025-04-01")

    run = check(honors, alliance, city.editors[0], "--arrived", LATE)

    assert run.code == 0
    assert run.findings("D003")[path]["severity"] == "warning"


def test_files_that_are_no_material_in_a_nominating_folder_are_d008(alliance: Alliance, honors: Any) -> None:
    city, group = alliance.city(0), alliance.group()
    folder = f"{CAMPAIGN}/cities/{city.code}"
    gfolder = f"{CAMPAIGN}/groups/{group.code}"
    note, gnote = f"{folder}/说明.md", f"{gfolder}/README.md"
    alliance.repo.branch("extra")
    alliance.repo.write(note, "截止后改名为 .yaml\n")
    alliance.repo.write(gnote, "x\n")
    for legal in (f"{folder}/photo-1.jpg", f"{folder}/stamped/form-1-3.pdf", f"{gfolder}/stamped/a.jpg",
                  f"{gfolder}/data/ranking.csv", f"{gfolder}/data/ranking.yaml", f"{gfolder}/data/notes.md",
                  "docs/notes.md"):
        alliance.repo.write(legal, "x\n")
    alliance.repo.commit("Extra files", "2025-04-01")

    run = check(honors, alliance, alliance.office_login, "--arrived", ON_TIME)

    assert run.code == 1
    d008 = run.findings("D008")
    assert set(d008) == {note, gnote}
    assert d008[note]["severity"] == "error" and "「说明.md」不是推荐材料" in d008[note]["message"]
    assert "stamped/" in d008[note]["hint"]


def test_an_on_time_pull_request_only_updated_after_the_deadline_stays_on_time(
    alliance: Alliance, honors: Any
) -> None:
    """Submitted in time (the server saw the commit then); after the deadline main moved on and
    was merged in ("update branch"): nothing of its own changed, so nothing is late. A later
    change of its own content is judged at the later push."""
    city, other = alliance.city(0), alliance.city(1)
    alliance.repo.branch("on-time")
    path = submit(alliance, "2025-04-05")
    seen = alliance.repo.sha("HEAD")
    alliance.repo.checkout("main")
    alliance.repo.write(alliance.city_file(other, "collective-x"), alliance.collective(other))
    alliance.repo.commit("Another city's material merged", "2025-04-08")
    alliance.repo.checkout("on-time")
    alliance.repo.merge("main", "2025-04-10")
    updated = ("--arrived", LATE, "--seen", f"{seen}=2025-04-05T02:00:00Z")

    stays = check(honors, alliance, city.editors[0], *updated)
    unseen = check(honors, alliance, city.editors[0], "--arrived", LATE)
    seen_late = check(honors, alliance, city.editors[0], "--arrived", LATE,
                      "--seen", f"{seen}=2025-04-09T02:00:00Z")
    alliance.repo.write(path, alliance.collective(city, 1))
    alliance.repo.commit("Another collective after the deadline", "2025-04-10")
    changed = check(honors, alliance, city.editors[0], *updated)

    assert stays.code == 0 and stays.findings("D003") == {}, stays.out
    assert set(unseen.findings("D003")) == {path}
    assert set(seen_late.findings("D003")) == {path}
    assert changed.code == 1 and changed.findings("D003")[path]["severity"] == "error"


@pytest.mark.parametrize("bad", ["abc", "=2025-04-01", "-x=2025-04-01", "abc=明天"])
def test_an_unreadable_seen_is_a_clear_error(alliance: Alliance, honors: Any, bad: str) -> None:
    alliance.repo.branch("x")
    submit(alliance, ON_TIME)
    run = check(honors, alliance, alliance.city(0).editors[0], f"--seen={bad}")
    assert run.code == 2 and "Traceback" not in run.err and "看不懂" in run.err


def test_a_city_withdrawing_a_nominee_after_the_deadline_is_a_removal(alliance: Alliance, honors: Any) -> None:
    """Deleting the file, or renaming it into a note: the list reported at the deadline stands."""
    city = alliance.city(0)
    deleted = submit(alliance, "2025-04-01")
    hidden = submit(alliance, "2025-04-01", "individual-a")
    alliance.repo.branch("withdraw")
    alliance.repo.remove(deleted)
    alliance.repo.move(hidden, hidden.replace(".yaml", ".md"))
    alliance.repo.commit("Withdraw", "2025-04-20")

    late = check(honors, alliance, city.editors[0], "--arrived", LATE)
    in_time = check(honors, alliance, city.editors[0], "--arrived", ON_TIME)
    office = check(honors, alliance, alliance.office_login, "--arrived", LATE)

    assert late.code == 1
    d003 = late.findings("D003")
    assert set(d003) == {deleted, hidden}
    assert all(f["severity"] == "error" and "撤回推荐" in f["message"] for f in d003.values())
    assert in_time.findings("D003") == {}
    assert office.findings("D003") == {}, "the office's review needs no exception from itself"
    alliance.grant_late(f"cities/{city.code}/", "2025-04-20")
    alliance.repo.commit("The office agrees", "2025-04-20")
    assert check(honors, alliance, city.editors[0], "--arrived", LATE).findings("D003") == {}


def test_a_stamped_scan_after_the_deadline_only_warns(alliance: Alliance, honors: Any) -> None:
    """The nomination came in time; its stamped original (「（盖章）」) may follow: a warning."""
    path = submit(alliance, "2025-04-01")  # on main: submitted in time
    alliance.repo.branch("stamped-original")
    scan = path.replace("/collective-a.yaml", "/stamped/collective-a.pdf")
    (alliance.repo.path / scan).parent.mkdir(parents=True)
    (alliance.repo.path / scan).write_bytes(pdf_bytes())
    alliance.repo.commit("The stamped original", "2025-04-12")

    run = check(honors, alliance, alliance.city(0).editors[0], "--arrived", "2025-04-12T09:00:00+08:00")

    assert run.code == 0
    d003 = run.findings("D003")
    assert set(d003) == {scan}
    assert d003[scan]["severity"] == "warning"
    assert "盖章扫描件" in d003[scan]["message"] and "2025-04-12" in d003[scan]["message"]
    assert "补交" in d003[scan]["hint"]
    assert run.findings("D008") == {}


def test_a_nomination_after_the_deadline_stays_an_error_beside_its_scan(alliance: Alliance, honors: Any) -> None:
    alliance.repo.branch("late-with-scan")
    path = submit(alliance, "2025-04-12")
    scan = path.replace("/collective-a.yaml", "/stamped/collective-a.pdf")
    (alliance.repo.path / scan).parent.mkdir(parents=True)
    (alliance.repo.path / scan).write_bytes(pdf_bytes())
    alliance.repo.commit("Late nomination and its scan", "2025-04-12")

    run = check(honors, alliance, alliance.city(0).editors[0], "--arrived", "2025-04-12T09:00:00+08:00")

    assert run.code == 1
    d003 = run.findings("D003")
    assert (d003[path]["severity"], d003[scan]["severity"]) == ("error", "warning")
