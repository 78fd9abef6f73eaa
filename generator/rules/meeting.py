"""The working-group meeting (工作组会议审议): conflicts of interest and passed-over rankings.

「联盟办对各市推荐名单及材料进行汇总整理，召集联盟工作组会议审议，最终确定拟表彰名单」 and 「公开、公平、
公正」: a reviewer steps out while their own library's, city's or working group's entries are
discussed (A010, A012); and 「联盟各工作组根据成员馆专项工作开展情况、业务数据等…进行考核排名」: an
entry chosen over a higher-ranked one of the same project carries the meeting's reason (A011).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.assessment.campaign import CampaignAssessment
from generator.core.findings import Finding, Result
from generator.load.records import Campaign, NominationRecord
from generator.models import Registry, SpecialCollective
from generator.models.campaign_config import Reviewer
from generator.models.decisions import Decision
from generator.models.names import norm
from generator.rules.context import Libraries

# (nomination, canonical project name) -> its rank in that project's ranking, or None. The
# assessment stage's computed ranking plugs in here; without it, the rank a group wrote in 考核排名.
RankOf = Callable[[NominationRecord, str], "int | None"]
OWN, CITY, GROUP = "本单位", "本市", "本工作组"
STATED_RANK = re.compile(r"第\s*(\d+)\s*名")


@dataclass(frozen=True)
class Conflict:
    """A reviewer who should step out while one nomination is discussed, and why."""

    reviewer: str
    unit: str
    rel: str  # the nomination, relative to the campaign folder
    why: str  # 本单位 | 本市 | 本工作组


def _why(reviewer: Reviewer, n: NominationRecord, libs: Libraries) -> str | None:
    unit = str(getattr(n.form, "unit", ""))
    if unit and norm(unit) == norm(reviewer.unit):
        return OWN
    home = libs.city_of(reviewer.unit)
    where = n.source.code if n.source.kind == "city" else libs.city_of(unit)
    if home is not None and home == where:
        return CITY
    if reviewer.group is not None and n.source.kind == "group" and n.source.code == reviewer.group:
        return GROUP
    return None


def conflicts(registry: Registry, campaign: Campaign) -> list[Conflict]:
    """Every (reviewer, nomination) pair the reviewer steps out of, reviewers in config order."""
    libs = Libraries.of(registry)
    out = []
    for reviewer in campaign.config.reviewers:
        for n in campaign.nominations:
            why = _why(reviewer, n, libs)
            if why is not None:
                out.append(Conflict(reviewer.name, reviewer.unit, n.rel, why))
    return out


def passed(entry: Decision) -> bool:
    """An entry the meeting approved (its 结论, else its 审定意见)."""
    return entry.passed


def stated_rank(n: NominationRecord, project: str = "") -> int | None:
    """The rank the group wrote in 考核排名: the last 「第N名」 (e.g. 由第31名上升至第9名 -> 9)."""
    form = n.form
    if not isinstance(form, SpecialCollective) or not form.ranking:
        return None
    found = STATED_RANK.findall(form.ranking)
    return int(found[-1]) if found else None


def ranked_by(assessment: CampaignAssessment) -> RankOf:
    """The rank the groups' 业务数据 give a nomination's library in its project where it is ranked
    (「对联盟成员馆各项业务工作进行考核排名」), else the rank the group wrote."""
    def rank_of(n: NominationRecord, project: str) -> int | None:
        assessed = assessment.project(project)
        unit = getattr(n.form, "unit", "")  # A011 asks only of special-project nominations
        place = assessed.place(unit) if assessed is not None else None
        return place[1].rank if place is not None else stated_rank(n, project)
    return rank_of


def check(registry: Registry, campaign: Campaign, result: Result, rank_of: RankOf = stated_rank) -> None:
    decisions = campaign.decisions
    if decisions is None or campaign.decisions_path is None:
        return
    if decisions.meeting is not None:
        _names(campaign, result)
        _recusals(registry, campaign, result)
    _passed_over(registry, campaign, result, rank_of)


def _add(campaign: Campaign, result: Result, key: tuple[str | int, ...], code: str, message: str,
         hint: str) -> None:
    assert campaign.decisions_path is not None and campaign.decisions_doc is not None
    line, col = campaign.decisions_doc.where(key)
    result.add(Finding(campaign.decisions_path, line, col, code, "warning", message, hint))


def _names(campaign: Campaign, result: Result) -> None:
    """A012: the meeting record names only the config's reviewers."""
    meeting = campaign.decisions.meeting if campaign.decisions else None
    assert meeting is not None
    known = {norm(r.name) for r in campaign.config.reviewers}
    listed = "、".join(r.name for r in campaign.config.reviewers) or "（评选方案中还没有「评委」）"
    named: list[tuple[tuple[str | int, ...], str]] = [
        (("会议", "出席评委", i), name) for i, name in enumerate(meeting.attendees)]
    named += [(("会议", "回避", i, "评委"), r.reviewer) for i, r in enumerate(meeting.recusals)]
    for key, name in named:
        if norm(name) not in known:
            _add(campaign, result, key, "A012", f"会议记录中的评委「{name}」不在评选方案的「评委」名单中，无法判断其回避。",
                 f"请核对姓名（评委：{listed}），或由联盟办在 campaign.yaml 的「评委」中补充其姓名和单位。")


def _recusals(registry: Registry, campaign: Campaign, result: Result) -> None:
    """A010: a conflicted reviewer who attended did not step out of an entry decided."""
    decisions, meeting = campaign.decisions, campaign.decisions.meeting if campaign.decisions else None
    assert decisions is not None and meeting is not None
    present = {norm(a) for a in meeting.attendees}
    stepped = {(norm(r.reviewer), rel) for r in meeting.recusals for rel in r.entries}
    by_rel: dict[str, list[Conflict]] = {}
    for c in conflicts(registry, campaign):
        by_rel.setdefault(c.rel, []).append(c)
    for i, entry in enumerate(decisions.entries):
        for c in by_rel.get(entry.nomination, []):
            if norm(c.reviewer) in present and (norm(c.reviewer), entry.nomination) not in stepped:
                _add(campaign, result, ("表彰名单", i, "推荐材料"), "A010",
                     f"评委「{c.reviewer}」（{c.unit}）与「{entry.nomination}」有回避关系（{c.why}），"
                     "但会议记录中没有其回避。",
                     f"如该评委审议时已回避，请在「会议 › 回避」中为「{c.reviewer}」写上这一项；"
                     "如未回避，请由联盟办决定是否重新审议这一项。")


def _passed_over(registry: Registry, campaign: Campaign, result: Result, rank_of: RankOf) -> None:
    """A011: within a project and a standard (委员馆 and 成员馆 are ranked apart), an entry chosen
    while a better-ranked nomination was not carries a 理由."""
    decisions = campaign.decisions
    assert decisions is not None
    libs = Libraries.of(registry)
    chosen = {e.nomination for e in decisions.entries if passed(e)}
    pool: dict[tuple[str, bool], list[tuple[int, NominationRecord]]] = {}
    for n in campaign.nominations:
        if not isinstance(n.form, SpecialCollective):
            continue
        project = campaign.config.project(n.form.project)
        name = getattr(project, "name", n.form.project)  # an unknown project: E007 says so
        rank = rank_of(n, name)
        if rank is not None:
            pool.setdefault((name, libs.is_committee(n.form.unit)), []).append((rank, n))
    for i, entry in enumerate(decisions.entries):
        if entry.nomination not in chosen or entry.reason:
            continue
        for (name, _), ranked in pool.items():
            mine = next((r for r, n in ranked if n.rel == entry.nomination), None)
            if mine is None:
                continue
            above = sorted((r, n.rel) for r, n in ranked if r < mine and n.rel not in chosen)
            if above:
                rank, rel = above[0]
                _add(campaign, result, ("表彰名单", i, "推荐材料"), "A011",
                     f"「{entry.nomination}」（{name}考核第{mine}名）入选，而排名更靠前的「{rel}」"
                     f"（第{rank}名）未入选，没有记录理由。",
                     "请在这一项下写「理由: …」，说明会议为何这样决定（会议纪要会载明）；"
                     "如排名有误，请更正推荐表中的「考核排名」。")
