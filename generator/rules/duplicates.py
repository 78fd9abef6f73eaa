"""D001: the same person, or the same library for the same award, nominated twice.

「推荐的先进集体和先进个人要事迹突出…做到好中选优」: each is put forward once; reported on every file
involved, so the one a pull request adds shows it.
"""

from __future__ import annotations

from collections import defaultdict

from generator.core.findings import Result
from generator.load.records import Campaign, NominationRecord
from generator.models import CampaignConfig, Collective, Individual, ServiceCase, SpecialCollective
from generator.rules.context import at, norm


def identity(n: NominationRecord, cfg: CampaignConfig) -> tuple[str, ...]:
    """What makes two nominations the same one."""
    f = n.form
    if isinstance(f, Individual):
        return ("individual", norm(f.name), norm(f.unit))
    if isinstance(f, Collective):
        return ("collective", norm(f.unit))
    if isinstance(f, SpecialCollective):
        project = cfg.project(f.project)
        return ("special", norm(f.unit), norm(project.name if project else f.project))
    assert isinstance(f, ServiceCase)
    # Two libraries may both run 「流动图书车进乡村」: a case is its unit and its title.
    return ("case", norm(f.unit), norm(f.title))


WHAT = {"individual": "同一人（姓名和单位相同）", "collective": "同一单位的联盟工作先进集体",
        "special": "同一单位的同一专项", "case": "同一单位的同名案例"}
KEY = {"individual": "姓名", "collective": "单位", "special": "单位", "case": "案例名称"}


def check(campaign: Campaign, result: Result) -> None:
    groups: dict[tuple[str, ...], list[NominationRecord]] = defaultdict(list)
    for n in campaign.nominations:
        groups[identity(n, campaign.config)].append(n)
    for key, items in groups.items():
        if len(items) < 2:
            continue
        for n in items:
            others = "、".join(o.path for o in items if o is not n)
            result.add(at(
                n, (KEY[key[0]],), "D001", f"重复推荐：{WHAT[key[0]]}也在 {others} 中推荐。",
                "同一对象每年只推荐一次：请与另一推荐单位协商，只保留其中一个文件。",
            ))
