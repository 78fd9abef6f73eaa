"""The scheme's rules, one module per family; each adds findings to the result."""

from __future__ import annotations

from pathlib import Path

from generator.core.findings import Result
from generator.load.partial import consequence
from generator.load.records import Campaign, Repository


def check_repository(repo: Repository, result: Result) -> None:
    """Run every rule over every campaign."""
    from generator.rules import (
        claims,
        config,
        decisions,
        duplicates,
        eligibility,
        images,
        markup,
        meeting,
        originals,
        period,
        predecessors,
        publicity,
        publictext,
        quotas,
        summaries,
        timeline,
    )

    predecessors.check(repo, result)  # D017, D018: the current registry's working groups
    for campaign in repo.campaigns:
        registry = campaign.registry  # a closed year's frozen registry, else the current one
        if registry is None:
            continue
        before = len(result.findings)
        with campaign.with_partial():  # all findings at once: what did parse of a broken file too
            config.check(registry, campaign, result)
            timeline.check(campaign, result)
            eligibility.check(registry, campaign, result)
            quotas.check(registry, campaign, result)
            earlier = [c for c in repo.campaigns if c.year < campaign.year
                       and c.decisions is not None and c.decisions.status == "已表彰"]
            duplicates.check(registry, campaign, earlier, result)
            decisions.check(registry, campaign, result)
            assessment = claims.assessment_of(Path(repo.root), repo, campaign)
            meeting.check(registry, campaign, result, meeting.ranked_by(assessment))
            publicity.check(campaign, result)
            summaries.check(registry, campaign, result)
            images.check(Path(repo.root), campaign, result)
            originals.check(Path(repo.root), campaign, result)
            publictext.check(campaign, result)
            markup.check(Path(repo.root), campaign, result)
            period.check(registry, campaign, result)
            claims.check(assessment, campaign, registry, result)
        _drop_consequences(campaign, result, before)


def _drop_consequences(campaign: Campaign, result: Result, before: int) -> None:
    """A rule's finding on a field of a partial record that failed its schema is a consequence of
    that schema finding (one cause, one finding)."""
    partial = {n.path: n for n in campaign.partial}
    if not partial:
        return
    result.findings[before:] = [
        f for f in result.findings[before:]
        if f.file not in partial or not consequence(f, partial[f.file].doc, partial[f.file].failed)
    ]
