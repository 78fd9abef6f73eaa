"""Regenerate the guide's previews of forms 1-2 and 1-3 (docs/office/img/).

Run from the repository root: ``python -m generator.forms.preview [city-code]``.
Needs LibreOffice and poppler-utils. The previews are published with the site, so the
personal fields (性别, 年龄, 学历, the clerk's 电话) are masked even though the demo is fictional.
"""

from __future__ import annotations

import dataclasses
import shutil
import sys
import tempfile
from pathlib import Path

from docx.document import Document

from generator.forms.context import FormContext
from generator.forms.convert import to_pdf, to_png
from generator.forms.nomination_forms import individual_form
from generator.forms.summary import city_lists
from generator.forms.summary_form import summary_form
from generator.models import Individual
from generator.validate import validate_repository

IMAGES = Path("docs/office/img")
DPI = 90
DEFAULT_CITY = "xian"
MASK = "××"


def _documents(root: Path, city_code: str) -> dict[str, Document]:
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
    masked = record.form.model_copy(update={"gender": MASK, "age": MASK, "education": MASK})
    lists = city_lists(repo.registry, campaign, city)
    return {
        "form-1-2": individual_form(ctx, dataclasses.replace(record, form=masked)),
        "form-1-3": summary_form(ctx, dataclasses.replace(lists, phone=MASK)),
    }


def make_previews(root: Path, city_code: str) -> list[Path]:
    """PNG pages of forms 1-2 and 1-3 of one city, written under docs/office/img/."""
    images = root / IMAGES
    images.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, doc in _documents(root, city_code).items():
            docx = Path(tmp) / f"{name}.docx"
            doc.save(str(docx))
            pages = to_png(to_pdf(docx, Path(tmp)), Path(tmp) / name, DPI)
            for number, page in enumerate(pages, 1):
                final = images / (f"{name}-p{number}.png" if len(pages) > 1 else f"{name}.png")
                shutil.copyfile(page, final)
                written.append(final)
    return written


if __name__ == "__main__":
    for path in make_previews(Path.cwd(), sys.argv[1] if len(sys.argv) > 1 else DEFAULT_CITY):
        print(path, path.stat().st_size // 1024, "KB")
