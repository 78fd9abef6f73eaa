"""The scheme's rules, one module per family; each adds findings to the result."""

from __future__ import annotations

from pathlib import Path

from generator.findings import Result
from generator.records import Repository


def check_repository(repo: Repository, result: Result) -> None:
    """Run every rule over every campaign."""
    from generator.rules import decisions, duplicates, eligibility, images, quotas, summaries

    if repo.registry is None:
        return
    for campaign in repo.campaigns:
        eligibility.check(repo.registry, campaign, result)
        quotas.check(repo.registry, campaign, result)
        duplicates.check(campaign, result)
        decisions.check(repo.registry, campaign, result)
        summaries.check(repo.registry, campaign, result)
        images.check(Path(repo.root), campaign, result)
