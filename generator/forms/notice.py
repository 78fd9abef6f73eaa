"""拟表彰名单公示 (.docx): the same words as the site's 公示 page, with the list by award."""

from __future__ import annotations

from docx.document import Document

from generator.forms import govdoc as g
from generator.forms.context import FormContext
from generator.forms.honorlist import honor_groups
from generator.forms.publicity import publicity_text
from generator.forms.roll import honors
from generator.forms.rolldoc import honor_lists
from generator.forms.text import cn_date

# Written in by hand when the config has no 公示 block yet.
BLANK_PERIOD = "公示期：　　年　　月　　日至　　年　　月　　日。"
BLANK_CONTACT = ["联系人：", "电话："]
BLANK_DATE = "　　年　　月　　日"


def publicity_notice(ctx: FormContext) -> Document:
    """The notice the office posts while the list is 拟表彰."""
    config, decisions = ctx.campaign.config, ctx.campaign.decisions
    office = ctx.registry.office.name
    text = publicity_text(config, decisions, office)
    doc = g.new_official(text.title, ctx.author, ctx.stamp)
    g.title(doc, text.title)
    g.body(doc, [text.intro], before=1)
    honor_lists(doc, honor_groups(config, honors(ctx.registry, ctx.campaign)), before=1)
    closing = [text.period or BLANK_PERIOD, text.procedure]
    contacts = text.objection or BLANK_CONTACT
    g.body(doc, closing, before=1)
    g.body(doc, contacts)
    day = cn_date(config.publicity.start) if config.publicity else BLANK_DATE
    # The closing (公示期, the procedure, whom to write to) goes over with the signature: the
    # last page never holds a few lines alone.
    g.signature(doc, office, day, keep=len(closing) + len(contacts))
    return doc
