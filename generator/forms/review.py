"""审议评分表.xlsx: the working groups' meeting sheet, one row per nomination.

「联盟办对各市推荐名单及材料进行汇总整理，召集联盟工作组会议审议，最终确定拟表彰名单」: each row
carries what the groups weigh (award, unit, city, channel, criteria claimed, 推荐依据), an empty score
column per reviewer (the registry's working groups), and formulas for the mean and the rank within
the same award and special project. No personal data: the sheet may be handed round the meeting.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from generator.forms.context import FormContext
from generator.forms.honorlist import AWARD_ORDER
from generator.forms.labels import city_of, display_name, nominator, printed_city, project_name
from generator.forms.ranking import rank_note
from generator.forms.sheetkit import FONT, display_width, fit_rows, print_setup, put
from generator.forms.text import break_title
from generator.load.records import NominationRecord
from generator.models import Collective, Individual, ServiceCase, SpecialCollective
from generator.models.campaign_config import PENDING_QUOTA
from generator.models.names import norm
from generator.rules.liaisons import is_liaison

SHEET = "审议评分"
INFO = ("序号", "奖项", "专项工作", "名称/姓名", "单位", "所在城市", "推荐渠道", "推荐单位",
        "申报条件", "推荐依据", "考核排名（业务数据）", "备注")
TAIL = ("平均分", "排名", "审议意见")
# Column widths (characters of 宋体 11): long texts wrap, names never do (NAMED columns are as
# wide as their longest entry). On paper (A4 landscape, 10 pt and more) the sheet runs over three
# pages side by side, 序号 to 名称/姓名 repeated on each: who and from where, what they claim,
# and the scores; each award starts a new page.
INFO_WIDTHS = (4, 8, 8, 0, 0, 0, 6, 0, 8, 20, 18, 12)
NAMED = ("名称/姓名", "单位", "所在城市", "推荐单位")
NAME_WIDTH = (6, 32)  # the narrowest and widest a NAMED column may be
TITLE_COLUMNS = 4  # 序号, 奖项, 专项工作, 名称/姓名: repeated on every page
PAGE_STARTS = ("申报条件", "")  # the columns that begin a new page; "" the first score column
SCORE_WIDTH, TAIL_WIDTHS = 5, (6, 5, 14)
HEAD_HEIGHT = 60.0  # points: four lines of a wrapped heading (a working group's name)
HEAD_ROW = 3
NO_PROJECT = "—"  # COUNTIFS would read an empty criterion cell as 0, so the cell is never empty
GENERIC_REVIEWERS = 5
CHANNELS = {"city": "委员馆推荐", "group": "工作组推荐", "office": "联盟办推选"}
SCORE_FILL = PatternFill("solid", fgColor="FFF2CC")
LIAISON_NOTE = "联络人（另行表彰，不占名额）"
COMMITTEE_NOTE = "委员馆（由联盟办及工作组推选）"


def reviewers(ctx: FormContext) -> list[str]:
    """One score column per working group; numbered reviewers when the registry has none."""
    names = [g.name for g in ctx.registry.groups]
    return names or [f"评委{i}" for i in range(1, GENERIC_REVIEWERS + 1)]


def ordered(ctx: FormContext) -> list[NominationRecord]:
    """By award in the scheme's order, special collectives by project, then file order."""
    config = ctx.campaign.config
    kinds = [a.type for a in config.awards] + list(AWARD_ORDER)
    projects = {p.name: i for i, p in enumerate(config.special_projects)}

    def key(n: NominationRecord) -> tuple[int, int]:
        kind = kinds.index(n.award) if n.award in kinds else len(kinds)
        return kind, projects.get(project_name(config, n.form), len(projects))

    return sorted(ctx.campaign.nominations, key=key)


def _facts(ctx: FormContext, n: NominationRecord) -> tuple[str, str, str]:
    """(申报条件, 推荐依据, 备注) of one nomination."""
    form, registry = n.form, ctx.registry
    if isinstance(form, Collective):
        committee = {norm(name) for c in registry.cities for name in c.committee_names}
        note = COMMITTEE_NOTE if norm(form.unit) in committee else ""
        return f"第{'、'.join(str(c) for c in form.criteria)}项", "", note
    if isinstance(form, SpecialCollective):
        basis = form.basis + (f"；{form.ranking}" if form.ranking else "")
        return "", basis, ""
    if isinstance(form, Individual):
        notes = [LIAISON_NOTE] if is_liaison(n, registry) else []
        if form.is_director:
            notes.append(f"馆长（{form.director_reason}）" if form.director_reason else "馆长")
        return form.field or "", "", "；".join(notes)
    if isinstance(form, ServiceCase):
        return form.theme, "", ""
    return "", "", ""


def _name(n: NominationRecord) -> str:
    """名称/姓名; a case's long title broken after its colon, as the column is at most so wide."""
    name = display_name(n)
    return break_title(name, (NAME_WIDTH[1] - 1) // 2) if isinstance(n.form, ServiceCase) else name


def review_rows(ctx: FormContext) -> list[list[object]]:
    """The information columns of every nomination, in the sheet's order."""
    config = ctx.campaign.config
    rows = []
    for index, n in enumerate(ordered(ctx), start=1):
        award = config.award_by_type(n.award)
        criteria, basis, note = _facts(ctx, n)
        ranked = rank_note(ctx.assessment, n.form) if isinstance(n.form, SpecialCollective) else ""
        rows.append([
            index, award.name if award else n.form.award,
            project_name(config, n.form) or NO_PROJECT, _name(n),
            str(getattr(n.form, "unit", "")), printed_city(city_of(ctx.registry, n)), CHANNELS[n.source.kind],
            nominator(ctx.registry, n.source), criteria, basis, ranked, note,
        ])
    return rows


def _formulas(ws: Worksheet, first: int, last: int, scores: tuple[int, int]) -> None:
    """平均分 over the scores given; 排名 among rows of the same award and special project."""
    lo, hi = (get_column_letter(c) for c in scores)
    mean_col = scores[1] + 1
    mean = get_column_letter(mean_col)
    award = get_column_letter(INFO.index("奖项") + 1)
    project = get_column_letter(INFO.index("专项工作") + 1)

    def whole(col: str) -> str:
        return f"${col}${first}:${col}${last}"

    for r in range(first, last + 1):
        ws.cell(row=r, column=mean_col,
                value=f'=IF(COUNT({lo}{r}:{hi}{r})=0,"",ROUND(AVERAGE({lo}{r}:{hi}{r}),2))')
        ws.cell(row=r, column=mean_col + 1, value=(
            f'=IF({mean}{r}="","",COUNTIFS({whole(award)},{award}{r},{whole(project)},'
            f'{project}{r},{whole(mean)},">"&{mean}{r})+1)'
        ))


def build_review(ctx: FormContext) -> Workbook:
    """The meeting's sheet: frozen header, a score column per reviewer, A4 landscape."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    config = ctx.campaign.config
    ws.cell(row=1, column=1, value=f"{config.title}工作组会议审议评分表").font = Font(
        name=FONT, size=14, bold=True)
    ws.cell(row=2, column=1, value=_quota_note(ctx)).font = Font(name=FONT, size=11)
    names = reviewers(ctx)
    head = [*INFO, *names, *TAIL]
    rows = review_rows(ctx)
    for col, label in enumerate(head, start=1):
        put(ws, HEAD_ROW, col, label, bold=True)
        ws.cell(row=HEAD_ROW, column=col).fill = SCORE_FILL if label in names else PatternFill(
            "solid", fgColor="DDE5F0")
    first, last = HEAD_ROW + 1, HEAD_ROW + max(len(rows), 1)
    scores = (len(INFO) + 1, len(INFO) + len(names))
    for r, values in enumerate(rows, start=first):
        for col, value in enumerate([*values, *[None] * (len(names) + len(TAIL))], start=1):
            put(ws, r, col, value)
    if rows:
        _formulas(ws, first, last, scores)
        _score_rule(ws, first, last, scores)
    widths = [*_info_widths(rows), *[SCORE_WIDTH] * len(names), *TAIL_WIDTHS]
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
        ws.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[HEAD_ROW].height = HEAD_HEIGHT
    fit_rows(ws, first, last)
    for row in (1, 2):  # title and note span the table, so they print within it
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(head))
    ws["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[2].height = 30.0
    ws.freeze_panes = ws.cell(row=first, column=INFO.index("名称/姓名") + 2)
    ws.auto_filter.ref = f"A{HEAD_ROW}:{get_column_letter(len(head))}{last}"
    print_setup(ws, HEAD_ROW, title_cols=f"A:{get_column_letter(TITLE_COLUMNS)}")
    _page_breaks(ws, rows, first)
    wb.properties.creator = ctx.author
    wb.properties.created = ctx.stamp  # a date of the configuration, not the clock
    return wb


def _info_widths(rows: list[list[object]]) -> list[int]:
    """INFO_WIDTHS, each NAMED column as wide as its longest entry (within NAME_WIDTH)."""
    low, high = NAME_WIDTH
    widths = list(INFO_WIDTHS)
    for label in NAMED:
        col = INFO.index(label)
        widest = max((display_width(line) for r in rows for line in str(r[col]).split("\n")),
                     default=0)
        widths[col] = min(max(widest + 1, display_width(label) + 1, low), high)
    return widths


def _page_breaks(ws: Worksheet, rows: list[list[object]], first: int) -> None:
    """A new page before each award's first row, and before the claims and the scores."""
    award = INFO.index("奖项")
    for offset in range(1, len(rows)):
        if rows[offset][award] != rows[offset - 1][award]:
            ws.row_breaks.append(Break(id=first + offset - 1))
    for label in PAGE_STARTS:
        col = INFO.index(label) + 1 if label else len(INFO) + 1
        ws.col_breaks.append(Break(id=col - 1))


def _score_rule(ws: Worksheet, first: int, last: int, scores: tuple[int, int]) -> None:
    """Scores from 0 to 100 only; anything else is refused with a message."""
    rule = DataValidation(type="decimal", operator="between", formula1="0", formula2="100",
                          allow_blank=True, showErrorMessage=True, errorTitle="分数有误",
                          error="请填写 0 到 100 之间的分数。")
    rule.add(f"{get_column_letter(scores[0])}{first}:{get_column_letter(scores[1])}{last}")
    ws.add_data_validation(rule)


def _quota_note(ctx: FormContext) -> str:
    """The caps and quotas the meeting decides against, from the config."""
    config = ctx.campaign.config
    quotas = config.quotas
    projects = "、".join(f"{p.name}{p.quota if p.quota is not None else PENDING_QUOTA}"
                         for p in config.special_projects)
    note = (f"名额：联盟工作先进集体不超过{quotas.collective_cap}个，联盟工作先进个人不超过"
            f"{quotas.individual_cap}名（联络人另行表彰，不计入）")
    if projects:
        note += f"；专项工作先进集体：{projects}"
    return note + "。评分为百分制，平均分和排名（同一奖项、同一专项内）自动计算。"
