"""附件 1-1, 1-2 and 1-4: one filled form per nomination, laid out as on paper."""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document
from docx.table import Table, _Cell

from generator.forms import docxkit as k
from generator.forms.context import FormContext
from generator.forms.text import break_title, paragraphs, show
from generator.load.records import NominationRecord
from generator.models import Collective, Individual, SpecialCollective

# Column widths (cm) of the paper forms; they add up to the text width.
UNIT_WIDTHS = (3.0, 6.2, 2.6, 4.2)  # 单位 holds a long library name whole
PERSON_WIDTHS = (1.6, 3.6, 3.4, 2.6, 2.2, 2.6)  # 单位 in two lines at most
# The long-text cell fills page 1 and the opinion blocks page 2, as on paper; Noto CJK
# (LibreOffice's stand-in) sets lines taller than 宋体 does, so these leave room for it.
MAIN_CELL_CM = 19.0
OPINION_CM = 5.0  # a minimum: the seal room below the opinion sets the height
# Forms 1-1 and 1-4 break the labels as printed; form 1-2's narrow column wraps them.
UNIT_OPINION_LABELS = ("单位申报\n意见", "委员馆推荐\n意见", "联盟工作委员\n会审定意见")
PERSON_OPINION_LABELS = ("单位申报意见", "委员馆推荐意见", "联盟工作委员会审定意见")


def _pairs(table: Table, row: int, pairs: list[tuple[str, str]]) -> None:
    """A row of label/value cells: 单位 | … | 单位负责人 | …"""
    for i, (label, value) in enumerate(pairs):
        k.set_text(table.cell(row, 2 * i), label)
        k.set_text(table.cell(row, 2 * i + 1), value)
    k.row_height(table, row, 1.2)


def _merged(table: Table, row: int, first: int = 0) -> _Cell:
    merged: _Cell = table.cell(row, first).merge(table.cell(row, len(table.columns) - 1))
    return merged


def _opinions(table: Table, first_row: int, ctx: FormContext, record: NominationRecord,
              labels: tuple[str, ...] = UNIT_OPINION_LABELS) -> None:
    form = record.form
    texts = (
        getattr(form, "unit_opinion", None),
        getattr(form, "committee_opinion", None),
        ctx.approval(record),
    )
    for offset, (label, text) in enumerate(zip(labels, texts, strict=True)):
        row = first_row + offset
        k.set_text(table.cell(row, 0), label)
        k.opinion_block(_merged(table, row, 1), text)
        k.row_height(table, row, OPINION_CM, keep=True)


def _body(cell: _Cell, heading: str | None, notes: list[str], text: str) -> None:
    """The long-text cell: a centred heading, the form's printed note, the filled text."""
    if heading:
        k.add_par(cell, heading, align=k.CENTER, bold=True, before=6, after=4)
    for note in notes:
        k.add_par(cell, note, size=k.NOTE_PT, indent=True, after=2)
    for line in paragraphs(text):
        k.add_par(cell, line, align=k.JUSTIFY, indent=True, spacing=1.5)
    k.remove_first_paragraph(cell)


def _unit_header(table: Table, form: Collective | SpecialCollective) -> None:
    _pairs(table, 0, [("单　　位", show(form.unit)), ("单位负责人", show(form.head))])
    _pairs(table, 1, [("加盟时间", show(form.joined)), ("联系电话", show(form.phone))])


def collective_form(ctx: FormContext, record: NominationRecord) -> Document:
    """附件 1-1 联盟工作先进集体推荐表."""
    form = record.form
    assert isinstance(form, Collective)
    award = ctx.award("collective")
    name = award.name if award else form.award
    numbers = [c.number for c in award.criteria] if award else []
    span = f"（{numbers[0]}-{numbers[-1]}）" if numbers else ""
    doc = k.new_document(f"{name}推荐表", ctx.author, ctx.stamp)
    k.heading(doc, ctx.attachment("collective"), f"{name}推荐表")
    table = k.new_table(doc, 6, UNIT_WIDTHS)
    _unit_header(table, form)
    note = f"（根据“{name}”评选条件{span}，各单位可根据自身业务完成情况申报，具体说明突出成绩。）"
    claimed = "、".join(str(n) for n in form.criteria)
    _body(_merged(table, 2), "主要工作成绩", [note, f"申报评选条件：第{claimed}项"],
          form.achievements)
    k.row_height(table, 2, MAIN_CELL_CM)
    _opinions(table, 3, ctx, record)
    k.fix_widths(table, UNIT_WIDTHS)
    return doc


def special_form(ctx: FormContext, record: NominationRecord) -> Document:
    """附件 1-4 联盟专项工作先进集体推荐表 (a working group's recommendation)."""
    form = record.form
    assert isinstance(form, SpecialCollective)
    award = ctx.award("special")
    name = award.name if award else form.award
    doc = k.new_document(f"{name}推荐表", ctx.author, ctx.stamp)
    k.heading(doc, ctx.attachment("special"), f"{name}推荐表")
    table = k.new_table(doc, 7, UNIT_WIDTHS)
    _unit_header(table, form)
    k.set_text(_merged(table, 2), "主要工作成绩", bold=True)
    k.row_height(table, 2, 1.0)
    notes = [f"（根据“{name}”评选条件，各单位可根据自身业务完成情况申报，具体说明突出成绩。）",
             f"专项工作：{show(form.project)}；推荐依据：{show(form.basis)}"]
    if form.ranking:
        notes.append(f"考核排名：{show(form.ranking)}")
    _body(_merged(table, 3), None, notes, form.achievements)
    k.row_height(table, 3, MAIN_CELL_CM - 1.0)
    _opinions(table, 4, ctx, record)
    k.fix_widths(table, UNIT_WIDTHS)
    return doc


def individual_form(ctx: FormContext, record: NominationRecord) -> Document:
    """附件 1-2 联盟工作先进个人推荐表."""
    form = record.form
    assert isinstance(form, Individual)
    award = ctx.award("individual")
    name = award.name if award else form.award
    limit = ctx.campaign.config.quotas.deeds_max_chars
    doc = k.new_document(f"{name}推荐表", ctx.author, ctx.stamp)
    k.heading(doc, ctx.attachment("individual"), f"{name}推荐表")
    table = k.new_table(doc, 7, PERSON_WIDTHS)
    _pairs(table, 0, [("姓名", show(form.name)), ("性别", show(form.gender)),
                      ("年龄", show(form.age))])
    unit = break_title(show(form.unit), k.chars_per_line(PERSON_WIDTHS[1]))  # never mid-word
    _pairs(table, 1, [("单位", unit), ("从事本工作时间", show(form.years_in_role)),
                      ("所在部门", show(form.department))])
    _pairs(table, 2, [("学历", show(form.education)), ("职务", show(form.position)),
                      ("职称", show(form.title))])
    _body(_merged(table, 3), f"主要事迹（{limit}字内）", [], form.deeds)
    k.row_height(table, 3, MAIN_CELL_CM - 1.0)
    _opinions(table, 4, ctx, record, PERSON_OPINION_LABELS)
    k.fix_widths(table, PERSON_WIDTHS)
    return doc


BUILDERS: dict[str, Callable[[FormContext, NominationRecord], Document]] = {
    "collective": collective_form,
    "special": special_form,
    "individual": individual_form,
}
