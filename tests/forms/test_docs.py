"""The office's guide page: its previews exist and are small, its commands match the CLI."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from generator.cli import build_parser

PAGE = Path("docs/office/forms.md")
MAX_PREVIEW_BYTES = 300_000


def test_previews_exist_and_are_small(repo_root: Path) -> None:
    text = (repo_root / PAGE).read_text(encoding="utf-8")
    images = re.findall(r"\]\((img/[^)]+\.png)\)", text)
    assert {"img/form-1-2-p1.png", "img/form-1-3.png", "img/certificate.png",
            "img/decision-p1.png"} <= set(images)
    for image in images:
        data = (repo_root / PAGE.parent / image).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) < MAX_PREVIEW_BYTES, image


def test_page_documents_every_option(repo_root: Path) -> None:
    text = (repo_root / PAGE).read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert isinstance(sub, argparse._SubParsersAction)
    forms = sub.choices["forms"]
    options = [o for a in forms._actions for o in a.option_strings
               if o.startswith("--") and o not in ("--help", "--root")]
    assert options
    for option in options:
        assert f"honors forms {option}" in text, option
