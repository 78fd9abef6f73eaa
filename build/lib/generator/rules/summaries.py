"""The form 1-3 header of each city: present when the city nominates, naming its committee library."""

from __future__ import annotations

from generator.findings import Finding, Result
from generator.models import Registry
from generator.records import Campaign
from generator.rules.context import by_code, norm


def check(registry: Registry, campaign: Campaign, result: Result) -> None:
    nominating = sorted({n.source.code for n in campaign.nominations if n.source.kind == "city"})
    for code in nominating:
        if code not in campaign.summary_paths:
            result.add(Finding(
                f"{campaign.folder}/cities/{code}", None, None, "S005", "error",
                "本市已有推荐材料，但缺少《推荐对象汇总表》表头文件 summary.yaml。",
                f"请运行 honors new 汇总表 --city {code}，或在本市文件夹新建 summary.yaml，"
                "填写推荐单位、经办人、电话和填报日期。",
            ))
    cities = by_code(registry.cities)
    for code, summary in campaign.summaries.items():
        city = cities.get(code)
        if city is None or norm(summary.committee_library) == norm(city.committee_library):
            continue
        doc = campaign.summary_docs.get(code)
        line, col = doc.where(("推荐单位",)) if doc is not None else (None, None)
        result.add(Finding(
            campaign.summary_paths[code], line, col, "S003", "error",
            f"「推荐单位」应为本市委员馆「{city.committee_library}」，而不是「{summary.committee_library}」。",
            f"请改为「推荐单位: {city.committee_library}」。",
        ))
