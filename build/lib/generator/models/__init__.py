"""pydantic models of every file kind; the YAML keys are their Chinese aliases."""

from pydantic import BaseModel

from generator.models.campaign_config import Award, CampaignConfig
from generator.models.decisions import Decision, Decisions, LiaisonHonor
from generator.models.nominations import (
    NOMINATION_MODELS,
    CitySummary,
    Collective,
    Individual,
    Nomination,
    ServiceCase,
    SpecialCollective,
)
from generator.models.registry import City, Registry, WorkingGroup

FILE_MODELS: dict[str, type[BaseModel]] = {
    "registry": Registry,
    "campaign": CampaignConfig,
    "decisions": Decisions,
    "summary": CitySummary,
    **NOMINATION_MODELS,
}

__all__ = [
    "FILE_MODELS",
    "NOMINATION_MODELS",
    "Award",
    "CampaignConfig",
    "City",
    "CitySummary",
    "Collective",
    "Decision",
    "Decisions",
    "Individual",
    "LiaisonHonor",
    "Nomination",
    "Registry",
    "ServiceCase",
    "SpecialCollective",
    "WorkingGroup",
]
