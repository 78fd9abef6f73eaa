"""联盟工作先进个人 (附件1-2): unit, directors, liaisons, the work period, 字数 and 业务领域."""

from __future__ import annotations

from generator.core.findings import Result
from generator.load.records import NominationRecord
from generator.models import CampaignConfig, Individual
from generator.models.names import norm
from generator.rules import workfields
from generator.rules.context import Libraries, at
from generator.rules.directors import director_role
from generator.rules.lengths import check_length
from generator.rules.liaisons import campaign_year, registered_liaison
from generator.rules.units import in_alliance, in_city
from generator.rules.workperiod import work_start


def check(n: NominationRecord, form: Individual, cfg: CampaignConfig, libs: Libraries,
          result: Result) -> None:
    # 「联盟工作先进个人：联盟委员馆、成员馆、工作组中从事联盟各专项业务工作的人员（含聘用人员）」
    if n.source.kind == "city":
        in_city(n, form.unit, libs, "E005", result)
    else:
        in_alliance(n, form.unit, libs.units, libs, "E005", "联盟图书馆或联盟工作组", result)
    _director(n, form, result)
    _period(n, form, cfg, result)
    # 附件1-2: 「主要事迹（500 字内）」; the limit comes from the campaign config.
    check_length(n, "主要事迹", form.deeds, cfg.quotas.deeds_max_chars, result)
    workfields.check(n, form, cfg, result)  # 业务领域: one or more, open (S006 warning)
    _liaison(n, form, libs, result)


def _director(n: NominationRecord, form: Individual, result: Result) -> None:
    """E004: 「馆长原则上不参评」 — by 是否馆长 or by a 职务 that makes the person the head."""
    role = "head" if form.is_director else director_role(form.position)
    if role is None:
        return
    key = ("是否馆长",) if form.is_director else ("职务",)
    who = "被推荐人是馆长" if form.is_director else f"职务「{form.position}」表明被推荐人是本馆负责人"
    if role == "head" and not form.director_reason:
        result.add(at(
            n, key, "E004", f"{who}；馆长原则上不参评，且没有写明参评理由。",
            "若确需推荐，请加一行「馆长参评理由: …」说明理由；否则请改为推荐其他人员。",
        ))
    elif role == "head":
        result.add(at(
            n, key, "E004", f"{who}；馆长原则上不参评，已写明参评理由，交联盟办审核。",
            "请确认「馆长参评理由」写清楚了特殊情况。", "warning",
        ))
    else:  # unsure: a title the notice does not settle
        result.add(at(
            n, key, "E004", f"职务「{form.position}」可能是馆长一级的负责人；馆长原则上不参评。",
            "请联盟办核实：若是本馆负责人，请填「是否馆长: 是」并写明「馆长参评理由」。", "warning",
        ))


def _period(n: NominationRecord, form: Individual, cfg: CampaignConfig, result: Result) -> None:
    """E008: 「评奖考核时限（数据统计区间）：2024年1月1日至2024年12月31日」 — work that began after it
    cannot be commended for it."""
    start = work_start(form.years_in_role)
    if start is not None and start > cfg.period.end:
        result.add(at(
            n, ("从事本工作时间",), "E008",
            f"「从事本工作时间」从 {start.year}年{start.month}月 开始，晚于考核时限"
            f"（{cfg.period.start}～{cfg.period.end}）。",
            f"只能推荐在 {cfg.period.end.year} 年度内从事联盟工作的人员；请核对开始时间。",
        ))


def _liaison(n: NominationRecord, form: Individual, libs: Libraries, result: Result) -> None:
    """E010 / E012: 「各委员馆联盟工作联络人不占此名额，联盟办将对联盟工作联络人另外进行表彰」."""
    city = libs.city(n.source.code) if n.source.kind == "city" else None
    if not form.is_liaison:
        if registered_liaison(n, libs.registry):
            result.add(at(
                n, ("姓名",), "E012",
                f"「{form.name}」是联盟名录登记的{libs.city_name(n.source.code)}联络人：联络人不占先进个人名额，"
                "已按联络人计算。",
                "请把「是否联络人」改为「是」，使推荐表与名额计算一致。", "warning",
            ))
        return
    year = campaign_year(n)
    liaison = city.liaison_for(year) if city is not None else None
    if city is None or liaison is None:
        result.add(at(
            n, ("是否联络人",), "E010", "只有委员馆登记的联盟工作联络人才能填「是否联络人: 是」。",
            "联络人由委员馆在本市文件夹中推荐；若不是联络人，请改为「否」。",
        ))
    elif norm(liaison.name) != norm(form.name):
        result.add(at(
            n, ("是否联络人",), "E010",
            f"联盟名录登记的{city.name} {year} 年度联络人是「{liaison.name}」，不是「{form.name}」。",
            "联络人不占名额，须与名录一致；若联络人已更换，请联系联盟办更新名录。",
        ))
    elif norm(city.liaison_unit(liaison)) != norm(form.unit):
        result.add(at(
            n, ("是否联络人",), "E010",
            f"{city.name}登记的联络人「{liaison.name}」在{city.liaison_unit(liaison)}，"
            f"这里的「{form.name}」在{form.unit}：同名的其他单位人员不是联络人，按普通先进个人占本市名额。",
            "若确是联络人本人，请把「单位」改为联盟名录登记的单位；否则请改为「是否联络人: 否」。",
        ))
