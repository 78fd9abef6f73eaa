"""The words of the 拟表彰名单公示 that the site page and the office's notice (.docx) share.

「联盟办…召集联盟工作组会议审议，最终确定拟表彰名单」: the list is published for a period in which
anyone may object; the period and the contact come from the campaign config (公示), the list
from decisions.yaml. One text, so the page and the printed notice cannot say different things.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from generator.core.workdays import OutsideCalendar, is_workday
from generator.forms.text import enumerate_cn
from generator.models import CampaignConfig, Decisions

DEFAULT_PROCEDURE = (
    "对公示对象有异议的，请在公示期内以书面形式实名提出，写明本人姓名、工作单位和联系方式，"
    "并提供必要的事实依据；匿名或超出公示期的异议不予受理。联盟办将对异议进行核实，"
    "并在公示期满后将核实情况报联盟工作委员会。公示期满无异议或异议经核实不影响表彰的，"
    "由联盟工作委员会发文正式表彰。"
)


@dataclass(frozen=True)
class PublicityText:
    """The fixed paragraphs of the 公示; the list itself is rendered by each output."""

    title: str
    intro: str
    period: str | None  # None while the config has no 公示 block
    objection: list[str]  # contact lines: 联系人, 电话, 邮箱
    procedure: str


def publicity_text(config: CampaignConfig, decisions: Decisions | None, issuer: str) -> PublicityText:
    """The 公示's paragraphs for the year; issuer is the office's name (from the registry)."""
    title = f"{config.year}年度联盟工作先进评选拟表彰名单公示"
    decided = f"于{_day(decisions.decided_on)}" if decisions is not None else ""
    intro = (
        f"根据《{config.title}方案》，经各委员馆、联盟各工作组推荐，{issuer}汇总整理，"
        f"联盟工作组会议{decided}审议，确定{config.year}年度{listed_awards(config, decisions)}拟表彰名单，现予公示。"
    )
    pub = config.publicity
    if pub is None:
        return PublicityText(title, intro, None, [], DEFAULT_PROCEDURE)
    period = f"公示期：{_day(pub.start)}至{_day(pub.end)}。"
    objection = [f"联系人：{pub.contact}", f"电话：{pub.phone}"]
    if pub.email:
        objection.append(f"电子邮箱：{pub.email}")
    return PublicityText(title, intro, period, objection, pub.note or DEFAULT_PROCEDURE)


def listed_awards(config: CampaignConfig, decisions: Decisions | None) -> str:
    """The awards the list has entries of, in the scheme's order (a liaison's commendation among
    the individuals'): 「联盟工作先进集体和联盟优秀服务案例」; every award while there is no list."""
    names = [a.name for a in config.awards]
    if decisions is not None:
        listed = {e.award for e in decisions.passed()}
        individual = config.award_by_type("individual")
        if decisions.passed_liaisons() and individual is not None:
            listed.add(individual.name)
        names = [n for n in names if n in listed] or names
    return enumerate_cn(names)


def _day(day: date) -> str:
    """2025年5月21日 (official documents write dates in full, without leading zeros)."""
    return f"{day.year}年{day.month}月{day.day}日"


@dataclass(frozen=True)
class PublicityDays:
    """The 公示 period's working days, for the site's 公示中 / 公示结束 state (worked out in the
    reader's browser from today's date, so the page itself never depends on the build's clock)."""

    workdays: list[date]  # empty when the calendar lacks the period's year
    missing_year: str | None  # why the working days could not be counted


def publicity_days(config: CampaignConfig) -> PublicityDays | None:
    """The working days from the 公示's start to its end, both counted (None without a 公示)."""
    pub = config.publicity
    if pub is None:
        return None
    days, day = [], pub.start
    try:
        while day <= pub.end:
            if is_workday(day):
                days.append(day)
            day += timedelta(days=1)
    except OutsideCalendar as error:
        return PublicityDays([], str(error))
    return PublicityDays(days, None)


@dataclass(frozen=True)
class ChangeLine:
    """One public line of the roll's changelog (no objector, no private finding)."""

    on: date
    event: str
    detail: str


def roll_changes(config: CampaignConfig, decisions: Decisions | None, label: Callable[[str], str],
                 final_on: date | None) -> list[ChangeLine]:
    """拟表彰 decided, 公示 period, each recorded change, and 表彰 — in date order.
    label turns a nomination's path into its public name."""
    if decisions is None:
        return []
    lines = [ChangeLine(decisions.decided_on, "拟表彰名单审定",
                        f"联盟工作组会议审议，拟表彰 {len(decisions.entries)} 项（不含联络人）")]
    pub = config.publicity
    if pub is not None:
        lines.append(ChangeLine(pub.start, "公示", f"公示期{_day(pub.start)}至{_day(pub.end)}"))
    for change in decisions.changes:
        note = f"：{change.note}" if change.note else ""
        lines.append(ChangeLine(change.on, change.change, f"{label(change.nomination)}{note}"))
    if decisions.status == "已表彰" and final_on is not None:
        number = f"（{decisions.document}）" if decisions.document else ""
        lines.append(ChangeLine(final_on, "正式表彰", f"联盟工作委员会发文表彰{number}"))
    return sorted(lines, key=lambda line: line.on)
