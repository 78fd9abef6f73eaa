"""Quotas: Q001/Q002 per committee library, Q003–Q005 on what the decisions select."""

from __future__ import annotations

from collections import defaultdict

from generator.core.findings import Finding, Result
from generator.load.records import Campaign, NominationRecord
from generator.models import Collective, Individual, Registry, SpecialCollective
from generator.models.names import norm
from generator.rules.context import at, by_code
from generator.rules.liaisons import is_liaison


def takes_city_place(n: NominationRecord, registry: Registry) -> bool:
    """A city nomination that uses one of the city's places.

    「每个委员馆可推荐1个先进集体（不包括委员馆自身…）、2名先进个人（各委员馆联盟工作联络人不占此
    名额…）」: liaisons take none, and neither does a file refused for its channel (the committee
    library itself, another city's library): it has its own finding, one cause, one finding.
    """
    if n.source.kind != "city" or n.award not in ("collective", "individual"):
        return False
    if is_liaison(n, registry):
        return False
    city = registry.city(n.source.code)
    assert city is not None  # a folder of a city the registry lacks is refused when loading (F005)
    assert isinstance(n.form, (Collective, Individual))
    unit = norm(n.form.unit)
    members = {norm(name) for m in city.members for name in m.names}  # former names too (曾用名)
    own = members if n.award == "collective" else members | {norm(name) for name in city.committee_names}
    return unit in own


def city_quota_usage(
    campaign: Campaign, registry: Registry
) -> dict[str, dict[str, list[NominationRecord]]]:
    """city code -> award type -> the nominations that use its quota, in file order."""
    usage: dict[str, dict[str, list[NominationRecord]]] = defaultdict(lambda: defaultdict(list))
    for n in campaign.nominations:
        if takes_city_place(n, registry):
            usage[n.source.code][n.award].append(n)
    return usage


def check(registry: Registry, campaign: Campaign, result: Result) -> None:
    q = campaign.config.quotas
    limits = {
        "collective": ("Q001", q.collective_per_city, "个", "先进集体", "（不包括委员馆自身）",
                       "请只保留 {limit} 份先进集体推荐，删除其余文件；委员馆自身由联盟办和工作组推选，不占本市名额。"),
        "individual": ("Q002", q.individual_per_city, "名", "先进个人", "（各委员馆联络人不占名额）",
                       "请只保留 {limit} 份，删除其余文件；若其中有本市联络人，请在其文件中填写「是否联络人: 是」。"),
    }
    cities = by_code(registry.cities)
    for code, by_award in sorted(city_quota_usage(campaign, registry).items()):
        city_name = cities[code].committee_library
        for award, items in sorted(by_award.items()):
            rule, limit, measure, what, note, hint = limits[award]
            if len(items) <= limit:
                continue
            names = "、".join(f"{n.slug}.yaml" for n in items)
            # One finding on every file involved: the one a pull request adds is among them.
            for n in items:
                result.add(at(
                    n, ("推荐奖项",), rule,
                    f"{city_name}推荐了{what} {len(items)} {measure}，超过名额 {limit} {measure}{note}：{names}。",
                    hint.format(limit=limit),
                ))
    _decision_caps(registry, campaign, result)


def _decision_caps(registry: Registry, campaign: Campaign, result: Result) -> None:
    """「由此方式评选出的联盟先进集体不超过15个，联盟工作先进个人不超过32名」: what is selected, every
    channel counted, liaisons' separate commendation apart. 「各专项奖的设立及名额，根据当年工作开展
    情况确定」: a special project's quota is checked once the office has set it."""
    if campaign.decisions is None:  # (its file, when it loaded, is campaign.decisions_doc)
        return
    cfg = campaign.config
    selected, per_project = _selected(registry, campaign)
    caps = {"collective": ("Q003", cfg.quotas.collective_cap, "个", "联盟工作先进集体"),
            "individual": ("Q004", cfg.quotas.individual_cap, "名", "联盟工作先进个人")}
    for award_type, (rule, cap, measure, what) in caps.items():
        items = selected.get(award_type, [])
        if len(items) > cap:
            _over(campaign, items[cap], rule,
                  f"表彰名单评出{what} {len(items)} {measure}（城市、联盟办、工作组推荐合计），"
                  f"超过方案规定的上限 {cap} {measure}。",
                  f"请把{what}减到 {cap} {measure}以内（从这一项起超出）；联络人另行表彰，不计在内。", result)
    quotas = {p.name: p.quota for p in cfg.special_projects}
    for project, items in sorted(per_project.items()):
        project_cap = quotas.get(project)
        if project_cap is not None and len(items) > project_cap:
            _over(campaign, items[project_cap], "Q005",
                  f"专项「{project}」评出 {len(items)} 个先进集体，超过本年度名额 {project_cap} 个。",
                  "请减少该专项的表彰数量，或由联盟办在评选方案中调整名额（也可写「名额: 待定」后再定）。",
                  result)


def _selected(registry: Registry, campaign: Campaign) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """The passed entries' indexes: per award kind the caps count (liaisons apart), per project."""
    assert campaign.decisions is not None
    cfg = campaign.config
    selected: dict[str, list[int]] = defaultdict(list)
    per_project: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(campaign.decisions.entries):
        n = campaign.by_rel(entry.nomination)
        award = cfg.award_by_name(entry.award)
        if n is None or award is None or award.type != n.award:
            continue  # D002 reports these
        if not entry.passed:
            continue  # 「评选出的」: an entry the meeting did not pass is not selected
        if n.award in ("collective", "individual") and not is_liaison(n, registry):
            selected[n.award].append(i)
        if isinstance(n.form, SpecialCollective) and (known := cfg.project(n.form.project)):
            per_project[known.name].append(i)
    return selected, per_project


def _over(campaign: Campaign, index: int, rule: str, message: str, hint: str, result: Result) -> None:
    assert campaign.decisions_path is not None and campaign.decisions_doc is not None  # set with the decisions it locates
    line, col = campaign.decisions_doc.where(("表彰名单", index))
    result.add(Finding(campaign.decisions_path, line, col, rule, "error", message, hint))
