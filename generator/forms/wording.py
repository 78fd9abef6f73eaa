"""The words of the after-decision documents: the config's templates filled from the decisions.

The templates were checked when the config was loaded (generator/models/office_documents.py): they
name only the values given here, so filling them cannot fail on a typo.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date

from generator.forms.honorlist import MEASURE, HonorGroup
from generator.forms.roll import Honor
from generator.forms.text import clean, cn_date, enumerate_cn
from generator.models import CampaignConfig, Decisions, Registry
from generator.models.awards import AWARD_ORDER, award

CN_DIGITS = "〇一二三四五六七八九"
# 「…对评选出的先进个人授予“联盟工作先进个人”称号，并颁发证书」: who receives what.
WHO = {"collective": "单位", "special": "单位", "individual": "同志", "case": "案例",
       "liaison": "委员馆联盟工作联络人"}


def fill(template: str, values: Mapping[str, object]) -> str:
    """The template with each 「{名称}」 replaced; 「{{」 and 「}}」 print one brace. Characters Word
    cannot store are dropped."""
    return clean(string.Formatter().vformat(template, (), {k: str(v) for k, v in values.items()}))


def lines(text: str) -> list[str]:
    """A filled template's paragraphs: one per line, blank lines dropped."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def _cn_number(n: int) -> str:
    """1..31 in words, as dates on certificates and plaques write them: 二十八."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return (CN_DIGITS[tens] if tens > 1 else "") + "十" + (CN_DIGITS[ones] if ones else "")


def cn_numeral_date(day: date, *, with_day: bool = True) -> str:
    """2024-05-28 -> 二〇二四年五月二十八日 (certificates and plaques)."""
    year = "".join(CN_DIGITS[int(d)] for d in str(day.year))
    text = f"{year}年{_cn_number(day.month)}月"
    return text + (f"{_cn_number(day.day)}日" if with_day else "")


def issuer(config: CampaignConfig, registry: Registry) -> str:
    """The decision's 发文机关: the config's word, else the alliance's 工作委员会."""
    return config.decision_document.issuer or f"{registry.alliance}工作委员会"


def masthead(config: CampaignConfig, registry: Registry) -> str:
    return config.decision_document.masthead or f"{registry.alliance}文件"


def signed_on(config: CampaignConfig, decisions: Decisions) -> date:
    return config.decision_document.signed_on or decisions.decided_on


def issued_on(config: CampaignConfig, decisions: Decisions) -> date:
    """The date on certificates and plaques: the config's, else the decision's."""
    return config.certificates.issued_on or signed_on(config, decisions)


def _first_and_count(group: HonorGroup) -> str:
    """「西安市灞水区图书馆等13个单位」, 「王岚同志」, 「“秦岭四季”等9个案例」."""
    first = group.honors[0].name
    if group.kind == "case":
        first = f"“{first}”"
    n = len(group.honors)
    who = WHO[group.kind]
    if n == 1:
        return first + ("同志" if group.kind == "individual" else "")
    return f"{first}等{n}{MEASURE[group.kind]}{who}"


def grants(groups: list[HonorGroup]) -> str:
    """{表彰事项}: what the committee grants, by award, in the notice's own words."""
    plaques, rest = [], []
    for group in groups:
        who = _first_and_count(group)
        if group.kind in ("collective", "special"):
            plaques.append(f"授予{who}“{group.award}”称号")
        elif group.kind == "individual":
            liaisons = sum(1 for h in group.honors if h.kind == "liaison")
            among = f"（含委员馆联盟工作联络人{liaisons}名）" if liaisons else ""
            rest.append(f"授予{who}{among}“{group.award}”称号，颁发证书")
        elif group.kind == "case":
            rest.append(f"评选{who}为“{group.award}”，颁发证书")
        else:
            rest.append(f"对{who}予以表彰，颁发证书")
    parts = (["，".join(plaques) + "，颁发奖牌"] if plaques else []) + rest
    return "；".join(parts) + "。" if parts else ""


def honoured(kinds: set[str]) -> str:
    """{表彰对象}: 「先进集体、先进个人和优秀服务案例」, only the kinds the decision commends (a
    special collective is a 先进集体, a liaison's commendation is among 先进个人)."""
    kinds = {"collective" if k == "special" else "individual" if k == "liaison" else k for k in kinds}
    return enumerate_cn([award(k).label for k in AWARD_ORDER if k in kinds])


def decision_values(config: CampaignConfig, registry: Registry, decisions: Decisions,
                    groups: list[HonorGroup], honors: list[Honor]) -> dict[str, object]:
    """Every value a decision template may name (see DECISION_FIELDS)."""
    def count(kind: str) -> int:
        return sum(1 for h in honors if h.kind == kind)

    individuals = next((len(g.honors) for g in groups if g.kind == "individual"), 0)
    return {
        "年度": config.year, "评选名称": config.title, "联盟名称": registry.alliance,
        "发文机关": issuer(config, registry), "审定日期": cn_date(decisions.decided_on),
        "成文日期": cn_date(signed_on(config, decisions)),
        "专项工作": "、".join(p.name for p in config.special_projects),
        "表彰事项": grants(groups), "先进集体数": count("collective"),
        "专项先进集体数": count("special"), "先进个人数": individuals,
        "优秀案例数": count("case"), "联络人数": count("liaison"),
        "表彰对象": honoured({h.kind for h in honors}),
    }


def certificate_values(config: CampaignConfig, registry: Registry, honor: Honor,
                       title: str) -> dict[str, object]:
    """Every value a certificate template may name (see CERTIFICATE_FIELDS)."""
    return {
        "年度": config.year, "联盟名称": registry.alliance,
        "姓名": honor.name if honor.kind in ("individual", "liaison") else "",
        "单位": honor.unit, "城市": honor.city, "称号": title,
        "案例名称": honor.name if honor.kind == "case" else "",
    }


def plaque_values(config: CampaignConfig, registry: Registry, honor: Honor, unit: str,
                  signer: str, day: date) -> dict[str, object]:
    """Every value a plaque template may name (see PLAQUE_FIELDS)."""
    return {
        "年度": config.year, "联盟名称": registry.alliance, "单位": unit, "城市": honor.city,
        "称号": honor.award, "专项工作": honor.project, "落款": signer, "日期": cn_date(day),
        "中文日期": cn_numeral_date(day, with_day=False),
    }
