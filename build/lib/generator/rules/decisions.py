"""D002: every decision refers to an existing nomination of the same award."""

from __future__ import annotations

import difflib

from generator.findings import Finding, Result
from generator.models import Registry
from generator.records import Campaign
from generator.rules.context import by_code, norm


def check(registry: Registry, campaign: Campaign, result: Result) -> None:
    decisions, doc, path = campaign.decisions, campaign.decisions_doc, campaign.decisions_path
    if decisions is None or doc is None or path is None:
        return
    rels = [n.rel for n in campaign.nominations]
    seen: set[str] = set()

    def add(loc: tuple[str | int, ...], message: str, hint: str) -> None:
        line, col = doc.where(loc)
        result.add(Finding(path, line, col, "D002", "error", message, hint))

    for i, entry in enumerate(decisions.entries):
        award = campaign.config.award_by_name(entry.award)
        if award is None:
            add(("表彰名单", i, "奖项"), f"「{entry.award}」不是本年度的奖项。",
                "可选：" + "、".join(a.name for a in campaign.config.awards) + "。")
            continue
        n = campaign.by_rel(entry.nomination)
        if n is None:
            near = difflib.get_close_matches(entry.nomination, rels, n=1, cutoff=0.6)
            add(("表彰名单", i, "推荐材料"), f"找不到推荐材料「{entry.nomination}」。",
                f"是否想写「{near[0]}」？" if near else "路径相对于年度文件夹，例如 cities/xian/individual-wang-lan.yaml。")
            continue
        if n.award != award.type:
            actual = campaign.config.award_by_type(n.award)
            add(("表彰名单", i, "奖项"),
                f"「{entry.nomination}」推荐的是「{actual.name if actual else n.award}」，不是「{entry.award}」。",
                "请改正奖项名称，或核对推荐材料路径。")
        if entry.nomination in seen:
            add(("表彰名单", i, "推荐材料"), f"「{entry.nomination}」在表彰名单中出现了两次。", "请删除重复的一项。")
        seen.add(entry.nomination)
    cities = by_code(registry.cities)
    for i, honor in enumerate(decisions.liaisons):
        city = cities.get(honor.city)
        if city is None:
            add(("联络人表彰", i, "城市"), f"联盟名录中没有城市代码「{honor.city}」。",
                "城市代码见联盟名录，例如 xian。")
        elif city.liaison is None or norm(city.liaison.name) != norm(honor.name):
            registered = city.liaison.name if city.liaison else "（未登记）"
            add(("联络人表彰", i, "姓名"),
                f"{city.name}登记的联络人是「{registered}」，不是「{honor.name}」。",
                "请与联盟名录核对联络人姓名。")
