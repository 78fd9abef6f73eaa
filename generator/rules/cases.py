"""联盟优秀服务案例: theme, period, unit and lengths (E006, E008, E001, S003, E018)."""

from __future__ import annotations

from generator.core.findings import Result
from generator.load.records import NominationRecord
from generator.models import CampaignConfig, ServiceCase
from generator.models.names import norm
from generator.rules.context import Libraries, at
from generator.rules.lengths import advise_length
from generator.rules.units import in_alliance, in_city, partners

# The site's advice for its case cards: the notice sets no length for a case (「在…等方面有特色的图书馆
# 服务案例」 is all it says), so a longer text is a warning (E018) saying what the site will show.
CASE_LIMITS = {"案例名称": 60, "案例简介": 300}
CASE_LENGTH_WHY = {
    "案例名称": ("网站的案例卡片和案例页的标题都显示这个名称，过长会折成好几行",
             "说明性的文字可写进「案例简介」。"),
    "案例简介": ("网站的案例卡片显示整段简介，过长的卡片不便浏览",
             "详细内容请写进「案例正文」。"),
}


def check(n: NominationRecord, form: ServiceCase, cfg: CampaignConfig, libs: Libraries,
          result: Result) -> None:
    for label, text in (("案例名称", form.title), ("案例简介", form.summary)):
        advise_length(n, label, text, CASE_LIMITS[label], *CASE_LENGTH_WHY[label], result)
    if norm(form.theme) not in {norm(t) for t in cfg.case_themes}:
        # 「在数智赋能图书馆建设发展、基层服务模式创新、地域特色活动开展、图书馆总分馆体系建设等方面
        # 有特色的图书馆服务案例」: the list ends in 等方面, so another theme is allowed, with a warning.
        result.add(at(
            n, ("案例主题",), "E006",
            f"「{form.theme}」不在本年度方案列出的案例主题之中（方案所列主题以「等方面」结尾，其他主题也可申报）。",
            "方案列出的主题：" + "、".join(cfg.case_themes) + "。若属其中之一，请照抄主题名称；否则可保留，由联盟办审议。",
            "warning",
        ))
    _period(n, form, cfg, result)
    # 「优秀服务案例名额，根据各地区报送及各工作组推荐情况确定」: cities, groups and the office may
    # all put cases forward; a city speaks for its own libraries.
    if n.source.kind == "city":
        in_city(n, form.unit, libs, "E001", result)
    else:
        in_alliance(n, form.unit, libs.units, libs, "E001", "联盟图书馆或联盟工作组", result)
    # A joint case: every partner registered, each reported by name (any city's library may join).
    partners(n, form.partners, form.unit, libs, result)


def _period(n: NominationRecord, form: ServiceCase, cfg: CampaignConfig, result: Result) -> None:
    if form.end < form.start:
        result.add(at(n, ("结束日期",), "S003", "「结束日期」早于「开始日期」。", "请核对两个日期。"))
    elif form.end < cfg.period.start or form.start > cfg.period.end:
        # 「评奖考核时限（数据统计区间）：2024年1月1日至2024年12月31日」
        result.add(at(
            n, ("开始日期",), "E008",
            f"案例实施时间 {form.start}～{form.end} 不在考核时限"
            f" {cfg.period.start}～{cfg.period.end} 之内。",
            f"只能推荐在 {cfg.period.start.year} 年度开展的案例；请核对日期。",
        ))
