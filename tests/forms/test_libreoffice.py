"""The forms print as on paper: LibreOffice converts them to PDF, poppler to PNG pages."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from generator.forms.convert import to_pdf, to_png

from .helpers import Generated

# No skipif here: the libreoffice marker is guarded in tests/conftest.py (soffice and pdftoppm).
pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]
MIN_PNG_BYTES = 8_000  # a blank A4 page at 80 dpi is ~2 KB


def _city_with_people(demo: Generated) -> str:
    return next(n.source.code for n in demo.campaign.nominations
                if n.source.kind == "city" and n.award == "individual")


@pytest.mark.parametrize(("pattern", "pages"), [("1-2_*.docx", 2), ("1-3_*.docx", 1),
                                                ("1-1_*.docx", 2)])
def test_form_converts_to_pdf_and_png(demo: Generated, tmp_path: Path, pattern: str,
                                      pages: int) -> None:
    """Forms 1-1/1-2 are two pages (text, then the seals); 1-3 is one page."""
    folder = demo.target / _city_with_people(demo)
    docx = sorted(folder.glob(pattern))[0]
    pdf = to_pdf(docx, tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF")
    pngs = to_png(pdf, tmp_path / "page", dpi=80)
    assert len(pngs) == pages
    assert all(p.stat().st_size > MIN_PNG_BYTES for p in pngs)


def test_long_deeds_still_print_on_two_pages(demo: Generated, tmp_path: Path) -> None:
    """A 主要事迹 at the limit, in short paragraphs, still leaves page 2 to the seals."""
    from generator.forms.context import FormContext
    from generator.forms.nomination_forms import individual_form

    record = next(n for n in demo.campaign.nominations if n.award == "individual")
    limit = demo.campaign.config.quotas.deeds_max_chars
    paragraph = "她带领团队深入乡镇分馆开展阅读推广和业务辅导，成效显著。"
    deeds = "\n\n".join([paragraph] * (limit // len(paragraph)))
    form = record.form.model_copy(update={"deeds": deeds})
    long_record = type(record)(record.path, record.rel, record.award, record.source, form, record.doc)
    assert demo.repo.registry is not None
    docx = tmp_path / "long.docx"
    individual_form(FormContext(demo.repo.registry, demo.campaign), long_record).save(str(docx))
    pngs = to_png(to_pdf(docx, tmp_path), tmp_path / "page", dpi=80)
    assert len(pngs) == 2


def _page_texts(pdf: Path) -> list[str]:
    """The text of each page, as poppler reads it."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                         text=True, timeout=60).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_decision_prints_as_an_official_document(decided: Generated, tmp_path: Path) -> None:
    pages = _page_texts(to_pdf(decided.target / "表彰决定.docx", tmp_path))
    first = _squeezed(pages[0])
    assert first.startswith("陕西公共图书馆服务联盟文件陕公图联发〔2024〕08号关于表彰2023年度")
    signed = next(i for i, p in enumerate(pages) if "2024年5月28日" in _squeezed(p))
    attachment = pages[signed + 1]
    assert _squeezed(attachment).startswith("附件2023年度联盟工作先进集体、先进个人和优秀服务案例名单")
    assert "一、联盟工作先进集体" not in _squeezed(pages[signed])  # the list starts a new page
    assert "五、联络人表彰（4名）" in _squeezed("".join(pages[signed + 1:]))
    # 28 characters to a line of the body: the longest all-Chinese line has 28, none more.
    body = [line.strip() for p in pages[:signed + 1] for line in p.splitlines()]
    chinese = [line for line in body if line and not any(ch.isascii() for ch in line)]
    assert max(len(line) for line in chinese) == 28


def test_notice_keeps_its_signature_with_the_text(demo: Generated, tmp_path: Path) -> None:
    pages = _page_texts(to_pdf(demo.target / "拟表彰名单公示.docx", tmp_path))
    last = _squeezed(pages[-1])
    assert "电子邮箱：office@sxlib-alliance.example陕西公共图书馆服务联盟工作委员会办公室2025年5月21日" in last


def test_certificate_text_lands_where_the_config_puts_it(decided: Generated, tmp_path: Path) -> None:
    """称呼 at 45 mm from the left and 76 mm from the top (证书 › 文字位置 of the demo)."""
    pdf = to_pdf(decided.target / "证书" / "01_联盟工作先进个人_权海燕.docx", tmp_path)
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout
    assert html.count("<page ") == 1
    found = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>权海燕同志：</word>', html)
    assert found is not None
    x_mm, y_mm = (float(v) / 72 * 25.4 for v in found.groups())
    assert abs(x_mm - 45) < 1.0
    assert 76 <= y_mm < 80  # the frame's top, then the line's own leading
