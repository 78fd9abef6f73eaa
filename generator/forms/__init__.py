"""The office's outputs: the filled official forms (.docx), the workbook (.xlsx), the roll (.csv).

In: a checked Repository's campaign and registry. Out: files under the output folder; they
carry personal data (the office's copy), which git and the site build ignore. The honor roll
(roll) and the 公示's words (publicity) are the site's too; imagetext carries a preview's text
inside its PNG for the privacy scan.
"""

from __future__ import annotations

from pathlib import Path

from generator.assessment.campaign import CampaignAssessment
from generator.forms.context import FormContext
from generator.forms.plan import Scope, plan
from generator.forms.roll import PUBLIC_COLUMNS, public_rows, roll_csv
from generator.forms.writeout import write_outputs
from generator.load.records import Campaign
from generator.models import Registry


def generate(registry: Registry, campaign: Campaign, scope: Scope, target: Path, *,
             pdf: bool = True, assessment: CampaignAssessment | None = None) -> list[Path]:
    """Write the scope's forms into target; for the whole campaign also the workbook, the roll
    and what the year's stage calls for (review sheet, 公示, decision, certificates, plaques).
    pdf: certificates also as PDF, when LibreOffice is installed; assessment: the computed
    考核排名, shown beside each 专项 entry of the review sheet."""
    return write_outputs(target, plan(FormContext(registry, campaign, assessment), scope, pdf=pdf),
                         digests=scope.kind == "campaign")


__all__ = ["PUBLIC_COLUMNS", "Scope", "generate", "public_rows", "roll_csv"]
