"""The honor roll by award, as the 公示 notice and the decision's attachment list it."""

from __future__ import annotations

from dataclasses import dataclass

from generator.forms.roll import LIAISON_AWARD, LISTED_WITH_INDIVIDUALS, Honor
from generator.models import CampaignConfig

AWARD_ORDER = ("collective", "special", "individual", "case")
# How each list counts: 「授予…等15个单位」「…等32名同志」.
MEASURE = {"collective": "个", "special": "个", "individual": "名", "case": "个", "liaison": "名"}
CN_ORDINALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class HonorGroup:
    kind: str  # collective | special | individual | case | liaison
    award: str
    honors: list[Honor]

    @property
    def heading(self) -> str:
        """「联盟工作先进集体（13个）」"""
        return f"{self.award}（{len(self.honors)}{MEASURE[self.kind]}）"


def _award_name(config: CampaignConfig, kind: str, honors: list[Honor]) -> str:
    award = config.award_by_type(kind)
    if award is not None:
        return award.name
    return honors[0].award if honors else kind


def honor_groups(config: CampaignConfig, honors: list[Honor]) -> list[HonorGroup]:
    """Non-empty lists in the scheme's award order; special collectives by project, in the
    config's order; liaisons at the end of the 先进个人 or as a list of their own."""
    together = config.liaison_listing == LISTED_WITH_INDIVIDUALS
    kinds = [a.type for a in config.awards] + [k for k in AWARD_ORDER if not config.award_by_type(k)]
    groups = []
    for kind in dict.fromkeys(kinds):
        members = [h for h in honors if h.kind == kind]
        if kind == "special":
            order = {p.name: i for i, p in enumerate(config.special_projects)}
            members.sort(key=lambda h: order.get(h.project, len(order)))
        if kind == "individual" and together:
            members += [h for h in honors if h.kind == "liaison"]
        if members:
            groups.append(HonorGroup(kind, _award_name(config, kind, members), members))
    liaisons = [h for h in honors if h.kind == "liaison"]
    if liaisons and not together:
        groups.append(HonorGroup("liaison", LIAISON_AWARD, liaisons))
    return groups


def ordinal(index: int) -> str:
    """1 -> 一 … 10 -> 十 (an official document's first-level numbering)."""
    if index <= 10:
        return CN_ORDINALS[index - 1]
    tens, ones = divmod(index, 10)
    return (CN_ORDINALS[tens - 1] if tens > 1 else "") + "十" + (CN_ORDINALS[ones - 1] if ones else "")
