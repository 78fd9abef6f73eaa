"""The office's outputs: the filled official forms (.docx), the workbook (.xlsx), the roll (.csv).

They carry personal data (the office's copy) and are written only under the output folder,
which git and the site build ignore.
"""

from __future__ import annotations

from pathlib import Path

from generator.forms.context import FormContext
from generator.forms.plan import Scope, plan
from generator.forms.roll import PUBLIC_COLUMNS, public_rows, roll_csv
from generator.forms.writeout import write_outputs
from generator.models import Registry
from generator.records import Campaign


def generate(registry: Registry, campaign: Campaign, scope: Scope, target: Path) -> list[Path]:
    """Write the scope's forms (and, for the whole campaign, workbook and roll) into target."""
    return write_outputs(target, plan(FormContext(registry, campaign), scope))


__all__ = ["PUBLIC_COLUMNS", "Scope", "generate", "public_rows", "roll_csv"]
