"""附件 1-3 各市推荐对象汇总表: one per committee library, filled from its files."""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm

from generator.forms import docxkit as k
from generator.forms.context import SUMMARY_NUMBER, FormContext
from generator.forms.summary import CityLists, person_name
from generator.forms.text import cn_date, position_title, show
from generator.models import Individual

TITLE = "各市推荐对象汇总表"
COLLECTIVE_WIDTHS = (1.4, 14.6)
PERSON_WIDTHS = (1.4, 4.0, 5.0, 5.6)
COLLECTIVE_HEAD = ("序号", "单位名称")
PERSON_HEAD = ("序号", "姓名", "工作单位", "职务（职称）")
NONE_ROW = "无"


def _list_table(doc: Document, caption: str, head: tuple[str, ...], widths: tuple[float, ...],
                rows: Sequence[tuple[str, ...]]) -> None:
    """先进集体 / 先进个人: a caption row over the whole width, the column heads, the rows."""
    body = rows or [("", NONE_ROW, *[""] * (len(head) - 2))]
    table = k.new_table(doc, 2 + len(body), widths)
    caption_cell = table.cell(0, 0).merge(table.cell(0, len(head) - 1))
    k.set_text(caption_cell, caption, bold=True)
    for col, text in enumerate(head):
        k.set_text(table.cell(1, col), text, bold=True)
    for r, values in enumerate(body, start=2):
        for col, text in enumerate(values):
            k.set_text(table.cell(r, col), text)
        k.row_height(table, r, 1.0, keep=True)
    k.row_height(table, 0, 1.0)
    k.row_height(table, 1, 1.0)
    k.repeat_header(table, 0)
    k.repeat_header(table, 1)
    k.fix_widths(table, widths)


def person_row(index: int, form: Individual) -> tuple[str, str, str, str]:
    return (str(index), show(person_name(form)), show(form.unit),
            show(position_title(form.position, form.title)))


def summary_form(ctx: FormContext, lists: CityLists) -> Document:
    """The filled 1-3 form of one city."""
    doc = k.new_document(f"{lists.city.name}{TITLE}", ctx.author, ctx.stamp)
    k.heading(doc, f"附件{SUMMARY_NUMBER}", TITLE)
    par = k.add_par(doc, f"推荐单位（章）：{show(lists.committee_library)}", after=10)
    par.paragraph_format.tab_stops.add_tab_stop(Cm(k.TEXT_WIDTH), WD_TAB_ALIGNMENT.RIGHT)
    when = cn_date(lists.filled_on) if lists.filled_on else k.DATE_BLANK
    k.add_run(par, f"\t{when}")
    units = [(str(i), show(name)) for i, name in enumerate(lists.collective_names(), start=1)]
    _list_table(doc, "先进集体", COLLECTIVE_HEAD, COLLECTIVE_WIDTHS, units)
    k.add_par(doc, "", after=12)
    people = [r.form for r in lists.individuals if isinstance(r.form, Individual)]
    rows = [person_row(i, form) for i, form in enumerate(people, start=1)]
    _list_table(doc, "先进个人", PERSON_HEAD, PERSON_WIDTHS, rows)
    k.add_par(doc, f"经办人：{show(lists.clerk)}", before=18, spacing=1.5)
    k.add_par(doc, f"电　话：{show(lists.phone)}", spacing=1.5)
    return doc
