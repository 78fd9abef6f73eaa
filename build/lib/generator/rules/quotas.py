"""Quota rules: Q001/Q002 per committee library, Q003–Q005 on the decisions."""

from __future__ import annotations

from collections import defaultdict

from generator.findings import Finding, Result
from generator.models import Individual, Registry, SpecialCollective
from generator.records import Campaign, NominationRecord
from generator.rules.context import at, by_code


def counts_toward_quota(n: NominationRecord) -> bool:
    """City nominations that take a place of the city's quota (liaisons do not)."""
    if n.source.kind != "city":
        return False
    return not (isinstance(n.form, Individual) and n.form.is_liaison)


def city_quota_usage(campaign: Campaign) -> dict[str, dict[str, list[NominationRecord]]]:
    """city code -> award type -> the nominations that use its quota, in file order."""
    usage: dict[str, dict[str, list[NominationRecord]]] = defaultdict(lambda: defaultdict(list))
    for n in campaign.nominations:
        if counts_toward_quota(n) and n.award in ("collective", "individual"):
            usage[n.source.code][n.award].append(n)
    return usage


def check(registry: Registry, campaign: Campaign, result: Result) -> None:
    q = campaign.config.quotas
    limits = {"collective": ("Q001", q.collective_per_city, "个先进集体"),
              "individual": ("Q002", q.individual_per_city, "名先进个人")}
    cities = by_code(registry.cities)
    for code, by_award in sorted(city_quota_usage(campaign).items()):
        city = cities.get(code)
        city_name = city.committee_library if city else code
        for award, items in sorted(by_award.items()):
            rule, limit, unit = limits[award]
            if len(items) <= limit:
                continue
            names = "、".join(n.rel.rsplit("/", 1)[-1] for n in items)
            extra = "（各委员馆联络人不占名额）" if award == "individual" else "（不包括委员馆自身）"
            result.add(at(
                items[-1], ("推荐奖项",), rule,
                f"{city_name}推荐了 {len(items)}{unit}，超过名额 {limit}{unit}{extra}：{names}。",
                f"请只保留 {limit} 份，删除其余文件；若其中有本馆联络人，请在其文件中填写「是否联络人: 是」。",
            ))
    _decision_caps(campaign, result)


def _decision_caps(campaign: Campaign, result: Result) -> None:
    decisions, doc = campaign.decisions, campaign.decisions_doc
    if decisions is None or doc is None:
        return
    q = campaign.config.quotas
    seen: dict[str, list[int]] = defaultdict(list)
    per_project: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(decisions.entries):
        n = campaign.by_rel(entry.nomination)
        award = campaign.config.award_by_name(entry.award)
        if n is None or award is None or award.type != n.award:
            continue  # D002 reports these
        if counts_toward_quota(n):
            seen[n.award].append(i)
        if isinstance(n.form, SpecialCollective):
            per_project[n.form.project].append(i)
    caps = {"collective": ("Q003", q.collective_cap, "个先进集体"),
            "individual": ("Q004", q.individual_cap, "名先进个人")}
    for award_type, (rule, cap, unit) in caps.items():
        items = seen.get(award_type, [])
        if len(items) > cap:
            line, col = doc.where(("表彰名单", items[cap]))
            result.add(Finding(
                campaign.decisions_path or "", line, col, rule, "error",
                f"由城市推荐评出 {len(items)}{unit}，超过方案规定的上限 {cap}{unit}。",
                f"请把由城市推荐选出的{unit[1:]}减到 {cap} 以内（从这一项起超出）。",
            ))
    quotas = {p.name: p.quota for p in campaign.config.special_projects}
    for project, items in sorted(per_project.items()):
        project_cap = quotas.get(project)
        if project_cap is not None and len(items) > project_cap:
            line, col = doc.where(("表彰名单", items[project_cap]))
            result.add(Finding(
                campaign.decisions_path or "", line, col, "Q005", "error",
                f"专项「{project}」评出 {len(items)} 个先进集体，超过本年度名额 {project_cap} 个。",
                "请减少该专项的表彰数量，或由联盟办在评选方案中调整名额。",
            ))
