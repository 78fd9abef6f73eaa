"""Which nominations have a stamped original on record: a scan under stamped/, or paper.

The notice's forms carry 「（盖章）」 (附件1-1, 1-2, 1-4) and 「推荐单位（章）」 (附件1-3): the
stamps are the recommending units'. The office sees, per nomination file, the scans a folder
uploaded (load/stamped.py) and the paper originals it recorded in campaign.yaml 「纸质原件」. A
service case has no form in the notice, so no stamp is asked of it: it is listed, never missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from generator.forms.labels import display_name
from generator.load.records import Campaign
from generator.models.awards import SUMMARY_FORM, award
from generator.rules.originals import clean


@dataclass(frozen=True)
class Original:
    """One nomination (or summary) file and the stamped originals on record for it."""

    rel: str  # relative to the campaign folder: cities/xian/individual-wang-lan.yaml
    form: str  # 「附件 1-2」, or 「—」 when the notice attaches no form
    name: str  # who or what is nominated (「推荐对象汇总表」 for a summary)
    scans: tuple[str, ...]  # the scans' file names
    paper: date | None  # the day the paper original arrived, when recorded
    stamp_asked: bool  # the notice's form carries a stamp

    @property
    def missing(self) -> bool:
        return self.stamp_asked and not self.scans and self.paper is None


def _paper_days(campaign: Campaign) -> dict[str, date]:
    """rel (or folder/ for a whole folder) -> the earliest day paper originals arrived."""
    days: dict[str, date] = {}
    for record in campaign.config.paper_originals:
        folder = clean(record.folder)
        names = [n.strip().rsplit("/", 1)[-1] for n in record.files]
        keys = [f"{folder}/{n if n.endswith('.yaml') else n + '.yaml'}" for n in names] or [f"{folder}/"]
        for key in keys:
            days[key] = min(days.get(key, record.delivered_on), record.delivered_on)
    return days


def originals(campaign: Campaign) -> list[Original]:
    """Every nomination and summary file of the campaign's nominating folders, in path order."""
    days = _paper_days(campaign)
    scans: dict[str, list[str]] = {}
    for scan in campaign.scans:
        if scan.stem is not None:
            scans.setdefault(f"{scan.folder}/{scan.stem}.yaml", []).append(scan.path.rsplit("/", 1)[-1])
    rows: list[tuple[str, str, str, bool]] = []
    for n in [*campaign.nominations, *campaign.partial]:
        form = award(n.award).form
        rows.append((n.rel, form.label if form else "—", display_name(n), form is not None))
    prefix = campaign.folder + "/"
    for path in campaign.summary_paths.values():
        rows.append((path.removeprefix(prefix), SUMMARY_FORM.label, SUMMARY_FORM.title, True))
    result = []
    for rel, form_label, name, asked in sorted(rows):
        folder = rel.rsplit("/", 1)[0]
        paper = [d for d in (days.get(rel), days.get(folder + "/")) if d is not None]
        result.append(Original(rel, form_label, name, tuple(sorted(scans.get(rel.lower(), []))),
                               min(paper, default=None), asked))
    return result


def render_text(rows: list[Original], year: int, only_missing: bool) -> str:
    """The office's list: one line per file, what stamped original is on record."""
    shown = [r for r in rows if r.missing] if only_missing else rows
    lines = [f"{year} 年度盖章原件登记（" + ("只列缺少的" if only_missing else "全部推荐材料") + "）"]
    for r in shown:
        if r.scans or r.paper:
            on_record = "；".join(filter(None, [
                "扫描件 " + "、".join(r.scans) if r.scans else "",
                f"纸质原件 {r.paper:%Y-%m-%d} 送达" if r.paper else ""]))
        else:
            on_record = "缺少盖章原件" if r.stamp_asked else "通知未要求盖章"
        lines.append(f"{r.rel}\t{r.form}\t{r.name}\t{on_record}")
    missing = sum(r.missing for r in rows)
    asked = sum(r.stamp_asked for r in rows)
    lines.append(f"共 {asked} 份须盖章的材料，{asked - missing} 份已有盖章原件，{missing} 份缺少。")
    return "\n".join(lines)
