"""The guide's form previews are published: no personal field of the person or the clerk shows.

Tested on the .docx documents the previews are converted from (no LibreOffice needed). The
personal fields are listed here by hand from the forms and the spec; the field reference
(the guide's 公开 column) must call each of them non-public.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from docx.document import Document
from ruamel.yaml import YAML

from generator.forms.preview import DEFAULT_CITY, MASK, preview_documents
from generator.load.campaign import load_repository
from generator.site.fieldref import field_rows

from .helpers import cell_text, cells, norm

# Form 1-2's personal cells, and the personal lines of form 1-3 (经办人, 电　话).
PERSON_CELLS = ("性别", "年龄", "从事本工作时间", "学历")
PERSON_ANYWHERE = ("从事本工作时间", "学历", "联系电话")  # distinctive values: not anywhere
SUMMARY_LINES = ("经办人", "电话")
PUBLIC_CELLS = ("姓名", "单位", "所在部门")


@pytest.fixture(scope="module")
def previews(repo_root: Path) -> dict[str, Document]:
    return preview_documents(repo_root, DEFAULT_CITY)


def all_text(doc: Document) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell_text(c) for row in table.rows for c in cells(row)]
    for section in doc.sections:
        parts += [p.text for p in (*section.header.paragraphs, *section.footer.paragraphs)]
    return "\n".join(parts)


def labelled_cells(doc: Document) -> dict[str, str]:
    """Form 1-2's label -> value cells (each label cell followed by its value)."""
    found: dict[str, str] = {}
    for table in doc.tables:
        for row in table.rows:
            texts = [cell_text(c) for c in cells(row)]
            for label, value in pairwise(texts):
                found.setdefault(norm(label), value)
    return found


def raw_yaml(path: Path) -> dict[str, Any]:
    """The file as written, read without the models."""
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def shown_person(repo_root: Path, previews: dict[str, Document]) -> dict[str, Any]:
    name = labelled_cells(previews["form-1-2"])["姓名"]
    folder = repo_root / "submissions/2024/cities" / DEFAULT_CITY
    files = [raw_yaml(p) for p in sorted(folder.glob("*.yaml"))]
    [person] = [f for f in files if f.get("姓名") == name]
    return person


def test_form_1_2_masks_the_persons_private_fields(repo_root: Path,
                                                    previews: dict[str, Document]) -> None:
    doc = previews["form-1-2"]
    shown = labelled_cells(doc)
    person = shown_person(repo_root, previews)
    assert person.get("是否联络人") not in (True, "是"), "the preview shows a nominee, not the liaison"
    for label in PERSON_CELLS:
        assert shown[label] == MASK, label
    text = all_text(doc)
    for label in PERSON_ANYWHERE:
        value = person.get(label)
        assert value and str(value) not in text, label
    for label in PUBLIC_CELLS:
        # the rest of the form is the real one (a long 单位 broken where its words end)
        assert shown[label].replace("\n", "") == person[label], label


def test_form_1_3_masks_the_clerk_and_the_phone(repo_root: Path,
                                                previews: dict[str, Document]) -> None:
    doc = previews["form-1-3"]
    summary = raw_yaml(repo_root / "submissions/2024/cities" / DEFAULT_CITY / "summary.yaml")
    lines = {norm(p.text).split("：")[0]: norm(p.text) for p in doc.paragraphs if "：" in p.text}
    for label in SUMMARY_LINES:
        assert lines[label] == f"{label}：{MASK}", label
    assert str(summary["电话"]) not in all_text(doc)
    assert summary["推荐单位"] in all_text(doc)


def test_every_masked_field_is_non_public_in_the_field_reference(repo_root: Path) -> None:
    repo, _ = load_repository(repo_root)
    config = repo.campaigns[0].config
    public = {kind: {r.label: r.public for r in field_rows(kind, config)}
              for kind in ("individual", "summary")}
    for label in (*PERSON_CELLS, "联系电话"):
        assert public["individual"][label] is False, label
    for label in SUMMARY_LINES:
        assert public["summary"][label] is False, label


def test_the_guide_says_what_the_previews_hide(repo_root: Path) -> None:
    page = (repo_root / "docs/office/forms.md").read_text(encoding="utf-8")
    said = next(line for line in page.splitlines() if "样张隐去了" in line)
    for label in (*PERSON_CELLS, "经办人"):
        assert label in said, label
