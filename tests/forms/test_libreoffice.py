"""The forms print as on paper: LibreOffice converts them to PDF, poppler to PNG pages."""

from __future__ import annotations

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
    long_record = type(record)(record.path, record.rel, record.award, record.source, form)
    assert demo.repo.registry is not None
    docx = tmp_path / "long.docx"
    individual_form(FormContext(demo.repo.registry, demo.campaign), long_record).save(str(docx))
    pngs = to_png(to_pdf(docx, tmp_path), tmp_path / "page", dpi=80)
    assert len(pngs) == 2
