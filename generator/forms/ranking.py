"""The 考核排名 as a table: what `honors ranking` prints and saves, the review sheet and the site show."""

from __future__ import annotations

import csv
import io
import unicodedata

from generator.assessment.campaign import CampaignAssessment, ProjectResult
from generator.assessment.ranking import Entry, Ranking
from generator.models import SpecialCollective

__all__ = ["header", "rank_note", "render_csv", "render_text", "rows"]


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def header(ranking: Ranking, public: bool = False) -> list[str]:
    """Columns: rank, library, total, then per indicator its figures; progress at the end.
    public: only the indicators the configuration shows (「公开: 否」 ones left out)."""
    adjusted = ranking.standard.adjustment != "无"
    cols = ["名次", "单位", "综合得分"]
    for ind in ranking.standard.indicators:
        if public and not ind.shown:
            continue
        unit = f"（{ind.unit}）" if ind.unit else ""
        cols.append(f"{ind.name}{unit}")
        if adjusted and ind.adjusted:
            cols.append(f"{ind.name}（调整后）")
        cols.append(f"{ind.name}得分")
    cols += ["较上一年度进步", "上一年度名次"]
    return cols


def _row(ranking: Ranking, e: Entry, public: bool) -> list[str]:
    adjusted = ranking.standard.adjustment != "无"
    cells = [str(e.rank), e.unit, f"{e.total:.2f}"]
    for ind in ranking.standard.indicators:
        if public and not ind.shown:
            continue
        cells.append(_num(e.raw[ind.name]))
        if adjusted and ind.adjusted:
            cells.append(f"{e.adjusted[ind.name]:.2f}")
        cells.append(f"{e.scores[ind.name]:.2f}")
    cells.append("" if e.progress is None else f"{e.progress:+.1f}%")
    cells.append("" if e.last_rank is None else str(e.last_rank))
    return cells


def rows(ranking: Ranking, public: bool = False) -> list[list[str]]:
    return [_row(ranking, e, public) for e in ranking.entries]


def _title(project: ProjectResult, year: int, ranking: Ranking) -> str:
    return f"{year}年度「{project.project.name}」{ranking.label}考核排名（共 {len(ranking.entries)} 馆）"


def render_csv(project: ProjectResult, year: int) -> str:
    """One sheet for Excel/WPS (a BOM so that Excel reads UTF-8): each standard's table and method."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for ranking in project.rankings:
        writer.writerow([_title(project, year, ranking)])
        writer.writerow(header(ranking))
        writer.writerows(rows(ranking))
        for row, why in ranking.excluded:
            writer.writerow(["不参加排名", row.unit, why])
        writer.writerow(["计算方法", ranking.method])
        writer.writerow([])
    if project.table is not None:
        writer.writerow(["数据来源", project.table.path])
    return "\ufeff" + out.getvalue()


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def render_text(project: ProjectResult, year: int) -> str:
    """The same tables as aligned plain text, for the terminal."""
    if project.table is None:
        return (f"{year}年度「{project.project.name}」：没有业务数据文件（应为 {project.expected}），"
                "未能排名。\n")
    parts: list[str] = []
    for ranking in project.rankings:
        table = [header(ranking), *rows(ranking)]
        widths = [max(_width(r[i]) for r in table) for i in range(len(table[0]))]
        lines = [_title(project, year, ranking)]
        lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in table]
        lines += [f"不参加排名：{row.unit}（{why}）" for row, why in ranking.excluded]
        lines.append(f"计算方法：{ranking.method}")
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def rank_note(assessment: CampaignAssessment | None, form: SpecialCollective) -> str:
    """One 专项 nomination's computed place, for the review sheet: 「成员馆第14名/56馆，得分76.40；
    较上一年度 +207.1%（上一年度第45名）」; "" for a project not ranked on data."""
    project = assessment.project(form.project) if assessment else None
    if project is None:
        return ""
    if project.table is None:
        return "无业务数据文件，未排名"
    place = project.place(form.unit)
    if place is None:
        return "业务数据中没有该馆"
    ranking, e = place
    text = f"{ranking.label}第{e.rank}名/{len(ranking.entries)}馆，得分{e.total:.2f}"
    if e.progress is not None:
        text += f"；较上一年度 {e.progress:+.1f}%"
    if e.last_rank is not None:
        text += f"（上一年度第{e.last_rank}名）"
    return text
