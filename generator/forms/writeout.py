"""The one write path: build everything in a temporary folder, then swap it in.

Generating the same year twice gives the same bytes: python-docx and openpyxl stamp each zip member
with the clock, so the Office files are rewritten with one fixed member time (their document dates
come from the configuration already, see FormContext.stamp).
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

from generator.core.atomic import replace_dir_atomically
from generator.forms.plan import Output

ZIPPED = {".docx", ".xlsx"}
# The earliest time a zip member can carry: no clock in the output.
FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def fix_zip_times(path: Path) -> None:
    """Rewrite an Office file (a zip) with every member's time fixed, order and content kept."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            if info.filename == CORE_PROPERTIES:
                data = _modified_as_created(data)
            target.writestr(fixed, data)


CORE_PROPERTIES = "docProps/core.xml"
_CREATED = re.compile(rb"<dcterms:created[^>]*>([^<]*)</dcterms:created>")
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _modified_as_created(xml: bytes) -> bytes:
    """openpyxl stamps 「modified」 with the clock when it saves: the file's own 「created」 instead."""
    created = _CREATED.search(xml)
    if created is None:
        return xml
    return _MODIFIED.sub(lambda m: m[1] + created[1] + m[2], xml, count=1)


DIGEST_NAME = "文件摘要.sha256"
# LibreOffice stamps each PDF with the time of its conversion: the PDFs come from the .docx listed.
UNFIXABLE = {".pdf"}


def digest_text(folder: Path) -> str:
    """Every file's SHA-256 in sha256sum's format (「sha256sum -c 文件摘要.sha256」 checks them),
    PDFs apart: what the office keeps to show that a year's documents did not change."""
    lines = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and rel != DIGEST_NAME and path.suffix.lower() not in UNFIXABLE:
            lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {rel}\n")
    return "".join(lines)


def write_outputs(target: Path, outputs: list[Output], *, digests: bool = False) -> list[Path]:
    """Write all outputs under target; on any failure the old target stays as it was.
    digests: also 文件摘要.sha256 over everything written (a whole year's documents).

    Returns every file now under target (an output may write several, e.g. the PDFs)."""
    with replace_dir_atomically(target) as staging:
        for output in outputs:
            path = staging.joinpath(*output.rel.parts)
            path.parent.mkdir(parents=True, exist_ok=True)
            output.write(path)
        for path in sorted(staging.rglob("*")):
            if path.suffix.lower() in ZIPPED and path.is_file():
                fix_zip_times(path)
        if digests:
            (staging / DIGEST_NAME).write_text(digest_text(staging), encoding="utf-8")
    return sorted(p for p in target.rglob("*") if p.is_file())
