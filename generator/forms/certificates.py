"""Certificates (.docx, one per honoree): 先进个人, 优秀服务案例 and the liaisons' commendation.

「对评选出的先进个人授予“联盟工作先进个人”称号，并颁发证书；对评选出的优秀案例颁发“联盟优秀服务案例”
证书」, and 「联盟办将对联盟工作联络人另外进行表彰」. Collectives get plaques instead (plaques.py).

Each block of text (title, salutation, body, issuer, date) is a frame placed from the paper's top
left corner, so the words land where the office's pre-printed certificate paper leaves room
(证书 › 文字位置 in the config); blocks not given there are laid out to suit the paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt

from generator.forms import docxkit as k
from generator.forms import govdoc as g
from generator.forms.context import FormContext
from generator.forms.numbers import number_of
from generator.forms.roll import LISTED_WITH_INDIVIDUALS, Honor, honors
from generator.forms.wording import (
    certificate_values,
    cn_numeral_date,
    fill,
    issued_on,
    issuer,
    lines,
)
from generator.models.office_documents import Certificates, Position, Wording

CERTIFIED = ("individual", "case", "liaison")
ALIGN = {"居左": k.LEFT, "居中": k.CENTER, "居右": k.RIGHT}
# sectPr children that follow w:pgBorders (17.6.17).
_AFTER_BORDERS = (
    "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
    "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
)
BORDER_COLOR = "B8860B"


@dataclass(frozen=True)
class Layout:
    title: Position
    salutation: Position
    body: Position
    issuer: Position
    date: Position


NUMBER_LABEL = "证书编号："


def number_position(width: float, height: float) -> Position:
    """The certificate's number: small, at the bottom left, inside a printed border."""
    return Position(left=round(width * 0.08, 1), top=round(height * 0.88, 1),
                    width=round(width * 0.4, 1), size=10.5, align="居左")


def default_layout(width: float, height: float) -> Layout:
    """A balanced layout for plain paper of any size (millimetres, points)."""
    scale = (width / 297) ** 0.5
    text_pt = round(22 * scale, 1)
    line_mm = text_pt * 0.3528 * 1.6
    left, text_w = round(width * 0.15, 1), round(width * 0.70, 1)
    top = round(height * 0.36, 1)
    sign_left, sign_w = round(width * 0.45, 1), round(width * 0.42, 1)
    sign_top = round(height * 0.70, 1)
    sign_pt = round(20 * scale, 1)
    return Layout(
        title=Position(left=0, top=round(height * 0.15, 1), width=width, size=round(48 * scale, 1),
                       align="居中"),
        salutation=Position(left=left, top=top, width=text_w, size=text_pt),
        body=Position(left=left, top=round(top + line_mm * 1.2, 1), width=text_w, size=text_pt),
        issuer=Position(left=sign_left, top=sign_top, width=sign_w, size=sign_pt, align="居中"),
        date=Position(left=sign_left, top=round(sign_top + sign_pt * 0.3528 * 1.8, 1),
                      width=sign_w, size=sign_pt, align="居中"),
    )


def layout(setup: Certificates) -> Layout:
    """The config's positions, the blocks it leaves out placed to suit the paper."""
    base = default_layout(*setup.paper_mm())
    given = setup.positions
    return Layout(**{name: getattr(given, name) or getattr(base, name)
                     for name in ("title", "salutation", "body", "issuer", "date")})


def place(doc: Document, pos: Position, paragraphs: list[str], font: str, *,
          indent: bool = False) -> None:
    """A block of text at its place on the paper; Word keeps consecutive paragraphs with the
    same frame in one frame, so a long text flows down from the block's top."""
    for text in paragraphs:
        par = doc.add_paragraph()
        par.alignment = ALIGN[pos.align]
        fmt = par.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), 1.5
        if indent:
            fmt.first_line_indent = Pt(2 * pos.size)
        k.frame(par, w=round(pos.width * k.TWIPS_PER_MM), hSpace=0, wrap="around", vAnchor="page",
                hAnchor="page", x=round(pos.left * k.TWIPS_PER_MM), y=round(pos.top * k.TWIPS_PER_MM))
        k.add_run(par, text, size=pos.size, font=pos.font or font)


def _page(doc: Document, setup: Certificates) -> None:
    width, height = setup.paper_mm()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE if width > height else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Mm(10))
    section.header_distance = section.footer_distance = Mm(5)
    if not setup.preprinted:
        _border(section._sectPr)


def _border(sect_pr: BaseOxmlElement) -> None:
    """A double frame round the page, for certificates printed on plain paper."""
    borders = OxmlElement("w:pgBorders")
    borders.set(qn("w:offsetFrom"), "page")
    for edge in ("top", "left", "bottom", "right"):
        line = OxmlElement(f"w:{edge}")
        for attr, value in (("val", "double"), ("sz", "18"), ("space", "24"),
                            ("color", BORDER_COLOR)):
            line.set(qn(f"w:{attr}"), value)
        borders.append(line)
    sect_pr.insert_element_before(borders, *_AFTER_BORDERS)


def wording_for(ctx: FormContext, honor: Honor) -> Wording:
    """A liaison listed among the 先进个人 gets that certificate; otherwise their own words."""
    words = ctx.campaign.config.certificates.wordings
    if honor.kind == "case":
        return words.case
    if honor.kind == "liaison" and ctx.campaign.config.liaison_listing != LISTED_WITH_INDIVIDUALS:
        return words.liaison
    return words.individual


def certificate(ctx: FormContext, honor: Honor) -> Document:
    """One honoree's certificate."""
    config = ctx.campaign.config
    setup = config.certificates
    words = wording_for(ctx, honor)
    values = certificate_values(config, ctx.registry, honor, honor.award)
    doc = k.new_document(f"{honor.award}证书：{honor.name}", ctx.author, ctx.stamp)
    g.register_fonts(doc)
    _page(doc, setup)
    spots = layout(setup)
    if not setup.preprinted:
        place(doc, spots.title, [setup.title], g.XIAOBIAOSONG)
    place(doc, spots.salutation, lines(fill(words.salutation, values)), g.KAITI)
    place(doc, spots.body, lines(fill(words.text, values)), g.KAITI, indent=True)
    place(doc, spots.issuer, [setup.issuer or issuer(config, ctx.registry)], g.KAITI)
    assert ctx.campaign.decisions is not None
    day = issued_on(config, ctx.campaign.decisions)
    place(doc, spots.date, [cn_numeral_date(day)], g.KAITI)
    everyone = honors(ctx.registry, ctx.campaign)
    place(doc, number_position(*setup.paper_mm()),
          [NUMBER_LABEL + number_of(config, everyone, honor)], g.SONGTI)
    return doc


def certified(everyone: list[Honor]) -> list[Honor]:
    """Who gets a certificate, in the decisions' order (the liaisons last)."""
    return [h for h in everyone if h.kind in CERTIFIED]
