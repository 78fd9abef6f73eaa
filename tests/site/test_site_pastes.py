"""Text pasted from Word into a file by hand (not through the online form) reads the same on the
site and in the Word forms: a soft line break (U+000B, Shift+Enter) or a line separator is a
line break in both, a paragraph separator a paragraph break, and the full-width indent of every
paragraph is gone (the site and the forms indent by themselves)."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document
from sitetools import build, copy_repository

from generator.check.validate import validate_repository
from generator.forms import Scope, generate
from generator.models import Collective

FILE = "submissions/2024/cities/xian/collective-bashui.yaml"
PASTED = ("\u3000\u3000第一段第一行\v第一段第二行\u2028第一段第三行\n\n"
          "\u3000\u3000第二段，\u3000句中的全角空格留着。\u2029\u3000\u3000第三段\x85第三段第二行")


def _paste(root: Path) -> None:
    path = root / FILE
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("主要工作成绩:"))
    end = start + 1
    while end < len(lines) and (lines[end].startswith(" ") or lines[end] == ""):
        end += 1
    # Written with YAML escapes, as a tool that keeps the characters would write them.
    lines[start:end] = [f"主要工作成绩: {json.dumps(PASTED)}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def test_a_word_paste_prints_the_same_on_the_site_and_in_the_word_form(tmp_path: Path) -> None:
    root = copy_repository(tmp_path / "repo")
    _paste(root)
    repo, result = validate_repository(root)
    assert not result.has_errors, [f.message for f in result.errors]
    campaign = repo.campaigns[0]
    record = next(n for n in campaign.nominations if n.path == FILE)
    assert isinstance(record.form, Collective)
    assert record.form.achievements == (
        "第一段第一行\n第一段第二行\n第一段第三行\n\n第二段，\u3000句中的全角空格留着。\n\n第三段\n第三段第二行")

    assert repo.registry is not None
    written = generate(repo.registry, campaign, Scope("campaign"), tmp_path / "forms", pdf=False)
    paragraphs = [p.text for path in written if path.suffix == ".docx" and "灞水" in path.name
                  for table in Document(str(path)).tables for row in table.rows for cell in row.cells
                  for p in cell.paragraphs]
    for line in ("第一段第一行", "第一段第二行", "第一段第三行", "第三段", "第三段第二行"):
        assert line in paragraphs, paragraphs  # each on its own line, nothing joined or dropped
    assert not any(p.startswith("\u3000") or "\x0b" in p for p in paragraphs)

    site = build(root, tmp_path / "site")
    pages = [p for p in site.files(".html") if "第一段第一行" in p.read_text(encoding="utf-8")]
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "\x0b" not in html and "\u2028" not in html and "\x85" not in html
        assert "\u3000第二段" not in html and "\u3000第一段" not in html
        assert "第一段第一行<br" in html and "第一段第二行<br" in html  # a line break, not a space
        assert "<p>第二段" in html and "<p>第三段" in html  # paragraphs stay paragraphs
