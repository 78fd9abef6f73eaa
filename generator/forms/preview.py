"""Regenerate the guide's previews (docs/office/img/): forms 1-2 and 1-3, and one certificate and
the 表彰决定 of the demo's decided year.

Run from the repository root: ``python -m generator.forms.preview [city-code]``.
Needs LibreOffice and poppler-utils. The previews are published with the site, so every
personal field the guide's field reference marks non-public is masked even though the demo is
fictional: the person's 性别, 年龄, 从事本工作时间, 学历 and 联系电话 on form 1-2, the 经办人 and
their 电话 on form 1-3. The opinions are the units' words, not personal data, and stay. The
certificate and the decision carry only what the public roll shows (names, units, awards).
"""

from __future__ import annotations

import dataclasses
import shutil
import sys
import tempfile
from pathlib import Path

from docx.document import Document

from generator.check.validate import validate_repository
from generator.forms.certificates import certificate, certified
from generator.forms.context import FormContext
from generator.forms.convert import to_pdf, to_png
from generator.forms.decision import decision_document
from generator.forms.imagetext import embed_text
from generator.forms.nomination_forms import individual_form
from generator.forms.roll import honors
from generator.forms.stages import documents_due
from generator.forms.summary import city_lists
from generator.forms.summary_form import summary_form
from generator.models import Individual

IMAGES = Path("docs/office/img")
DPI = 90
DEFAULT_CITY = "xian"
MASK = "××"
PERSON_MASKED = ("gender", "age", "years_in_role", "education", "personal_phone")


def preview_documents(root: Path, city_code: str) -> dict[str, Document]:
    """Forms 1-2 (the city's first individual, not its liaison) and 1-3, personal fields masked."""
    repo, result = validate_repository(root)
    if result.has_errors or repo.registry is None:
        raise SystemExit("the data has errors; run honors validate first")
    campaign = repo.campaigns[0]
    city = repo.registry.city(city_code)
    if city is None:
        raise SystemExit(f"no city {city_code!r} in the registry")
    ctx = FormContext(repo.registry, campaign)
    record = next(n for n in campaign.nominations
                  if (n.source.kind, n.source.code) == ("city", city_code)
                  and isinstance(n.form, Individual) and not n.form.is_liaison)
    masked = record.form.model_copy(update=dict.fromkeys(PERSON_MASKED, MASK))
    lists = city_lists(repo.registry, campaign, city)
    return {
        "form-1-2": individual_form(ctx, dataclasses.replace(record, form=masked)),
        "form-1-3": summary_form(ctx, dataclasses.replace(lists, clerk=MASK, phone=MASK)),
    }


def decision_documents(root: Path) -> dict[str, Document]:
    """The first certificate and the 表彰决定 of the newest year whose list is 已表彰."""
    repo, result = validate_repository(root)
    if result.has_errors:
        raise SystemExit("the data has errors; run honors validate first")
    campaign = next((c for c in repo.campaigns if documents_due(c).final), None)
    if campaign is None:
        return {}
    registry = campaign.registry or repo.registry
    if registry is None:
        return {}
    ctx = FormContext(registry, campaign)
    first = certified(honors(registry, campaign))[0]
    return {"certificate": certificate(ctx, first), "decision": decision_document(ctx)}


def document_text(doc: Document) -> str:
    """The document's words: its paragraphs, then every table cell."""
    lines = [p.text for p in doc.paragraphs]
    lines += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join(line for line in lines if line.strip())


def committed(root: Path, name: str) -> list[Path]:
    """The guide's pictures of one document: name.png, or name-p1.png, name-p2.png …"""
    images = root / IMAGES
    pages = sorted(images.glob(f"{name}-p*.png"), key=lambda p: int(p.stem.rsplit("-p", 1)[1]))
    return [p for p in [images / f"{name}.png", *pages] if p.exists()]


def make_previews(root: Path, city_code: str) -> list[Path]:
    """PNG pages of forms 1-2 and 1-3 of one city, a certificate and the 表彰决定, written under
    docs/office/img/."""
    images = root / IMAGES
    images.mkdir(parents=True, exist_ok=True)
    written = []
    documents = {**preview_documents(root, city_code), **decision_documents(root)}
    with tempfile.TemporaryDirectory() as tmp:
        for name, doc in documents.items():
            for old in committed(root, name):  # a document now shorter leaves no stale page
                old.unlink()
            docx = Path(tmp) / f"{name}.docx"
            doc.save(str(docx))
            pages = to_png(to_pdf(docx, Path(tmp)), Path(tmp) / name, DPI)
            for number, page in enumerate(pages, 1):
                final = images / (f"{name}-p{number}.png" if len(pages) > 1 else f"{name}.png")
                shutil.copyfile(page, final)
                embed_text(final, document_text(doc))  # what the picture shows, for honors privacy
                written.append(final)
    return written


if __name__ == "__main__":
    for path in make_previews(Path.cwd(), sys.argv[1] if len(sys.argv) > 1 else DEFAULT_CITY):
        print(path, path.stat().st_size // 1024, "KB")
