"""The assessment period: 「评奖考核时限（数据统计区间）：2024年1月1日至2024年12月31日」.

E013: a library that joined the alliance after the period's end was no member that year;
E014: a 从事本工作时间 that ended before the period, or a collective's text naming only earlier
years, is probably last year's material (a warning: the office decides).
"""

from __future__ import annotations

from generator.core.findings import Result
from generator.load.records import Campaign, NominationRecord
from generator.models import Collective, Individual, Registry, SpecialCollective
from generator.rules.context import Libraries, at, norm
from generator.rules.workperiod import work_end, years_named


def check(registry: Registry, campaign: Campaign, result: Result) -> None:
    libs = Libraries.of(registry)
    for n in campaign.nominations:
        _member(n, libs, campaign, result)
        _earlier_work(n, campaign, result)


def _member(n: NominationRecord, libs: Libraries, campaign: Campaign, result: Result) -> None:
    """「参评范围：联盟委员馆、成员馆」 within the period: 加盟时间 (registry) after its end."""
    unit = str(getattr(n.form, "unit", ""))
    joined = libs.joined.get(norm(unit))
    end = campaign.config.period.end
    if joined is None or joined[:7] <= f"{end:%Y-%m}":
        return
    whose = "被推荐人所在的" if isinstance(n.form, Individual) else ""
    result.add(at(
        n, ("单位",), "E013",
        f"{whose}「{libs.shown[norm(unit)]}」按联盟名录于 {joined[:7]} 加盟，晚于考核时限"
        f"（{campaign.config.period.start}～{end}）：{end.year} 年度还不是联盟成员馆，不能参评。",
        "请核对单位；若联盟名录的加盟时间有误，请联系联盟办改正名录。",
    ))


def _earlier_work(n: NominationRecord, campaign: Campaign, result: Result) -> None:
    period = campaign.config.period
    f = n.form
    if isinstance(f, Individual):
        end = work_end(f.years_in_role)
        if end is not None and end < period.start:
            result.add(at(
                n, ("从事本工作时间",), "E014",
                f"「从事本工作时间」「{f.years_in_role}」在 {end.year}年{end.month}月 结束，早于考核时限"
                f"（{period.start}～{period.end}）。",
                f"先进个人按 {period.end.year} 年度的工作评选：请核对时间，仍在从事的请写「…至今」。",
                "warning",
            ))
    elif isinstance(f, (Collective, SpecialCollective)):
        years = years_named(f.achievements)
        if years and max(years) < period.start.year:
            named = "、".join(str(y) for y in sorted(set(years)))
            result.add(at(
                n, ("主要工作成绩",), "E014",
                f"「主要工作成绩」只写了 {named} 年的工作，没有考核时限（{period.start}～{period.end}）内的。",
                f"请写明 {period.end.year} 年度的工作和成绩；若是沿用往年的材料，请更新。",
                "warning",
            ))
