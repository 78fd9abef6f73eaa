"""The guide's previews show today's documents, not last year's code.

Each committed PNG carries the text of the document it was drawn from (imagetext), so a change
to a form or to the 表彰决定 (its 版记, its wording, its list) that was not followed by
`python -m generator.forms.preview` fails here without comparing pixels; with LibreOffice the
page count is checked too, and the guide shows every page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx.document import Document

from generator.forms.convert import to_pdfs
from generator.forms.imagetext import png_texts
from generator.forms.preview import (
    DEFAULT_CITY,
    committed,
    decision_documents,
    document_text,
    preview_documents,
)

from .printcheck import measure

GUIDE = Path("docs/office/forms.md")
REGENERATE = "请运行 python -m generator.forms.preview 重新生成样张"


@pytest.fixture(scope="module")
def documents(repo_root: Path) -> dict[str, Document]:
    return {**preview_documents(repo_root, DEFAULT_CITY), **decision_documents(repo_root)}


def test_every_preview_carries_the_current_documents_text(repo_root: Path,
                                                          documents: dict[str, Document]) -> None:
    assert {"form-1-2", "form-1-3", "certificate", "decision"} <= set(documents)
    stale = []
    for name, doc in documents.items():
        images = committed(repo_root, name)
        assert images, name
        stale += [image.name for image in images
                  if png_texts(image.read_bytes()) != [document_text(doc)]]
    assert stale == [], REGENERATE


def test_the_decision_preview_shows_its_imprint(repo_root: Path,
                                                documents: dict[str, Document]) -> None:
    """The 版记 (印发机关 and 印发日期) is in the decision the previews were drawn from."""
    text = document_text(documents["decision"])
    assert re.search(r"工作委员会办公室\s*\d{4}年\d{1,2}月\d{1,2}日印发", text)
    last = committed(repo_root, "decision")[-1]
    assert png_texts(last.read_bytes()) == [text]


def test_the_guide_shows_every_preview_page(repo_root: Path,
                                            documents: dict[str, Document]) -> None:
    shown = set(re.findall(r"\]\(img/([^)]+\.png)\)", (repo_root / GUIDE).read_text("utf-8")))
    for name in documents:
        assert {p.name for p in committed(repo_root, name)} <= shown, name


@pytest.mark.libreoffice
@pytest.mark.slow
def test_previews_have_the_documents_page_count(repo_root: Path, tmp_path: Path,
                                                documents: dict[str, Document]) -> None:
    files = []
    for name, doc in documents.items():
        doc.save(str(tmp_path / f"{name}.docx"))
        files.append(tmp_path / f"{name}.docx")
    for name, pdf in zip(documents, to_pdfs(files, tmp_path / "pdf"), strict=True):
        assert len(measure(pdf)) == len(committed(repo_root, name)), f"{name}：{REGENERATE}"
