"""Eligibility: which folder may nominate for which award, then each award's own rules."""

from __future__ import annotations

from generator.core.findings import Result
from generator.load.records import Campaign, NominationRecord
from generator.models import Collective, Individual, Registry, ServiceCase, SpecialCollective
from generator.rules import cases, collectives, individuals, specials
from generator.rules.context import Libraries, at

# 「附件1-1至1-3为委员馆推荐填写，附件1-4为联盟工作组推荐填写」: special-project collectives come
# from working groups only; everything else from cities, groups and the office.
SOURCE_AWARDS = {
    "city": {"collective", "individual", "case"},
    "group": {"collective", "special", "individual", "case"},
    "office": {"collective", "individual", "case"},
}


def allowed_source(n: NominationRecord) -> bool:
    return n.award in SOURCE_AWARDS[n.source.kind]


def check(registry: Registry, campaign: Campaign, result: Result) -> None:
    libs = Libraries.of(registry)
    cfg = campaign.config
    for n in campaign.nominations:
        if not allowed_source(n):
            result.add(at(
                n, ("推荐奖项",), "E007",
                "联盟专项工作先进集体由各工作组推荐（附件1-4为联盟工作组推荐填写），"
                "不能从城市或联盟办文件夹提交。",
                "请把此文件交给负责该专项的工作组，放到 groups/<工作组代码>/ 下。",
            ))
            continue
        form = n.form
        if isinstance(form, Collective):
            collectives.check(n, form, cfg, libs, result)
        elif isinstance(form, SpecialCollective):
            specials.check(n, form, cfg, libs, result)
        elif isinstance(form, Individual):
            individuals.check(n, form, cfg, libs, result)
        else:
            assert isinstance(form, ServiceCase)
            cases.check(n, form, cfg, libs, result)
