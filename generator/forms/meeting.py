"""The working-group meeting's papers: 会议材料 (agenda and 回避名单) and 会议纪要 (.docx, GB/T 9704).

「联盟办对各市推荐名单及材料进行汇总整理，召集联盟工作组会议审议，最终确定拟表彰名单」: before the
meeting the office hands round the agenda (by award and special project, in the review sheet's
order) and who steps out of what (rules/meeting.py decides the conflicts); after it, the minutes
say who attended, who stepped out, what was decided and why, from decisions.yaml's 会议 block.
No personal data beyond the reviewers' and nominees' names and units.
"""

from __future__ import annotations

from collections.abc import Iterable

from docx.document import Document

from generator.forms import docxkit as k
from generator.forms import govdoc as g
from generator.forms.context import FormContext
from generator.forms.honorlist import ordinal
from generator.forms.labels import display_name, project_name
from generator.forms.ranking import rank_note
from generator.forms.review import ordered
from generator.forms.rolldoc import _cell
from generator.forms.text import clean, cn_date
from generator.load.records import NominationRecord
from generator.models import SpecialCollective
from generator.models.awards import award as award_kind
from generator.rules.meeting import Conflict, RankOf, conflicts, passed, stated_rank

CONFLICT_COLUMNS = (("评委", 2.6), ("单位", 4.6), ("回避事项", 6.0), ("原因", 2.4))
NO_CONFLICTS = "评委与各推荐对象均无回避关系。"
NO_REVIEWERS = "评选方案中尚未列出评委（campaign.yaml「评委」），无法生成回避名单。"


def _award(ctx: FormContext, n: NominationRecord) -> str:
    award = ctx.campaign.config.award_by_type(n.award)
    return award.name if award else n.form.award


def agenda(ctx: FormContext) -> list[tuple[str, list[NominationRecord]]]:
    """(议题, nominations) by award in the scheme's order, a special project each its own item."""
    items: list[tuple[str, list[NominationRecord]]] = []
    for n in ordered(ctx):
        project = project_name(ctx.campaign.config, n.form)
        topic = f"审议{_award(ctx, n)}" + (f"（{project}）" if project else "")
        if not items or items[-1][0] != topic:
            items.append((topic, []))
        items[-1][1].append(n)
    return items


def _label(ctx: FormContext, rel: str) -> str:
    """王岚（西安市图书馆）, 宝鸡市秦岭区图书馆（联合阅读推广）, 西安市灞水区图书馆."""
    n = ctx.campaign.by_rel(rel)
    if n is None:
        return rel
    unit, name = clean(str(getattr(n.form, "unit", ""))), clean(display_name(n))
    project = clean(project_name(ctx.campaign.config, n.form))
    return f"{name}（{project or unit}）" if project or (unit and unit != name) else name


def _rank(ctx: FormContext, n: NominationRecord, rank_of: RankOf) -> str:
    """「，成员馆第2名/56馆，得分…」 from the groups' 业务数据 where the project is ranked on it,
    else the rank the group wrote in 考核排名; "" for other awards."""
    if not isinstance(n.form, SpecialCollective):
        return ""
    computed = rank_note(ctx.assessment, n.form)
    if computed:
        return f"，{computed}"
    stated = rank_of(n, project_name(ctx.campaign.config, n.form))
    return f"，考核第{stated}名（推荐表所写）" if stated is not None else ""


def meeting_papers(ctx: FormContext, rank_of: RankOf = stated_rank) -> Document:
    """会议材料: 一、会议议程; 二、回避名单."""
    config = ctx.campaign.config
    heading = f"{config.title}工作组会议审议材料"
    doc = g.new_official(heading, ctx.author, ctx.stamp)
    g.title(doc, heading)
    g.heading(doc, "一、会议议程", before=1)
    for number, (topic, entries) in enumerate(agenda(ctx), start=1):
        _body(doc, [f"{number}. {topic}（{len(entries)}项）"])
        for n in entries:
            g.par(doc, _label(ctx, n.rel) + _rank(ctx, n, rank_of), indent=4)
    g.heading(doc, "二、回避名单", before=1)
    if not config.reviewers:
        _body(doc, [NO_REVIEWERS])
        return doc
    found = conflicts(ctx.registry, ctx.campaign)
    if not found:
        _body(doc, [NO_CONFLICTS])
        return doc
    _body(doc, ["评委对本单位、本市、本工作组的推荐对象回避，审议该项时离席，不参与评分和表决。"])
    _conflict_table(doc, ctx, found)
    return doc


def _conflict_table(doc: Document, ctx: FormContext, found: list[Conflict]) -> None:
    widths = [w for _, w in CONFLICT_COLUMNS]
    table = k.new_table(doc, 1 + len(found), widths)
    for col, (label, _) in enumerate(CONFLICT_COLUMNS):
        _cell(table.cell(0, col), label, bold=True)
    k.repeat_header(table, 0)
    for r, c in enumerate(found, start=1):
        for col, value in enumerate((c.reviewer, c.unit, _label(ctx, c.rel), c.why)):
            _cell(table.cell(r, col), clean(value), center=col in (0, 3))
    k.fix_widths(table, widths)


def _body(doc: Document, paragraphs: list[str], *, before: int = 0) -> None:
    """正文 paragraphs, without characters Word cannot store (the office types them in YAML)."""
    g.body(doc, [clean(t) for t in paragraphs], before=before)


def _names(names: Iterable[str]) -> str:
    return "、".join(names)


def minutes(ctx: FormContext) -> Document:
    """会议纪要 of the meeting recorded in decisions.yaml."""
    config, decisions = ctx.campaign.config, ctx.campaign.decisions
    assert decisions is not None and decisions.meeting is not None
    meeting = decisions.meeting
    units = {r.name: r.unit for r in config.reviewers}
    heading = f"{config.title}工作组会议纪要"
    doc = g.new_official(heading, ctx.author, ctx.stamp)
    g.title(doc, heading)
    opening = f"{cn_date(meeting.held_on)}，{ctx.registry.office.name}"
    opening += f"在{meeting.place}" if meeting.place else ""
    opening += "召集联盟工作组会议，审议各委员馆、联盟各工作组推荐的先进集体、先进个人和优秀服务案例。"
    if meeting.chair:
        opening += f"会议由{meeting.chair}主持。"
    _body(doc, [opening], before=1)
    g.heading(doc, "一、出席评委", before=1)
    attending = [f"{a}（{units[a]}）" if a in units else a for a in meeting.attendees]
    _body(doc, [_names(attending) + "。" if attending else "会议记录中未列出出席评委。"])
    g.heading(doc, "二、回避情况", before=1)
    stepped = [f"{r.reviewer}回避{_names(_label(ctx, rel) for rel in r.entries)}的审议。"
               for r in meeting.recusals if r.entries]
    _body(doc, stepped or ["无评委回避。"])
    g.heading(doc, "三、审议结果", before=1)
    chosen = [e for e in decisions.entries if passed(e)]
    by_award: dict[str, list[str]] = {}
    for e in chosen:
        by_award.setdefault(e.award, []).append(_label(ctx, e.nomination))
    _body(doc, [f"会议审议通过{config.year}年度拟表彰名单共{len(chosen)}项："])
    for number, (award, names) in enumerate(by_award.items(), start=1):
        known = config.award_by_name(award)
        word = award_kind(known.type).measure if known else "项"
        _body(doc, [f"（{ordinal(number)}）{award}{len(names)}{word}：{_names(names)}。"])
    if decisions.liaisons:
        _body(doc, [f"委员馆联盟工作联络人另行表彰{len(decisions.liaisons)}名："
                     f"{_names(h.name for h in decisions.liaisons)}。"])
    reasons = [f"{_label(ctx, e.nomination)}：{e.reason}" for e in decisions.entries if e.reason]
    if reasons:
        g.heading(doc, "四、需要说明的事项", before=1)
        _body(doc, reasons)
    _body(doc, ["拟表彰名单经联盟工作委员会审定后公示。"], before=1)
    g.signature(doc, ctx.registry.office.name, cn_date(meeting.held_on))
    return doc
