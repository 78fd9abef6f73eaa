"""When a change reached the server: the moment rule D003 judges, on Beijing time.

Commit dates are written by whoever makes the commit (`git commit --date`, or simply a wrong
clock), so they prove nothing about when material was submitted. What the submitter cannot
set is the server's own record: the time of the event that started the check, or failing
that the time the check runs. In order:

1. an explicit moment: `--arrived` or HONORS_ARRIVED (other forges pass their server's time,
   e.g. GitLab's $CI_PIPELINE_CREATED_AT);
2. the Actions event payload (GitHub, Gitea, Forgejo): `pull_request.updated_at` of a pull
   request event, `repository.pushed_at` of a push — both stamped by the server;
3. now, the time the check runs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from generator.core.errors import UserError
from generator.pullrequest import cievent

# The alliance works on Beijing time (no daylight saving): 23:30 on the deadline day,
# wherever the submitter was, is still on time.
CHINA_TIME = timezone(timedelta(hours=8))
ARRIVED = "HONORS_ARRIVED"
EXAMPLE = "2025-04-08T23:30:00+08:00"


@dataclass(frozen=True)
class Arrival:
    """The day a change counts as submitted, and what that day was read from (for messages)."""

    day: date
    source: str


def parse_moment(text: str) -> datetime:
    """ISO 8601 (a missing offset means Beijing time; a bare date is that day) or Unix seconds."""
    raw = text.strip()
    try:
        if raw.isdigit():
            return datetime.fromtimestamp(int(raw), UTC)
        moment = datetime.fromisoformat(raw)
    except (ValueError, OverflowError, OSError):
        raise UserError(f"时间「{text}」的写法看不懂。",
                        f"请写成 {EXAMPLE} 的形式（不写时区按北京时间），或 Unix 秒数。") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=CHINA_TIME)


def china_day(moment: datetime) -> date:
    return moment.astimezone(CHINA_TIME).date()


def from_event(event: Mapping[str, object] | None) -> tuple[datetime, str] | None:
    """The server's time of the event that started this run, if the payload carries one."""
    if event is None:
        return None
    updated = cievent.dig(event, "pull_request", "updated_at")
    if isinstance(updated, str) and updated:
        return parse_moment(updated), "拉取请求最近一次更新的时间（平台服务器记录）"
    # `head_commit.timestamp` of a push is a commit date: never used. `pushed_at` is the server's.
    pushed = cievent.dig(event, "repository", "pushed_at")
    if isinstance(pushed, int | str) and str(pushed).strip():
        return parse_moment(str(pushed)), "推送到服务器的时间（平台服务器记录）"
    return None


def resolve(explicit: str | None = None, today: date | None = None,
            env: Mapping[str, str] | None = None, now: datetime | None = None) -> Arrival:
    """The arrival day of the change being checked (see the module's docstring for the order)."""
    env = os.environ if env is None else env
    if today is not None:
        return Arrival(today, "--today 指定的日期")
    if explicit:
        return Arrival(china_day(parse_moment(explicit)), "--arrived 指定的时间")
    if env.get(ARRIVED, "").strip():
        return Arrival(china_day(parse_moment(env[ARRIVED])), f"环境变量 {ARRIVED}")
    found = from_event(cievent.load_event(env))
    if found is not None:
        return Arrival(china_day(found[0]), found[1])
    return Arrival(china_day(now or datetime.now(UTC)), "检查运行的时间")


SEEN = "HONORS_SEEN"


def parse_seen(text: str) -> tuple[str, datetime]:
    """`提交号=时间`: a commit of the change and when the server first had it (e.g. when its
    check started), as the forge records it."""
    rev, sep, moment = text.partition("=")
    if not sep or not rev.strip() or rev.strip().startswith("-"):
        raise UserError(f"「{text}」的写法看不懂。",
                        f"请写成 提交号=时间，如 3f2c…={EXAMPLE}（时间是平台服务器记录的时间）。")
    return rev.strip(), parse_moment(moment)
