"""Chinese official-document layout (GB/T 9704-2012) for the 公示 notice and the 表彰决定.

A4, 天头 37 mm, 订口 28 mm, a 156 × 225 mm text block of 22 lines × 28 characters; body in 仿宋
三号, titles in 小标宋 二号, first-level headings in 黑体; page numbers 「— 1 —」 in 宋体 四号,
odd pages on the right and even pages on the left. Fonts are named as offices install them,
with fallbacks in the font table for a Word or WPS that lacks them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from generator.forms import docxkit as k

FANGSONG = "仿宋_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
HEITI = "黑体"
KAITI = "楷体_GB2312"
SONGTI = "宋体"
# Name -> fallbacks Word tries in turn when the font is not installed (w:altName), and the
# font table's charset (86: GB2312) and family, which guide its own substitution.
FALLBACKS = {
    FANGSONG: ("仿宋,FangSong,STFangsong,宋体", "roman"),
    XIAOBIAOSONG: ("方正小标宋_GBK,华文中宋,STZhongsong,宋体", "roman"),
    HEITI: ("SimHei,黑体,STHeiti", "modern"),
    KAITI: ("楷体,KaiTi,STKaiti,宋体", "roman"),
    SONGTI: ("SimSun,STSong", "roman"),
}

PAGE_W, PAGE_H = 210, 297  # mm
TOP, BOTTOM, LEFT, RIGHT = 37, 35, 28, 26  # mm: a 156 × 225 mm text block
LINES, CHARS = 22, 28
BODY_PT = 16.0  # 三号
TITLE_PT = 22.0  # 二号
TABLE_PT = 14.0  # 四号
PAGE_NUMBER_PT = 14.0  # 四号
LINE_TWIPS = 579  # 225 mm / 22 lines = 28.95 pt, as Word's grid sets it
LINE = Pt(LINE_TWIPS / 20)
# 156 mm is 442.2 pt: 28 characters of 16 pt need each to give up 0.21 pt.
CONDENSE_TWENTIETHS = -5
RED = RGBColor(0xE6, 0x00, 0x12)
TEXT_MM = PAGE_W - LEFT - RIGHT
_AFTER_SPACING = (
    "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr",
    "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
    "w:specVanish", "w:oMath",
)


def register_fonts(doc: Document) -> None:
    """Add the fonts with their fallbacks to word/fontTable.xml."""
    part = next(p for p in doc.part.package.iter_parts() if p.partname == "/word/fontTable.xml")
    table = parse_xml(part.blob)
    for name, (alternatives, family) in FALLBACKS.items():
        table.append(parse_xml(
            f'<w:font {nsdecls("w")} w:name="{name}"><w:altName w:val="{alternatives}"/>'
            f'<w:charset w:val="86"/><w:family w:val="{family}"/><w:pitch w:val="variable"/>'
            "</w:font>"
        ))
    from lxml import etree  # python-docx's own XML library

    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def _grid(doc: Document) -> None:
    """22 lines of 28 characters: a line grid of 28.95 pt, and the body's characters condensed by
    a quarter point so 28 of 三号 fit the 156 mm line. (Word's character grid would do the latter,
    but LibreOffice gives each character two cells of such a grid and prints 14 to a line.)"""
    sect_pr = doc.sections[0]._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(LINE_TWIPS))
    for attr in ("w:charSpace",):
        grid.attrib.pop(qn(attr), None)


def condensed(r_pr: object) -> None:
    """Characters a quarter point closer: 28 characters of 三号 to a 156 mm line."""
    spacing = r_pr.find(qn("w:spacing"))  # type: ignore[attr-defined]
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        # Word rejects run properties out of the schema's order (ECMA-376 Part 1, 17.3.2.28).
        r_pr.insert_element_before(spacing, *_AFTER_SPACING)  # type: ignore[attr-defined]
    spacing.set(qn("w:val"), str(CONDENSE_TWENTIETHS))


def _page_numbers(doc: Document) -> None:
    """「— 1 —」: odd pages right, even pages left, one character in from the edge."""
    doc.settings.odd_and_even_pages_header_footer = True
    section = doc.sections[0]
    section.footer_distance = Mm(BOTTOM - 7 - 5)
    for footer, align in ((section.footer, k.RIGHT), (section.even_page_footer, k.LEFT)):
        par: Paragraph = footer.paragraphs[0]
        par.alignment = align
        fmt = par.paragraph_format
        fmt.line_spacing, fmt.space_before, fmt.space_after = 1.0, Pt(0), Pt(0)
        if align == k.RIGHT:
            fmt.right_indent = Pt(PAGE_NUMBER_PT)
        else:
            fmt.left_indent = Pt(PAGE_NUMBER_PT)
        k.add_run(par, "— ", size=PAGE_NUMBER_PT, font=SONGTI)
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        par._p.append(field)
        k.add_run(par, " —", size=PAGE_NUMBER_PT, font=SONGTI)
        for r in par.runs:
            k.set_fonts(r._element.get_or_add_rPr(), SONGTI, SONGTI)


def new_official(title: str, author: str, stamp: datetime) -> Document:
    """An empty official document: page, margins, grid, 仿宋 三号 body, page numbers."""
    doc = k.new_document(title, author, stamp)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(PAGE_W), Mm(PAGE_H)
    section.top_margin, section.bottom_margin = Mm(TOP), Mm(BOTTOM)
    section.left_margin, section.right_margin = Mm(LEFT), Mm(RIGHT)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    k.set_fonts(normal.element.get_or_add_rPr(), FANGSONG)
    condensed(normal.element.get_or_add_rPr())
    normal.paragraph_format.line_spacing = LINE
    _grid(doc)
    register_fonts(doc)
    _page_numbers(doc)
    return doc


def par(doc: Document, text: str = "", *, align: WD_ALIGN_PARAGRAPH = k.JUSTIFY,
        size: float = BODY_PT, font: str = FANGSONG, indent: float = 0, before: int = 0,
        exact: bool = True, right: float = 0, new_page: bool = False) -> Paragraph:
    """A paragraph on the grid; indent and right are in characters of the body size,
    before in blank lines."""
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = new_page or None
    p.alignment = align
    fmt = p.paragraph_format
    fmt.line_spacing = LINE if exact else 1.0
    fmt.space_before = Pt(before * LINE_TWIPS / 20)
    fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(indent * BODY_PT)
    if right:
        fmt.right_indent = Pt(right * BODY_PT)
    if text:
        k.add_run(p, text, size=size, font=font)
    return p


def body(doc: Document, paragraphs: Sequence[str], *, before: int = 0) -> None:
    """正文: each paragraph indented two characters, lines back to the margin."""
    for i, text in enumerate(paragraphs):
        par(doc, text, indent=2, before=before if i == 0 else 0)


def title(doc: Document, text: str, *, before: int = 0) -> None:
    """The document's title: 小标宋 二号, centred; a line break in the text breaks the title
    where the office wants it (「回行时要做到词意完整，排列对称」)."""
    for i, line in enumerate(t for t in text.split("\n") if t.strip()):
        p = par(doc, line.strip(), align=k.CENTER, size=TITLE_PT, font=XIAOBIAOSONG,
                before=before if i == 0 else 0)
        p.paragraph_format.keep_with_next = True


def masthead(doc: Document, text: str) -> None:
    """发文机关标志: red 小标宋, centred, its top 35 mm below the text block's top edge."""
    size = min(52.0, TEXT_MM / 25.4 * 72 / max(len(text), 1) * 0.95)
    p = par(doc, exact=False, align=k.CENTER)
    p.paragraph_format.space_before = Mm(35 - size * 0.25)  # the glyphs sit below the line top
    k.add_run(p, text, size=size, font=XIAOBIAOSONG)
    p.runs[0].font.color.rgb = RED


def number_and_rule(doc: Document, number: str) -> None:
    """发文字号 two lines under the masthead, and the red rule 4 mm under it, as wide as the text."""
    p = par(doc, number, align=k.CENTER, before=2)
    p_pr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for attr, value in (("val", "single"), ("sz", "12"), ("space", "11"), ("color", "E60012")):
        bottom.set(qn(f"w:{attr}"), value)
    borders.append(bottom)
    p_pr.append(borders)


def signature(doc: Document, signer: str, day: str, *, before: int = 2, keep: int = 1) -> None:
    """发文机关署名 centred over the 成文日期, the date four characters in from the right; the
    last `keep` paragraphs go to the signature's page with it (GB/T 9704 7.3.5: never a date and
    signature without text, nor a near-empty last page)."""
    def width(text: str) -> float:
        return sum(0.5 if ch.isascii() else 1.0 for ch in text)

    offset = max(0.0, 4 + (width(day) - width(signer)) / 2)
    for paragraph in doc.paragraphs[-keep:] if keep else []:
        paragraph.paragraph_format.keep_with_next = True
    par(doc, signer, align=k.RIGHT, before=before, right=offset).paragraph_format.keep_with_next = True
    par(doc, day, align=k.RIGHT, right=4)


def attachment_note(doc: Document, text: str) -> None:
    """附件说明: one line under the body, two characters in, later lines under the name."""
    p = par(doc, text, before=1)
    label = len(text.split("：", 1)[0]) + 1 if "：" in text else 0
    p.paragraph_format.left_indent = Pt((2 + label) * BODY_PT)
    p.paragraph_format.first_line_indent = Pt(-label * BODY_PT)


def heading(doc: Document, text: str, *, before: int = 0) -> None:
    """A first-level heading: 「一、……」 in 黑体, two characters in, kept with its table."""
    par(doc, text, font=HEITI, indent=2, before=before).paragraph_format.keep_with_next = True


def _border(p: Paragraph, side: str, eighths: int) -> None:
    p_pr = p._p.get_or_add_pPr()
    borders = p_pr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        p_pr.append(borders)
    line = OxmlElement(f"w:{side}")
    for attr, value in (("val", "single"), ("sz", str(eighths)), ("space", "1"), ("color", "000000")):
        line.set(qn(f"w:{attr}"), value)
    borders.append(line)


def _at_foot(p: Paragraph) -> None:
    """Set the paragraph in a frame as wide as the text block at the foot of its page; text
    above flows around it, so the frame moves to the next page only with what is kept with it."""
    k.frame(p, w=round(TEXT_MM * k.TWIPS_PER_MM), wrap="around", vAnchor="margin",
            hAnchor="margin", xAlign="center", yAlign="bottom")


def imprint(doc: Document, copies: str | None, printer: str, day: str) -> None:
    """版记 (GB/T 9704-2012 7.3): 抄送 and 印发机关/印发日期 in 仿宋 四号, one character in from
    each side, between a thick rule (0.35 mm) above and below and a thin one (0.25 mm) between;
    kept together, on the last page with its last line on the text block's last line (7.3.1:
    「版记中的……最后一个要素置于最后一行」): a frame at the foot of the page."""
    rows = []
    if copies:
        rows.append(par(doc, f"抄送：{copies.rstrip('。')}。", size=TABLE_PT, align=k.LEFT))
    last = par(doc, printer, size=TABLE_PT, align=k.LEFT)
    last.add_run("\t")
    k.add_run(last, f"{day}印发", size=TABLE_PT, font=FANGSONG)
    last.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_MM) - Pt(TABLE_PT), WD_TAB_ALIGNMENT.RIGHT)
    rows.append(last)
    for i, p in enumerate(rows):
        _at_foot(p)
        p.paragraph_format.left_indent = Pt(TABLE_PT)
        p.paragraph_format.right_indent = Pt(TABLE_PT)
        p.paragraph_format.keep_with_next = i < len(rows) - 1
        p.paragraph_format.keep_together = True
        _border(p, "top", 8 if i == 0 else 6)
    _border(rows[-1], "bottom", 8)
