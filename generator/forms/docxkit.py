"""python-docx helpers for printed Chinese forms: A4, CJK fonts, explicit borders, merges."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from docx import Document as new_docx
from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from generator.forms.text import paragraphs

# Font names as a Chinese Windows (and WPS) installs them; Latin text and digits in
# Times New Roman, as government forms print them.
SONG = "宋体"
HEI = "黑体"
LATIN = "Times New Roman"
BODY_PT = 12  # 小四
TITLE_PT = 18  # 小二
LABEL_PT = 16  # 三号
NOTE_PT = 10.5  # 五号
PAGE_W, PAGE_H = 21.0, 29.7
MARGIN_TB, MARGIN_LR = 2.54, 2.5
TEXT_WIDTH = PAGE_W - 2 * MARGIN_LR  # cm
STAMP = "（盖章）"
DATE_BLANK = "年　　月　　日"
STAMP_ROOM_PT = 110  # blank space above （盖章） for the round seal (about 4 cm)

# CT_TblPr's child sequence in the OOXML schema (ECMA-376 Part 1, 17.4.60).
_TBL_PR_ORDER = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription",
    "w:tblPrChange",
)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def set_fonts(r_pr: object, east_asia: str, latin: str = LATIN) -> None:
    """Name fonts explicitly; theme attributes would override them in Word."""
    fonts = r_pr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)  # type: ignore[attr-defined]
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr, name in (("ascii", latin), ("hAnsi", latin), ("eastAsia", east_asia), ("cs", latin)):
        fonts.set(qn(f"w:{attr}"), name)


def _set_chinese_language(r_pr: object) -> None:
    lang = r_pr.find(qn("w:lang"))  # type: ignore[attr-defined]
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)  # type: ignore[attr-defined]
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")


def new_document(title: str, author: str, stamp: datetime) -> Document:
    """An empty A4 document whose default text is 宋体 小四."""
    doc = new_docx()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(PAGE_W), Cm(PAGE_H)
    section.top_margin = section.bottom_margin = Cm(MARGIN_TB)
    section.left_margin = section.right_margin = Cm(MARGIN_LR)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(r_pr, SONG)
    _set_chinese_language(r_pr)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    set_fonts(normal.element.get_or_add_rPr(), SONG)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = title, author, author
    props.comments = props.keywords = props.subject = ""
    props.created = props.modified = stamp
    props.revision = 1
    return doc


def add_run(par: Paragraph, text: str, *, size: float = BODY_PT, bold: bool = False,
            font: str = SONG) -> None:
    run = par.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    set_fonts(run._element.get_or_add_rPr(), font)


def add_par(container: Document | _Cell, text: str = "", *, align: WD_ALIGN_PARAGRAPH = LEFT,
            size: float = BODY_PT, bold: bool = False, font: str = SONG, indent: bool = False,
            before: float = 0, after: float = 0, spacing: float = 1.0) -> Paragraph:
    """A paragraph with one run; `indent` gives the two-character first-line indent."""
    par: Paragraph = container.add_paragraph()
    par.alignment = align
    fmt = par.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(before), Pt(after), spacing
    if indent:
        fmt.first_line_indent = Pt(2 * size)
    if text:
        add_run(par, text, size=size, bold=bold, font=font)
    return par


def heading(doc: Document, attachment: str | None, title: str) -> None:
    """「附件1-1」 at the top left, then the form's title centred."""
    if attachment:
        add_par(doc, attachment, size=LABEL_PT, font=HEI)
    add_par(doc, title, align=CENTER, size=TITLE_PT, bold=True, before=6, after=12)


def remove_first_paragraph(cell: _Cell) -> None:
    """Cells start with one empty paragraph; drop it once content was added after it."""
    first = cell.paragraphs[0]
    if len(cell.paragraphs) > 1 and not first.text:
        first._element.getparent().remove(first._element)


def set_text(cell: _Cell, text: str, *, align: WD_ALIGN_PARAGRAPH = CENTER, bold: bool = False,
             size: float = BODY_PT) -> None:
    """Replace a cell's content with one paragraph, vertically centred."""
    lines = text.split("\n") if text else [""]
    for line in lines:
        add_par(cell, line, align=align, bold=bold, size=size)
    remove_first_paragraph(cell)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def new_table(doc: Document, rows: int, widths: Sequence[float]) -> Table:
    """A fixed-layout, centred table with single black borders and the given column widths."""
    table: Table = doc.add_table(rows=rows, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    old = tbl_pr.find(qn("w:tblW"))
    if old is not None:
        tbl_pr.remove(old)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(_twips(sum(widths))))
    width.set(qn("w:type"), "dxa")
    # Word rejects a document whose children are out of the schema's order.
    tbl_pr.insert_element_before(width, *_TBL_PR_ORDER[_TBL_PR_ORDER.index("w:tblW") + 1:])
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "8")  # eighths of a point: 1 pt
        line.set(qn("w:space"), "0")
        line.set(qn("w:color"), "000000")
        borders.append(line)
    tbl_pr.insert_element_before(
        borders, *_TBL_PR_ORDER[_TBL_PR_ORDER.index("w:tblBorders") + 1:])
    for col, cm in zip(table.columns, widths, strict=True):
        col.width = Cm(cm)
    return table


def _twips(cm: float) -> int:
    return round(cm / 2.54 * 1440)


def fix_widths(table: Table, widths: Sequence[float]) -> None:
    """Give every cell (merged ones too) its width in twips; Word and WPS need tcW."""
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths[col:col + span]))
            col += span


def row_height(table: Table, index: int, cm: float, *, keep: bool = False) -> None:
    """A minimum row height; `keep` stops Word from splitting the row across pages."""
    row = table.rows[index]
    row.height = Cm(cm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    if keep:
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))


CELL_PADDING_CM = 0.4  # a table cell's left and right margins together


def chars_per_line(width_cm: float, size: float = BODY_PT) -> int:
    """How many Chinese characters of this size a column of this width holds on one line."""
    return int((width_cm - CELL_PADDING_CM) / (size * 2.54 / 72))


def keep_row_with_next(table: Table, index: int) -> None:
    """Keep this row on the page of the paragraph after the table (its paragraphs' keep-with-next,
    which Word and LibreOffice apply to the row)."""
    for cell in table.rows[index].cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


def repeat_header(table: Table, index: int) -> None:
    """Repeat this row at the top of every page the table runs onto."""
    tr_pr = table.rows[index]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def opinion_block(cell: _Cell, text: str | None) -> None:
    """An opinion cell: the opinion (if any), room for the seal, （盖章） and the date line."""
    lines = paragraphs(text) or [""]
    for line in lines:
        add_par(cell, line, indent=bool(line), spacing=1.5, before=4)
    add_par(cell, STAMP, align=RIGHT, before=STAMP_ROOM_PT).paragraph_format.right_indent = Cm(2.2)
    add_par(cell, DATE_BLANK, align=RIGHT, before=8, after=8).paragraph_format.right_indent = (
        Cm(1.0)
    )
    remove_first_paragraph(cell)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP


TWIPS_PER_MM = 1440 / 25.4
# pPr children that follow w:framePr (ECMA-376 Part 1, 17.3.1.26): Word wants this order
# (python-docx defines no framePr).
_AFTER_FRAME = (
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing",
    "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
    "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)


def frame(par: Paragraph, **attrs: object) -> None:
    """Set the paragraph in a text frame (w:framePr with these attributes, e.g. w=…, yAlign=…);
    Word and LibreOffice join neighbouring paragraphs with the same frame into one."""
    element = OxmlElement("w:framePr")
    for attr, value in attrs.items():
        element.set(qn(f"w:{attr}"), str(value))
    par._p.get_or_add_pPr().insert_element_before(element, *_AFTER_FRAME)
