"""The print check: every .docx and .xlsx `honors forms` writes for the demo (the newest year at
公示, and the decided year with its 表彰决定, certificates and plaque list) converts to PDF in
LibreOffice, and pdfplumber measures what the office would print:

- no text smaller than PRINT_MIN_PT (10 pt; the review sheet on A4 landscape too);
- no page less than a quarter filled, except by design: a one-page document or sheet is as long
  as its content, and a table's last pages hold the rows that remain (a spreadsheet's trailing
  pages); a document's near-empty last page (a signature alone) is never by design;
- no name (a person, a library, a city, a group, a case's title) that fills a table cell split
  across lines: a column is as wide as the names in it, or the cell breaks a long title where
  its words allow (after the colon);
- printed lists never leave 所在城市 empty (「省级」 for a unit under no city).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable
from pathlib import Path

import pytest
from docx.document import Document as DocxDocument
from openpyxl import load_workbook

from generator.forms.context import FormContext
from generator.forms.convert import to_pdfs
from generator.forms.decision import decision_document
from generator.forms.govdoc import BOTTOM, LINE_TWIPS
from generator.forms.labels import PROVINCE_WIDE, display_name, nominator
from generator.forms.notice import publicity_notice
from generator.forms.review import INFO, SHEET
from generator.forms.roll import Honor
from generator.forms.rolldoc import row_values
from generator.forms.sheetkit import CELL_PT, PRINT_MIN_PT
from generator.forms.text import break_title
from generator.load.records import Campaign, Repository
from generator.models import Individual

from .helpers import Generated
from .printcheck import (
    Line,
    Page,
    broken_names,
    calc_installed,
    convert_all,
    filled,
    measure,
    sections,
)

QUARTER = 0.25
PRINT = [pytest.mark.libreoffice, pytest.mark.slow]
Printed = dict[Path, list[Page]]


def _sources(*runs: Generated) -> list[Path]:
    files = [p for run in runs for p in sorted(run.target.rglob("*"))
             if p.suffix in (".docx", ".xlsx")]
    if calc_installed():
        return files
    if os.environ.get("HONORS_REQUIRE_TOOLS"):
        pytest.fail("LibreOffice Calc is required in CI but is not installed")
    return [p for p in files if p.suffix == ".docx"]


@pytest.fixture(scope="module")
def printed(demo: Generated, decided: Generated,
            tmp_path_factory: pytest.TempPathFactory) -> Printed:
    """Each generated file's measured PDF pages (one LibreOffice run for all)."""
    pdfs = convert_all(_sources(demo, decided), tmp_path_factory.mktemp("print-check"))
    return {source: measure(pdf) for source, pdf in pdfs.items()}


def _names(repo: Repository, campaigns: Iterable[Campaign]) -> set[str]:
    """Every name a printed table may hold whole."""
    found: set[str] = set()
    for campaign in campaigns:
        registry = campaign.registry or repo.registry
        assert registry is not None
        for n in campaign.nominations:
            found |= {display_name(n), str(getattr(n.form, "unit", "")),
                      nominator(registry, n.source)}
            if isinstance(n.form, Individual):
                found.add(n.form.name)
        for city in registry.cities:
            found |= {city.name, city.committee_library}
    return found - {""}


def _label(source: Path, page: Page | None = None) -> str:
    where = f"{source.parent.name}/{source.name}"
    return f"{where} 第{page.number}页" if page else where


@pytest.mark.libreoffice
@pytest.mark.slow
def test_every_generated_file_converts_to_pdf(demo: Generated, decided: Generated,
                                              printed: Printed) -> None:
    expected = set(_sources(demo, decided))
    assert set(printed) == expected
    assert len(expected) > 100  # both years' forms, lists, sheets and certificates
    assert all(pages and any(p.lines for p in pages) for pages in printed.values())


@pytest.mark.libreoffice
@pytest.mark.slow
def test_no_text_smaller_than_the_minimum(printed: Printed) -> None:
    small = [f"{_label(source, page)}：{page.smallest:.1f} pt"
             for source, pages in printed.items() for page in pages
             if page.lines and page.smallest < PRINT_MIN_PT]
    assert small == []


def _short_pages(source: Path, pages: list[Page]) -> list[str]:
    """The pages under a quarter filled that no design explains."""
    short = []
    for section in sections(pages):
        if len(section) == 1:
            continue  # a one-page document or sheet is as long as its content
        shares = filled(section)
        low = [i for i, share in enumerate(shares) if share < QUARTER]
        if source.suffix == ".xlsx":  # a table's trailing pages hold what remains of it
            trailing = len(section)
            while trailing and shares[trailing - 1] < QUARTER:
                trailing -= 1
            low = [i for i in low if i < trailing]
        short += [f"{_label(source, section[i])}：{shares[i]:.0%}" for i in low]
    return short


@pytest.mark.libreoffice
@pytest.mark.slow
def test_no_page_less_than_a_quarter_filled(printed: Printed) -> None:
    short = [line for source, pages in printed.items() for line in _short_pages(source, pages)]
    assert short == []


@pytest.mark.libreoffice
@pytest.mark.slow
def test_names_in_table_cells_stay_whole(demo: Generated, decided: Generated,
                                         printed: Printed) -> None:
    names = _names(demo.repo, [demo.campaign, decided.campaign])
    broken = {_label(source): found for source, pages in printed.items()
              if (found := broken_names(source, pages, names))}
    assert broken == {}


@pytest.mark.libreoffice
@pytest.mark.slow
def test_review_sheet_prints_readably_award_by_award(demo: Generated, printed: Printed) -> None:
    """A4 landscape, 10 pt and more, the header row on every page, each page one award's rows."""
    source = demo.target / "审议评分表.xlsx"
    if source not in printed:
        pytest.skip("LibreOffice Calc is not installed")
    pages = printed[source]
    assert len(pages) > 1
    assert all(p.landscape and p.smallest >= PRINT_MIN_PT for p in pages)
    assert all(any(line.text.startswith("序号") for line in p.lines) for p in pages)
    ws = load_workbook(source)[SHEET]
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    name_col = INFO.index("名称/姓名")
    others = [str(v) for r in rows for v in r if v and v != r[name_col]]
    award_of: dict[str, set[str]] = {}
    for row in rows:
        award_of.setdefault(str(row[name_col]), set()).add(str(row[1]))
    # Names that tell their award on a page: of one award, found in no other cell or name.
    unique = {name: next(iter(awards)) for name, awards in award_of.items()
              if len(awards) == 1 and "\n" not in name
              and not any(name in text for text in others)
              and not any(name in other for other in award_of if other != name)}
    per_page = [{award for name, award in unique.items()
                 if any(name in line.text for line in p.lines)} for p in pages]
    assert all(len(awards) == 1 for awards in per_page), per_page
    assert len({frozenset(a) for a in per_page}) == len(set(unique.values()))  # every award


def test_printed_lists_never_leave_the_city_empty(demo: Generated) -> None:
    """A unit under no city (a group's own nominee, the provincial library) prints 「省级」."""
    honor = Honor(kind="individual", award="联盟工作先进个人", project="", name="魏晨",
                  unit="陕西省图书馆", city="", nominator="技术支持工作组", note="")
    assert row_values("individual", 1, honor) == ["1", "魏晨", "陕西省图书馆", PROVINCE_WIDE]
    ws = load_workbook(demo.target / "审议评分表.xlsx")[SHEET]
    column = INFO.index("所在城市")
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    cities = {str(r[INFO.index("名称/姓名")]): r[column] for r in rows}
    assert all(cities.values())
    assert cities["魏晨"] == cities["钱丽君"] == PROVINCE_WIDE  # 陕西省图书馆, 阅读推广工作组
    assert cities["西安市灞水区图书馆"] == "西安市"


def test_review_sheet_page_setup(demo: Generated) -> None:
    """What the printed sheet rests on, readable without LibreOffice: a fixed scale that keeps
    10 pt (never fit to one page), header row and 序号 to 名称/姓名 repeated, a page break
    before each award's first row and before the claims and the scores."""
    ws = load_workbook(demo.target / "审议评分表.xlsx")[SHEET]
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize or 0) == 9  # A4
    assert not ws.sheet_properties.pageSetUpPr.fitToPage
    assert CELL_PT * int(ws.page_setup.scale or 100) / 100 >= PRINT_MIN_PT
    assert (ws.print_title_rows, ws.print_title_cols) == ("$3:$3", "$A:$D")
    awards = [str(r[1]) for r in ws.iter_rows(min_row=4, values_only=True)]
    changes = [4 + i - 1 for i in range(1, len(awards)) if awards[i] != awards[i - 1]]
    assert [b.id for b in ws.row_breaks.brk] == changes  # a break after each award's last row
    assert [b.id for b in ws.col_breaks.brk] == [INFO.index("申报条件"), len(INFO)]


@pytest.mark.parametrize(("title", "fits", "printed"), [
    ("青铜器上的汉字：周原青铜文化研学", 15, "青铜器上的汉字：\n周原青铜文化研学"),
    ("青铜器上的汉字：周原青铜文化研学", 16, "青铜器上的汉字：周原青铜文化研学"),  # it fits
    ("一卡通借还进村：褒河区总分馆体系建设", 15, "一卡通借还进村：褒河区\n总分馆体系建设"),
    ("榆林市窟野县图书馆", 6, "榆林市窟野县\n图书馆"),
    ("西安市白鹿塬县图书馆", 6, "西安市\n白鹿塬县\n图书馆"),
    ("沙地书屋治沙站里的流动借阅点和图书角", 10, "沙地书屋治沙站里的流动借阅点和图书角"),  # no word end
])
def test_long_names_break_where_their_words_end(title: str, fits: int, printed: str) -> None:
    assert break_title(title, fits) == printed


def _padded(doc: DocxDocument, before: str, count: int) -> DocxDocument:
    """The document with `count` empty body lines inserted before the first paragraph that
    starts with `before`: the text after it moves down, line by line, over a page end."""
    anchor = next(p for p in doc.paragraphs if p.text.startswith(before))
    blank = copy.deepcopy(anchor._p)
    for run in blank.findall(".//{*}r"):
        blank.remove(run)
    for _ in range(count):
        anchor._p.addprevious(copy.deepcopy(blank))
    return doc


LINES_PER_PAGE = 22  # GB/T 9704: 22 lines of 28 characters; every position of a page end


@pytest.fixture(scope="module")
def padded_decisions(decided: Generated, tmp_path_factory: pytest.TempPathFactory
                     ) -> list[tuple[str, list[Page]]]:
    """The decided year's 表彰决定 with 0, 2, … 20 blank lines before its list: the list and the
    版记 moved over every position of a page end, each measured as printed."""
    registry = decided.campaign.registry or decided.repo.registry
    assert registry is not None
    ctx = FormContext(registry, decided.campaign)
    folder = tmp_path_factory.mktemp("padded-decisions")
    files = []
    for count in range(0, LINES_PER_PAGE, 2):
        path = folder / f"decision-{count:02d}.docx"
        _padded(decision_document(ctx), "一、", count).save(str(path))
        files.append(path)
    pdfs = to_pdfs(files, folder / "pdf")
    return [(path.name, measure(pdf)) for path, pdf in zip(files, pdfs, strict=True)]


def _imprint_line(line: Line) -> bool:
    return line.text.startswith("抄送") or line.text.endswith("印发")


def _imprint(page: Page) -> list[Line]:
    return [line for line in page.lines if _imprint_line(line)]


@pytest.mark.libreoffice
@pytest.mark.slow
def test_imprint_is_never_alone_on_the_last_page(padded_decisions: list[tuple[str, list[Page]]]
                                                 ) -> None:
    """Whatever the list's length, the 版记 shares its page with the list's last rows."""
    alone = []
    endings = set()
    for name, pages in padded_decisions:
        last = pages[-1].lines
        assert _imprint(pages[-1]), name  # the 版记 is on the last page
        endings.add(len(last))
        if len(last) == len(_imprint(pages[-1])):
            alone.append(name)
    assert alone == []
    assert len(endings) > 1  # the padding did move the page end through the list


@pytest.mark.libreoffice
@pytest.mark.slow
def test_imprint_ends_on_the_last_line_of_the_page(padded_decisions: list[tuple[str, list[Page]]]
                                                   ) -> None:
    """GB/T 9704-2012 7.3.1: 「版记中的……最后一个要素置于最后一行」 — the 印发 line on the text
    block's last line (its foot 35 mm above the paper's edge), wherever the list ends."""
    for name, pages in padded_decisions:
        page = pages[-1]
        foot = page.height - BOTTOM * 72 / 25.4  # the text block's lowest point, in points
        printed = _imprint(page)[-1]
        assert printed.text.endswith("印发")
        assert foot - LINE_TWIPS / 20 <= printed.bottom <= foot, (name, printed.bottom, foot)
        rows = [line for line in page.lines if line not in _imprint(page)]
        assert max(line.bottom for line in rows) < printed.top  # nothing printed over it


def _row_runs(pages: list[Page]) -> list[tuple[int, int]]:
    """(page, rows) for every piece of a list on a page: the numbered rows after each header
    row 「序号…」 up to the next heading, 版记 or the page's end."""
    runs = []
    for page in pages:
        count: int | None = None
        for line in page.lines:
            if line.text.startswith("序号"):
                if count is not None:
                    runs.append((page.number, count))
                count = 0
            elif count is not None and line.text[0].isdigit():
                count += 1
            elif count is not None and (line.text[1:2] == "、" or _imprint_line(line)):
                runs.append((page.number, count))
                count = None
        if count is not None:
            runs.append((page.number, count))
    return runs


@pytest.mark.libreoffice
@pytest.mark.slow
def test_no_list_starts_or_ends_a_page_with_one_row(
        padded_decisions: list[tuple[str, list[Page]]]) -> None:
    """A list split by a page end keeps two rows on each side: a row alone under the header at
    a page's foot, or alone under the repeated header at the next page's head, reads as a list
    of its own (the demo's lists all have two rows or more)."""
    single = [(name, page) for name, pages in padded_decisions
              for page, rows in _row_runs(pages) if rows < 2]
    assert single == []
    split = [name for name, pages in padded_decisions
             if len(_row_runs(pages)) > 5]  # five lists: more pieces means one was split
    assert split  # the padding did split a list somewhere


@pytest.mark.libreoffice
@pytest.mark.slow
def test_notice_closes_with_its_text_on_the_signature_page(demo: Generated,
                                                           tmp_path: Path) -> None:
    """Wherever the page ends, the 公示's closing (公示期, procedure, contact) goes over with the
    signature: the last page is never a signature with a line or two."""
    assert demo.repo.registry is not None
    ctx = FormContext(demo.repo.registry, demo.campaign)
    files = []
    for count in range(0, LINES_PER_PAGE, 2):
        path = tmp_path / f"notice-{count:02d}.docx"
        _padded(publicity_notice(ctx), "一、", count).save(str(path))
        files.append(path)
    for path, pdf in zip(files, to_pdfs(files, tmp_path / "pdf"), strict=True):
        pages = measure(pdf)
        last = "".join(line.text for line in pages[-1].lines)
        assert "公示期：" in last and last.endswith("日"), path.name
        assert filled(pages)[-1] >= QUARTER, path.name
