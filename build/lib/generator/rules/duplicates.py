"""D001: the same person, or the same library for the same award, nominated twice."""

from __future__ import annotations

from generator.findings import Result
from generator.models import Collective, Individual, ServiceCase, SpecialCollective
from generator.records import Campaign, NominationRecord
from generator.rules.context import at, norm


def identity(n: NominationRecord) -> tuple[str, ...] | None:
    """What makes two nominations the same one."""
    f = n.form
    if isinstance(f, Individual):
        return ("individual", norm(f.name), norm(f.unit))
    if isinstance(f, Collective):
        return ("collective", norm(f.unit))
    if isinstance(f, SpecialCollective):
        return ("special", norm(f.unit), f.project)
    if isinstance(f, ServiceCase):
        return ("case", norm(f.title))
    return None


WHAT = {"individual": "同一人", "collective": "同一单位的先进集体", "special": "同一单位的同一专项",
        "case": "同名案例"}
KEY = {"individual": "姓名", "collective": "单位", "special": "单位", "case": "案例名称"}


def check(campaign: Campaign, result: Result) -> None:
    first: dict[tuple[str, ...], NominationRecord] = {}
    for n in campaign.nominations:
        key = identity(n)
        if key is None:
            continue
        if key in first:
            result.add(at(
                n, (KEY[key[0]],), "D001",
                f"重复推荐：{WHAT[key[0]]}已在 {first[key].path} 中推荐过。",
                "同一对象每年只能推荐一次：请删除其中一个文件，或与另一推荐单位协商。",
            ))
        else:
            first[key] = n
