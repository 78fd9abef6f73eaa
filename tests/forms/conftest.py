"""The demo campaign's office outputs, generated once per session into a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.assessment.campaign import assess, previous_campaign
from generator.check.validate import validate_repository
from generator.forms import Scope, generate

from .helpers import Generated

DECIDED_YEAR = 2023


@pytest.fixture(scope="session")
def demo(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """Every output of the newest demo campaign (read-only: tests must not modify it)."""
    repo, result = validate_repository(repo_root)
    assert not result.has_errors, [f.message for f in result.errors]
    assert repo.registry is not None
    campaign = repo.campaigns[0]
    target = tmp_path_factory.mktemp("forms") / str(campaign.year)
    assessment = assess(repo_root, campaign, previous_campaign(repo, campaign))
    written = generate(repo.registry, campaign, Scope("campaign"), target, assessment=assessment)
    return Generated(repo, campaign, target, written)


@pytest.fixture(scope="session")
def decided(repo_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Generated:
    """Every output of the demo's decided year (2023, 已表彰), certificates without PDFs."""
    repo, result = validate_repository(repo_root)
    assert not result.has_errors, [f.message for f in result.errors]
    campaign = next(c for c in repo.campaigns if c.year == DECIDED_YEAR)
    registry = campaign.registry or repo.registry
    assert registry is not None
    target = tmp_path_factory.mktemp("decided") / str(campaign.year)
    written = generate(registry, campaign, Scope("campaign"), target, pdf=False)
    return Generated(repo, campaign, target, written)
