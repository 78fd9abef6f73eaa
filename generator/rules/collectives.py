"""联盟工作先进集体 (附件1-1): who may be nominated by whom, and which criteria it may claim."""

from __future__ import annotations

from generator.core.findings import Result
from generator.load.records import NominationRecord
from generator.models import CampaignConfig, Collective
from generator.models.names import norm
from generator.rules.context import Libraries, at
from generator.rules.units import in_alliance, in_city, joined_matches


def check(n: NominationRecord, form: Collective, cfg: CampaignConfig, libs: Libraries,
          result: Result) -> None:
    if not _channel(n, form, libs, result):
        return
    joined_matches(n, form.joined, form.unit, libs, result)
    _criteria(n, form, cfg, libs, result)


def _channel(n: NominationRecord, form: Collective, libs: Libraries, result: Result) -> bool:
    """Whether the unit may be nominated through this folder (E001, E002, E011)."""
    unit = norm(form.unit)
    if n.source.kind == "city":
        # 「每个委员馆可推荐1个先进集体（不包括委员馆自身，委员馆先进集体由联盟办及联盟各工作组推选确定）」
        if unit == libs.committee.get(n.source.code):
            result.add(at(
                n, ("单位",), "E002",
                f"「{form.unit}」是本市委员馆，不能占用本市名额推荐自己为先进集体。",
                "委员馆先进集体由联盟办及联盟各工作组推选确定；本市名额请推荐本市的一个成员馆。",
            ))
            return False
        return in_city(n, form.unit, libs, "E001", result)
    if not in_alliance(n, form.unit, libs.all_names, libs, "E001", "联盟成员馆", result):
        return False
    if unit in libs.committee_names or unit in libs.unaffiliated:
        return True
    # A member library's collective award comes only through its city's one place.
    code = libs.city_of(form.unit)
    assert code is not None  # an alliance library that is neither a committee library nor unaffiliated
    committee = libs.shown[libs.committee[code]]
    result.add(at(
        n, ("单位",), "E011",
        f"「{form.unit}」是{libs.city_name(code)}的成员馆：成员馆的联盟工作先进集体由所在市委员馆推荐"
        "（每市 1 个名额），联盟办和工作组推选的是委员馆。",
        f"请把此推荐交给{committee}，放到 cities/{code}/ 文件夹；"
        "若要表彰该馆的专项工作，请由工作组填写联盟专项工作先进集体推荐表（附件1-4）。",
    ))
    return False


def _criteria(n: NominationRecord, form: Collective, cfg: CampaignConfig, libs: Libraries,
              result: Result) -> None:
    # 「注：1—2项为成员馆评选条件；1—3项为委员馆评选条件。」
    award = cfg.award_by_type("collective")
    assert award is not None  # the nomination's own award, found in this config when it was loaded
    committee = libs.is_committee(form.unit)
    allowed = award.committee_criteria if committee else award.member_criteria
    known = {c.number for c in award.criteria}
    seen: set[int] = set()
    for i, number in enumerate(form.criteria):
        if number in seen:
            result.add(at(
                n, ("评选条件", i), "S003", f"「评选条件」里第 {number} 项写了两次。",
                "每项条件只写一次，例如「评选条件: [1, 2]」。",
            ))
            continue
        seen.add(number)
        if known and number not in known:
            result.add(at(
                n, ("评选条件", i), "S003",
                f"评选条件只有第 {min(known)}–{max(known)} 项，没有第 {number} 项。",
                "请填写所符合条件的序号，例如「评选条件: [1, 2]」。",
            ))
        elif allowed and number not in allowed:
            result.add(at(
                n, ("评选条件", i), "E003",
                f"第 {number} 项条件只适用于委员馆；「{form.unit}」是成员馆，只能申报第 "
                + "、".join(map(str, allowed)) + " 项。",
                (award.criteria_note or "") + f"请删去第 {number} 项。",
            ))
