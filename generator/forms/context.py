"""What every form needs besides its nomination: the registry, the campaign, the decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from generator.assessment.campaign import CampaignAssessment
from generator.load.records import Campaign, NominationRecord
from generator.models import Award, Registry

# The forms' own numbers (附件 1-1 …), by award type; the campaign config may name them too.
FORM_NUMBERS = {"collective": "1-1", "individual": "1-2", "special": "1-4"}
SUMMARY_NUMBER = "1-3"


@dataclass(frozen=True)
class FormContext:
    registry: Registry
    campaign: Campaign
    assessment: CampaignAssessment | None = None  # the 考核排名 from the groups' 业务数据

    def award(self, award_type: str) -> Award | None:
        return self.campaign.config.award_by_type(award_type)

    def attachment(self, award_type: str) -> str:
        """「附件1-1」: the config's word when it has one."""
        award = self.award(award_type)
        if award is not None and award.form:
            return award.form
        return f"附件{FORM_NUMBERS.get(award_type, SUMMARY_NUMBER)}"

    def approval(self, record: NominationRecord) -> str | None:
        """联盟工作委员会审定意见 from the decisions file, if this nomination is in it."""
        decisions = self.campaign.decisions
        if decisions is None:
            return None
        entry = next((e for e in decisions.entries if e.nomination == record.rel), None)
        return entry.shown_opinion if entry else None

    @property
    def author(self) -> str:
        return self.registry.office.name

    @property
    def stamp(self) -> datetime:
        """A fixed document date, so the same data gives the same files."""
        return datetime.combine(self.campaign.config.deadline, time(9, 0))
