"""联盟专项工作先进集体 (附件1-4): the project, the basis and the unit (E007, E001, E009)."""

from __future__ import annotations

import difflib

from generator.core.findings import Result
from generator.load.records import NominationRecord
from generator.models import CampaignConfig, SpecialCollective
from generator.models.names import norm
from generator.rules.context import Libraries, at
from generator.rules.units import in_alliance, joined_matches


def check(n: NominationRecord, form: SpecialCollective, cfg: CampaignConfig, libs: Libraries,
          result: Result) -> None:
    _project(n, form, cfg, libs, result)
    if basis_of(form.basis, cfg) is None:
        # 「…在专项工作中全省名列前茅…」 or 「…在联盟专项工作中较上一年度有较大进步的成员馆」
        result.add(at(
            n, ("推荐依据",), "E007", f"推荐依据「{form.basis}」不是评选方案认可的依据。",
            "只能填：" + "、".join(cfg.bases) + "。",
        ))
    if in_alliance(n, form.unit, libs.all_names, libs, "E001", "联盟成员馆", result):
        joined_matches(n, form.joined, form.unit, libs, result)


def basis_of(text: str, cfg: CampaignConfig) -> str | None:
    """The config's basis a nomination states, also when written within a longer phrase."""
    wanted = norm(text)
    for basis in cfg.bases:
        known = norm(basis)
        if wanted == known or known in wanted or (len(wanted) >= 4 and wanted in known):
            return basis
    return None


def _project(n: NominationRecord, form: SpecialCollective, cfg: CampaignConfig, libs: Libraries,
             result: Result) -> None:
    project = cfg.project(form.project)
    if project is None:
        # 「各专项奖的设立及名额，根据当年工作开展情况确定」: a project the config lacks may still be
        # set up when the office decides, so the nomination only warns; the decision must name one.
        names = [p.name for p in cfg.special_projects]
        near = difflib.get_close_matches(form.project, names)
        result.add(at(
            n, ("专项工作",), "E007",
            f"「{form.project}」不是本年度评选方案已设立的专项工作；是否设立由联盟办审定时确定。",
            (f"是否想写「{near[0]}」？" if near else "")
            + ("已设立：" + "、".join(names) + "。" if names else "本年度方案尚未列出专项工作。"),
            "warning",
        ))
    elif project.group != n.source.code and (group := libs.registry.group(project.group)):
        # (a group code the registry lacks is the config's error, reported on campaign.yaml)
        result.add(at(
            n, ("专项工作",), "E007",
            f"专项「{project.name}」由{group.name}负责推荐，不是本工作组。",
            "请确认专项名称，或把此推荐交给负责该专项的工作组。",
        ))
