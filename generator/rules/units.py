"""Is the nominated unit where it must be: in the nominating city, or in the alliance? (E001, E005, E009)

「各委员馆负责组织本市辖区奖项的申报、推荐及初评工作」: a city's file speaks for its own libraries;
a working group's or the office's file for any alliance library (and, for people, working groups).
"""

from __future__ import annotations

from generator.core.findings import Result
from generator.load.records import NominationRecord
from generator.models.names import norm
from generator.rules.context import Libraries, at

JOIN_HINT = "请核对后改为 {known}；若名录有误，请联系联盟办更正名录。"


def elsewhere(unit: str, libs: Libraries) -> str:
    """Why a unit (not the nominating city's) is not: the city it belongs to, or the registry lacks it."""
    other = libs.city_of(unit)
    if other:
        committee = libs.shown[libs.committee[other]]
        return f"它是{libs.city_name(other)}的图书馆，应由{committee}推荐。"
    if norm(unit) in libs.units:
        return "它不属于任何一市的委员馆，应由联盟办或工作组推荐。"
    return "联盟名录中没有这个单位。"


def in_city(n: NominationRecord, unit: str, libs: Libraries, code: str, result: Result) -> bool:
    """E001/E005 unless unit is the city's committee library or one of its members."""
    city_libs = libs.by_city[n.source.code]
    if norm(unit) in city_libs:
        return True
    result.add(at(
        n, ("单位",), code,
        f"「{unit}」不是{libs.city_name(n.source.code)}的联盟图书馆：{elsewhere(unit, libs)}",
        libs.suggest(unit, city_libs)
        or "请填写本市联盟图书馆的全称（与联盟名录一致）；新加盟的馆请联系联盟办先登记。",
    ))
    return False


def in_alliance(n: NominationRecord, unit: str, pool: set[str], libs: Libraries, code: str,
                what: str, result: Result) -> bool:
    """E001/E005 unless unit is in pool (the alliance's libraries, maybe with working groups)."""
    if norm(unit) in pool:
        return True
    result.add(at(
        n, ("单位",), code, f"「{unit}」不是{what}（联盟名录中没有这个单位）。",
        libs.suggest(unit, pool) or "请填写全称，与联盟名录一致；新加盟的馆请联系联盟办先登记。",
    ))
    return False


def joined_matches(n: NominationRecord, joined: str, unit: str, libs: Libraries, result: Result) -> None:
    """E009 (warning): 加盟时间 differs from the registry's, compared as far as both are precise."""
    known = libs.joined[norm(unit)]  # callers checked the unit is a registered library
    common = min(len(known), len(joined))
    if joined[:common] != known[:common]:
        result.add(at(
            n, ("加盟时间",), "E009", f"「加盟时间」{joined} 与联盟名录登记的 {known} 不一致。",
            JOIN_HINT.format(known=known), "warning",
        ))
