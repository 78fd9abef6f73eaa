"""表彰决定 (.docx): the committee's decision as an official document, its list as the attachment.

The wording comes from the config (表彰决定: 标题, 正文模板, 附件标题 …), so the office edits it
without code; the layout follows GB/T 9704 (generator/forms/govdoc.py).
"""

from __future__ import annotations

from docx.document import Document

from generator.forms import docxkit as k
from generator.forms import govdoc as g
from generator.forms.context import FormContext
from generator.forms.honorlist import honor_groups
from generator.forms.roll import honors
from generator.forms.rolldoc import honor_lists
from generator.forms.text import cn_date
from generator.forms.wording import decision_values, fill, issuer, lines, masthead, signed_on

# A 文号 not yet assigned: left for the office to write in, in the standard's shape.
BLANK_NUMBER = "〔　　〕　号"
ATTACHMENT = "附件"


def decision_document(ctx: FormContext) -> Document:
    """The 表彰决定 of a year whose list is 已表彰."""
    config, decisions = ctx.campaign.config, ctx.campaign.decisions
    assert decisions is not None
    setup = config.decision_document
    everyone = honors(ctx.registry, ctx.campaign)
    groups = honor_groups(config, everyone)
    values = decision_values(config, ctx.registry, decisions, groups, everyone)
    heading = fill(setup.title, values)
    attachment = fill(setup.attachment, values)
    doc = g.new_official("".join(heading.split()), ctx.author, ctx.stamp)
    g.masthead(doc, masthead(config, ctx.registry))
    g.number_and_rule(doc, decisions.document or BLANK_NUMBER)
    g.title(doc, heading, before=2)
    g.par(doc, f"{setup.recipients.rstrip('：:')}：", before=1)
    g.body(doc, lines(fill(setup.body, values)))
    g.attachment_note(doc, f"{ATTACHMENT}：{''.join(line.strip() for line in attachment.splitlines())}")
    g.signature(doc, issuer(config, ctx.registry), cn_date(signed_on(config, decisions)))
    g.par(doc, ATTACHMENT, align=k.LEFT, font=g.HEITI, new_page=True)
    g.title(doc, attachment)
    g.par(doc)
    honor_lists(doc, groups)
    if doc.tables:  # the 版记 never alone on a page: the list's last row goes with it
        k.keep_row_with_next(doc.tables[-1], -1)
    g.imprint(doc, setup.copies, setup.printer or f"{ctx.registry.alliance}工作委员会办公室",
              cn_date(setup.printed_on or signed_on(config, decisions)))
    return doc
