"""Eligibility rules E001–E010 and the 主要事迹 length rule S004."""

from __future__ import annotations

from generator.findings import Result
from generator.models import (
    CampaignConfig,
    Collective,
    Individual,
    Registry,
    ServiceCase,
    SpecialCollective,
)
from generator.records import Campaign, NominationRecord
from generator.rules.context import Libraries, at, norm
from generator.textlength import count_chars

SOURCE_AWARDS = {
    "city": {"collective", "individual", "case"},
    "group": {"collective", "special", "individual", "case"},
    "office": {"collective", "individual", "case"},
}


def check(registry: Registry, campaign: Campaign, result: Result) -> None:
    libs = Libraries.of(registry)
    for n in campaign.nominations:
        if n.award not in SOURCE_AWARDS[n.source.kind]:
            result.add(at(
                n, ("推荐奖项",), "E007",
                "联盟专项工作先进集体由各工作组推荐，不能从城市或联盟办文件夹提交。",
                "请把此文件交给负责该专项的工作组，放到 groups/<工作组代码>/ 下。",
            ))
            continue
        form = n.form
        if isinstance(form, Collective):
            _collective(n, form, campaign.config, libs, result)
        elif isinstance(form, SpecialCollective):
            _special(n, form, campaign.config, libs, result)
        elif isinstance(form, Individual):
            _individual(n, form, campaign.config, libs, result)
        elif isinstance(form, ServiceCase):
            _case(n, form, campaign.config, libs, result)


def _unit_in_city(n: NominationRecord, unit: str, libs: Libraries, result: Result) -> bool:
    city_libs = libs.by_city.get(n.source.code, set())
    if norm(unit) in city_libs:
        return True
    elsewhere = libs.city_of(unit)
    where = f"它属于名录中的另一城市（{elsewhere}）。" if elsewhere else "联盟名录中没有这个单位。"
    result.add(at(
        n, ("单位",), "E001", f"「{unit}」不是本市的联盟成员馆，{where}",
        libs.suggest(unit, city_libs) or "请填写本市成员馆的全称（与联盟名录一致）；新加盟的馆请联系联盟办先登记。",
    ))
    return False


def _unit_in_alliance(n: NominationRecord, unit: str, libs: Libraries, result: Result) -> bool:
    if norm(unit) in libs.all_names:
        return True
    result.add(at(
        n, ("单位",), "E001", f"「{unit}」不是联盟成员馆（联盟名录中没有这个单位）。",
        libs.suggest(unit, libs.all_names) or "请填写成员馆全称（与联盟名录一致）。",
    ))
    return False


def _joined(n: NominationRecord, joined: object, libs: Libraries, unit: str, result: Result) -> None:
    known = libs.joined.get(norm(unit))
    if known is None:
        return
    if str(joined)[: len(known)] != known[: len(str(joined))]:
        result.add(at(
            n, ("加盟时间",), "E009",
            f"「加盟时间」{joined} 与联盟名录登记的 {known} 不一致。",
            f"请核对后改为 {known}；若名录有误，请联系联盟办更正名录。", "warning",
        ))


def _collective(n: NominationRecord, form: Collective, cfg: CampaignConfig, libs: Libraries,
                result: Result) -> None:
    if n.source.kind == "city":
        if norm(form.unit) == libs.committee.get(n.source.code):
            result.add(at(
                n, ("单位",), "E002",
                f"「{form.unit}」是本市委员馆，不能占用本市名额推荐自己为先进集体。",
                "委员馆先进集体由联盟办及联盟各工作组推选确定；请推荐本市的一个成员馆。",
            ))
            return
        if not _unit_in_city(n, form.unit, libs, result):
            return
    elif not _unit_in_alliance(n, form.unit, libs, result):
        return
    _joined(n, form.joined, libs, form.unit, result)
    award = cfg.award_by_type("collective")
    if award is None:
        return
    committee = libs.is_committee(form.unit)
    allowed = award.committee_criteria if committee else award.member_criteria
    known = {c.number for c in award.criteria}
    for i, number in enumerate(form.criteria):
        if known and number not in known:
            result.add(at(
                n, ("评选条件", i), "S003", f"评选条件只有第 {min(known)}–{max(known)} 项，没有第 {number} 项。",
                "请填写所符合条件的序号，例如「评选条件: [1, 2]」。",
            ))
        elif allowed and number not in allowed:
            result.add(at(
                n, ("评选条件", i), "E003",
                f"第 {number} 项条件只适用于委员馆；「{form.unit}」是成员馆，只能申报第 "
                + "、".join(map(str, allowed)) + " 项。",
                award.criteria_note or "请删去第 3 项。",
            ))


def _special(n: NominationRecord, form: SpecialCollective, cfg: CampaignConfig, libs: Libraries,
             result: Result) -> None:
    projects = {p.name: p for p in cfg.special_projects}
    project = projects.get(form.project)
    if project is None:
        result.add(at(
            n, ("专项工作",), "E007", f"「{form.project}」不是本年度设立的专项工作。",
            "可选：" + "、".join(projects) + "。" if projects else "本年度未设专项工作奖。",
        ))
    elif project.group != n.source.code:
        result.add(at(
            n, ("专项工作",), "E007",
            f"专项「{form.project}」由工作组「{project.group}」负责推荐，不是本工作组。",
            "请确认专项名称，或把此推荐交给负责该专项的工作组。",
        ))
    if form.basis not in cfg.bases:
        result.add(at(
            n, ("推荐依据",), "E007", f"推荐依据「{form.basis}」不是评选方案认可的依据。",
            "只能填：" + "、".join(cfg.bases) + "。",
        ))
    if _unit_in_alliance(n, form.unit, libs, result):
        _joined(n, form.joined, libs, form.unit, result)


def _individual(n: NominationRecord, form: Individual, cfg: CampaignConfig, libs: Libraries,
                result: Result) -> None:
    if n.source.kind == "city":
        city_libs = libs.by_city.get(n.source.code, set())
        if norm(form.unit) not in city_libs:
            result.add(at(
                n, ("单位",), "E005", f"「{form.unit}」不是本市的联盟图书馆。",
                libs.suggest(form.unit, city_libs) or "请填写本市联盟图书馆的全称（与联盟名录一致）。",
            ))
    elif norm(form.unit) not in libs.units:
        result.add(at(
            n, ("单位",), "E005", f"「{form.unit}」不是联盟图书馆或联盟工作组。",
            libs.suggest(form.unit, libs.units)
            or "请填写联盟图书馆或工作组的全称（与联盟名录一致）。",
        ))
    if form.is_director:
        if form.director_reason:
            result.add(at(
                n, ("是否馆长",), "E004", "馆长原则上不参评；已写明参评理由，交联盟办审核。",
                "请确认「馆长参评理由」写清楚了特殊情况。", "warning",
            ))
        else:
            result.add(at(
                n, ("是否馆长",), "E004", "馆长原则上不参评，且没有写明参评理由。",
                "若确需推荐，请加一行「馆长参评理由: …」说明理由；否则请改为推荐其他人员。",
            ))
    elif form.position and "馆长" in form.position and "副馆长" not in form.position:
        result.add(at(
            n, ("职务",), "E004", f"职务为「{form.position}」，但「是否馆长」填的是「否」。",
            "馆长原则上不参评；如确为馆长，请填「是否馆长: 是」并写明「馆长参评理由」。", "warning",
        ))
    limit = cfg.quotas.deeds_max_chars
    length = count_chars(form.deeds)
    if length > limit:
        result.add(at(
            n, ("主要事迹",), "S004", f"「主要事迹」有 {length} 字，超过 {limit} 字的上限。",
            f"请删减 {length - limit} 字以上（字数按去掉空白后的字符计，标点和字母各算 1 字）。",
        ))
    if form.field and cfg.fields and form.field not in cfg.fields:
        result.add(at(
            n, ("业务领域",), "S003", f"「业务领域」的值「{form.field}」不在评选方案所列范围内。",
            "可选：" + "、".join(cfg.fields) + "。",
        ))
    if form.is_liaison:
        _liaison(n, form, libs, result)


def _liaison(n: NominationRecord, form: Individual, libs: Libraries, result: Result) -> None:
    city = libs.city(n.source.code) if n.source.kind == "city" else None
    if city is None or city.liaison is None:
        result.add(at(
            n, ("是否联络人",), "E010", "只有委员馆登记的联盟工作联络人才能填「是否联络人: 是」。",
            "联络人由委员馆在本市文件夹中推荐；若不是联络人，请改为「否」。",
        ))
    elif norm(city.liaison.name) != norm(form.name):
        result.add(at(
            n, ("是否联络人",), "E010",
            f"联盟名录登记的{city.name}联络人是「{city.liaison.name}」，不是「{form.name}」。",
            "联络人不占名额，须与名录一致；若联络人已更换，请联系联盟办更新名录。",
        ))


def _case(n: NominationRecord, form: ServiceCase, cfg: CampaignConfig, libs: Libraries,
          result: Result) -> None:
    if form.theme not in cfg.case_themes:
        result.add(at(
            n, ("案例主题",), "E006", f"「{form.theme}」不是本年度的案例主题。",
            "只能从以下主题中选一个：" + "、".join(cfg.case_themes) + "。",
        ))
    if form.end < form.start:
        result.add(at(n, ("结束日期",), "S003", "「结束日期」早于「开始日期」。", "请核对两个日期。"))
    elif form.end < cfg.period.start or form.start > cfg.period.end:
        result.add(at(
            n, ("开始日期",), "E008",
            f"案例实施时间 {form.start}～{form.end} 不在考核时限"
            f" {cfg.period.start}～{cfg.period.end} 之内。",
            f"只能推荐在 {cfg.period.start.year} 年度开展的案例；请核对日期。",
        ))
    if norm(form.unit) not in libs.units:
        result.add(at(
            n, ("单位",), "E001", f"「{form.unit}」不是联盟成员馆或工作组。",
            libs.suggest(form.unit, libs.all_names) or "请填写成员馆全称（与联盟名录一致）。",
        ))
