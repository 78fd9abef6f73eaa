"""A year's documents, regenerated and compared with the digests recorded when it closed (§5).

「…并经公示，联盟工作委员会决定」: once a year is closed, its 表彰决定, certificates and forms are
the record. Generating the same year twice gives the same bytes (writeout.py), so honors close
records each document's SHA-256 in closed.yaml (表格摘要) and honors forms --verify regenerates
the year and says which document differs. PDFs are left out: LibreOffice stamps them.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.assessment.campaign import assess, previous_campaign
from generator.forms.context import FormContext
from generator.forms.plan import Scope, plan
from generator.forms.writeout import digest_text, write_outputs
from generator.load.records import Campaign, Repository


def document_digests(root: Path, repo: Repository, campaign: Campaign) -> dict[str, str]:
    """Each of the year's documents (the whole year, no PDFs) -> its SHA-256, generated afresh
    in a temporary folder."""
    registry = campaign.registry or repo.registry
    assert registry is not None  # a loaded campaign has one
    assessment = assess(root, campaign, previous_campaign(repo, campaign))
    with tempfile.TemporaryDirectory(prefix="honors-verify-") as tmp:
        target = Path(tmp) / str(campaign.year)
        outputs = plan(FormContext(registry, campaign, assessment), Scope("campaign"), pdf=False)
        write_outputs(target, outputs)
        text = digest_text(target)
    return {rel: value for value, rel in (line.split("  ", 1) for line in text.splitlines())}


@dataclass
class Comparison:
    """What differs between the recorded digests and the documents generated now."""

    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # recorded, not generated now
    added: list[str] = field(default_factory=list)  # generated now, not recorded

    @property
    def same(self) -> bool:
        return not (self.changed or self.missing or self.added)


def compare(recorded: dict[str, str], current: dict[str, str]) -> Comparison:
    return Comparison(
        changed=sorted(r for r in recorded if r in current and current[r] != recorded[r]),
        missing=sorted(r for r in recorded if r not in current),
        added=sorted(r for r in current if r not in recorded),
    )


def report_lines(year: int, result: Comparison, total: int) -> list[str]:
    """The clerk's lines: all the same, or each document that differs and how."""
    if result.same:
        return [f"{year} 年度的 {total} 份表格与结束评选时记下的摘要一致（PDF 除外）。"]
    lines = [f"{year} 年度的表格与结束评选时记下的摘要不一致："]
    lines += [f"  内容不同：{r}" for r in result.changed]
    lines += [f"  现在生成不出：{r}" for r in result.missing]
    lines += [f"  多出来的：{r}" for r in result.added]
    return lines
