"""The scheme's rules, one module per family; each adds findings to the result."""

from __future__ import annotations

from pathlib import Path

from generator.core.findings import Result
from generator.load.records import Repository


def check_repository(repo: Repository, result: Result) -> None:
    """Run every rule over every campaign."""
    from generator.rules import (
        claims,
        config,
        decisions,
        duplicates,
        eligibility,
        images,
        quotas,
        summaries,
        timeline,
    )

    for campaign in repo.campaigns:
        registry = campaign.registry  # a closed year's frozen registry, else the current one
        if registry is None:
            continue
        config.check(registry, campaign, result)
        timeline.check(campaign, result)
        eligibility.check(registry, campaign, result)
        quotas.check(registry, campaign, result)
        duplicates.check(campaign, result)
        decisions.check(registry, campaign, result)
        summaries.check(registry, campaign, result)
        images.check(Path(repo.root), campaign, result)
        claims.check(Path(repo.root), repo, campaign, registry, result)
