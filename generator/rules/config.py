"""The campaign config against the registry: what it names must exist (S003 on campaign.yaml)."""

from __future__ import annotations

from generator.core.findings import Finding, Result
from generator.load.records import Campaign
from generator.models import Registry


def check(registry: Registry, campaign: Campaign, result: Result) -> None:
    groups = [g.code for g in registry.groups]
    for i, project in enumerate(campaign.config.special_projects):
        if project.group not in groups:
            line, col = campaign.config_doc.where(("专项工作", i, "工作组"))
            result.add(Finding(
                campaign.config_path, line, col, "S003", "error",
                f"专项「{project.name}」的工作组代码「{project.group}」不在联盟名录中。",
                "工作组代码见联盟名录的「工作组」，例如 " + "、".join(groups[:3]) + "。",
            ))
