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
        period,
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
        earlier = [c for c in repo.campaigns if c.year < campaign.year
                   and c.decisions is not None and c.decisions.status == "已表彰"]
        duplicates.check(registry, campaign, earlier, result)
        decisions.check(registry, campaign, result)
        summaries.check(registry, campaign, result)
        images.check(Path(repo.root), campaign, result)
        period.check(registry, campaign, result)
        claims.check(Path(repo.root), repo, campaign, registry, result)
