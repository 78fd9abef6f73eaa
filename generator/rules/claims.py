"""A 专项 nomination's claims against the computed 考核排名 (A001–A009).

「联盟各工作组根据成员馆专项工作开展情况、业务数据等，结合各地区、各馆实际情况，对联盟成员馆各项业务
工作进行考核排名，拟定推荐名单」: 「全省名列前茅」 and 「较上一年度有较大进步」 are checked against
the group's data. The data only advise the meeting, so a claim that disagrees is a warning.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from generator.assessment.campaign import (
    CampaignAssessment,
    ProjectResult,
    assess,
    previous_campaign,
)
from generator.core.findings import Finding, Result
from generator.load.records import Campaign, NominationRecord, Repository
from generator.models import Registry, SpecialCollective
from generator.rules.context import Libraries, at
from generator.rules.specials import basis_of

_RANK = re.compile(r"第\s*(\d+)\s*名")
_CLAUSE = re.compile(r"[，,；;。：:、（）()]")
_YEAR = re.compile(r"(\d{4})\s*年")


def claimed_rank(text: str, year: int) -> int | None:
    """The overall rank a 考核排名 text states for the year: 「全省第3名」; not 「单项第1名」 nor
    「由2023年度第45名…」."""
    folded = unicodedata.normalize("NFKC", text)
    since = 0  # a clause ends at punctuation or at the previous 「第N名」
    for match in _RANK.finditer(folded):
        clause = _CLAUSE.split(folded[since: match.start()])[-1]
        since = match.end()
        years = [int(y) for y in _YEAR.findall(clause)]
        if "单项" in clause or (years and years[-1] != year):
            continue
        return int(match.group(1))
    return None


def assessment_of(root: Path, repo: Repository, campaign: Campaign) -> CampaignAssessment:
    """The year's 考核排名 from the groups' 业务数据 (last year's data for progress)."""
    return assess(root, campaign, previous_campaign(repo, campaign))


def check(assessment: CampaignAssessment, campaign: Campaign, registry: Registry, result: Result) -> None:
    result.extend(assessment.findings)
    libs = Libraries.of(registry)
    for project in assessment.projects:
        for row in project.unknown:
            assert project.table is not None  # rows come from a table
            result.add(Finding(
                # A warning, as the claims are: the row is left out of the ranking, which only
                # advises the meeting (a library renamed in the registry must not block a merge).
                project.table.path, row.line, row.column, "A002", "warning",
                f"「{row.unit}」不是联盟名录中的图书馆，不参加排名。",
                libs.suggest(row.unit, libs.all_names) or "请填写全称，与联盟名录一致；新加盟的馆请联系联盟办先登记。",
            ))
    if campaign.stage == "已表彰":
        return  # the meeting the claims were to inform is over: the roll stands as decided
    for n in campaign.nominations:
        if isinstance(n.form, SpecialCollective) and (assessed := assessment.project(n.form.project)):
            _claims(n, n.form, assessed, campaign, result)


def _claims(n: NominationRecord, form: SpecialCollective, project: ProjectResult, campaign: Campaign,
            result: Result) -> None:
    name = project.project.name
    if project.table is None:
        result.add(at(
            n, ("推荐依据",), "A009",
            f"专项「{name}」按业务数据考核排名，但工作组没有数据文件，推荐依据「{form.basis}」未经核对。",
            f"请工作组把本年度业务数据放在 {project.expected}（或同名 .yaml）。", "warning",
        ))
        return
    place = project.place(form.unit)
    if place is None:
        result.add(at(
            n, ("推荐依据",), "A009",
            f"「{form.unit}」不在专项「{name}」的考核排名中（{project.table.path} 没有它可排名的数据），推荐依据未经核对。",
            "请在数据文件中补上该馆一行，或核对单位名称。", "warning",
        ))
        return
    ranking, entry = place
    where = f"{form.unit}在「{name}」{ranking.label}考核排名中为第 {entry.rank} 名（共 {len(ranking.entries)} 馆，综合得分 {entry.total:.1f}）"
    basis = basis_of(form.basis, campaign.config) or ""
    top = project.assessment.top
    if "名列前茅" in basis and entry.rank > top:
        result.add(at(
            n, ("推荐依据",), "A006", f"推荐依据为「全省名列前茅」，但按业务数据计算，{where}，不在前 {top} 名之内。",
            "请核对业务数据；若属「较上一年度有较大进步」，请改写推荐依据；确有其他理由的，请在推荐意见中说明。",
            "warning",
        ))
    if "进步" in basis:
        _progress(n, form, project, entry_growth=entry.growth, progress=entry.progress, result=result)
    if form.ranking and (claimed := claimed_rank(form.ranking, campaign.year)) and claimed != entry.rank:
        result.add(at(
            n, ("考核排名",), "A008", f"「考核排名」写的是第 {claimed} 名，按业务数据计算，{where}。",
            f"请按工作组的考核排名改为第 {entry.rank} 名，或核对业务数据。", "warning",
        ))


def _progress(n: NominationRecord, form: SpecialCollective, project: ProjectResult, *,
              entry_growth: dict[str, float], progress: float | None, result: Result) -> None:
    if progress is None:
        why = "上一年度没有本专项的业务数据" if project.last_table is None else f"上一年度的业务数据中没有「{form.unit}」可比的数值"
        result.add(at(
            n, ("推荐依据",), "A009", f"推荐依据为「较上一年度有较大进步」，但{why}，进步幅度未经核对。",
            "请工作组补上上一年度的业务数据（上一年度文件夹的 data 文件夹）。", "warning",
        ))
        return
    wanted = project.assessment.progress
    if progress < wanted:
        detail = "、".join(f"{k} {v:+.1f}%" for k, v in entry_growth.items())
        result.add(at(
            n, ("推荐依据",), "A007",
            f"推荐依据为「较上一年度有较大进步」，但按业务数据计算，{form.unit}各指标较上一年度加权增长 {progress:.1f}%"
            f"（{detail}），未达到「较大进步」的 {wanted:g}%。",
            "请核对两个年度的业务数据；若属「全省名列前茅」，请改写推荐依据。", "warning",
        ))
