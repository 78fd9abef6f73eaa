"""The words of the 拟表彰名单公示 that the site page and the office's notice (.docx) share.

「联盟办…召集联盟工作组会议审议，最终确定拟表彰名单」: the list is published for a period in which
anyone may object; the period and the contact come from the campaign config (公示), the list
from decisions.yaml. One text, so the page and the printed notice cannot say different things.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
        f"联盟工作组会议{decided}审议，确定{config.year}年度联盟工作先进集体、联盟专项工作先进集体、"
        "联盟工作先进个人和联盟优秀服务案例拟表彰名单，现予公示。"
    )
    pub = config.publicity
    if pub is None:
        return PublicityText(title, intro, None, [], DEFAULT_PROCEDURE)
    period = f"公示期：{_day(pub.start)}至{_day(pub.end)}。"
    objection = [f"联系人：{pub.contact}", f"电话：{pub.phone}"]
    if pub.email:
        objection.append(f"电子邮箱：{pub.email}")
    return PublicityText(title, intro, period, objection, pub.note or DEFAULT_PROCEDURE)


def _day(day: date) -> str:
    """2025年5月21日 (official documents write dates in full, without leading zeros)."""
    return f"{day.year}年{day.month}月{day.day}日"
