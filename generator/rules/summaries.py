"""The form 1-3 header of each city: present when the city nominates, naming its committee library,
filled within the campaign's window (E017)."""

from __future__ import annotations

from generator.core.findings import Finding, Result
from generator.load.records import Campaign
from generator.models import CitySummary, Registry
from generator.rules.context import by_code, norm

# Form 1-3 lists 先进集体 and 先进个人 only: a city that puts forward only a case needs no header.
# 「委员馆确定本市拟推荐名单后，填写《推荐对象汇总表》及正式推荐意见…报送联盟办公室」
SUMMARISED = ("collective", "individual")


def check(registry: Registry, campaign: Campaign, result: Result) -> None:
    nominating = sorted({n.source.code for n in campaign.nominations
                         if n.source.kind == "city" and n.award in SUMMARISED})
    for code in nominating:
        if code not in campaign.summary_paths:
            result.add(Finding(
                f"{campaign.folder}/cities/{code}", None, None, "S005", "error",
                "本市已推荐先进集体或先进个人，但缺少《推荐对象汇总表》表头文件 summary.yaml。",
                f"请运行 honors new 汇总表 --city {code}，或在本市文件夹新建 summary.yaml，"
                "填写推荐单位、经办人、电话和填报日期。",
            ))
    cities = by_code(registry.cities)
    for code, summary in campaign.summaries.items():
        _filled_on(campaign, code, summary, result)
        city = cities.get(code)
        if city is None or norm(summary.committee_library) in {norm(name) for name in city.committee_names}:
            continue
        line, col = campaign.summary_docs[code].where(("推荐单位",))
        result.add(Finding(
            campaign.summary_paths[code], line, col, "S003", "error",
            f"「推荐单位」应为本市委员馆「{city.committee_library}」，而不是「{summary.committee_library}」。",
            f"请改为「推荐单位: {city.committee_library}」。",
        ))


def _filled_on(campaign: Campaign, code: str, summary: CitySummary, result: Result) -> None:
    """E017: 填报日期 before the notice or after the deadline. 「委员馆确定本市拟推荐名单后，填写《推荐对象
    汇总表》…于4月8日前报送联盟办公室」: a day outside is most likely a slip (last year's date, a typo),
    and the paper form prints it, so a warning."""
    config = campaign.config
    day = summary.filled_on
    if config.deadline <= config.period.end or config.deadline < (config.published_on or config.deadline):
        return  # the window itself is wrong: D014 says so once, not once per city
    if config.published_on is not None and day < config.published_on:
        problem = f"早于评选通知的发布日期 {config.published_on}：汇总表应在通知发布后填报"
    elif day > config.deadline:
        problem = f"晚于报送截止日期 {config.deadline}"
    else:
        return
    start = config.published_on or "通知发布日"
    doc = campaign.summary_docs[code]
    line, col = doc.where(("填报日期",))
    written = doc.data.get("填报日期", day)  # as the clerk wrote it: 2024年4月3日 stays so
    result.add(Finding(
        campaign.summary_paths[code], line, col, "E017", "warning",
        f"「填报日期」{written} {problem}。纸质汇总表会印出这个日期。",
        f"请核对填报日期，一般在 {start} 至 {config.deadline} 之间；若确是这一天，可保留，由联盟办核实。",
    ))
