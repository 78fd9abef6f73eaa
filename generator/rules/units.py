"""Is the nominated unit where it must be: in the nominating city, or in the alliance? (E001, E005, E009)

「各委员馆负责组织本市辖区奖项的申报、推荐及初评工作」: a city's file speaks for its own libraries;
a working group's or the office's file for any alliance library (and, for people, working groups).
"""

from __future__ import annotations

import re

from generator.core.findings import Result
from generator.load.records import NominationRecord
from generator.models.names import norm
from generator.rules.context import Libraries, at

SEPARATORS = re.compile(r"[、，,／/；;\s]+")
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
    if several(n, unit, libs, result):
        return False
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
    if several(n, unit, libs, result):
        return False
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


def several(n: NominationRecord, unit: str, libs: Libraries, result: Result) -> bool:
    """E015 when 「单位」 names several registered units (joint work written in one field): the
    message says so, never a false 「联盟名录中没有这个单位」."""
    parts = [p for p in SEPARATORS.split(unit) if p]
    if len(parts) < 2 or any(norm(p) not in libs.units for p in parts):
        return False
    shown = "、".join(f"「{p}」" for p in parts)
    hint = (
        f"「单位」只写主办案例的一个单位，例如「单位: {parts[0]}」；其他单位写进「合作单位」列表，每项一行、以「- 」开头。"
        if n.award == "case"
        else "每份推荐表只推荐一个单位（奖牌颁给一个馆）：请只保留一个全称，其他单位各自另填推荐表。"
    )
    result.add(at(n, ("单位",), "E015", f"「单位」里写了 {len(parts)} 个单位：{shown}。", hint))
    return True


def partners(n: NominationRecord, names: list[str], unit: str, libs: Libraries, result: Result) -> None:
    """E001 for each 「合作单位」 of a joint case that is not an alliance library or working group,
    named in its own finding on its own line."""
    for i, partner in enumerate(names):
        if norm(partner) in libs.units:
            continue
        parts = [p for p in SEPARATORS.split(partner) if p]
        if len(parts) > 1 and all(norm(p) in libs.units for p in parts):
            result.add(at(
                n, ("合作单位", i), "E015",
                f"「合作单位」的一项里写了 {len(parts)} 个单位：" + "、".join(f"「{p}」" for p in parts)
                + "（列表里的中文逗号、顿号不分项）。",
                "每个合作单位一行、以「- 」开头；写在方括号里时用英文逗号隔开。",
            ))
            continue
        result.add(at(
            n, ("合作单位", i), "E001",
            f"合作单位「{partner}」不是联盟图书馆或联盟工作组（联盟名录中没有这个单位）。",
            libs.suggest(partner, libs.units)
            or "请填写全称，与联盟名录一致；不是联盟成员的合作方请写在「案例正文」里。",
        ))
