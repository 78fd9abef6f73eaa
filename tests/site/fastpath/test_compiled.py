"""Generated pages skip Python-Markdown only where that changes nothing.

Every generated page of the demo data and of a synthetic multi-year archive is rendered
both ways: compiled (generator/site/fastpath/compiled.py) and through Python-Markdown with the
extensions of the project's mkdocs.yml. Where the page compiles, the HTML and the table of
contents must be the same; and the pages that make up the bulk of a large site (nomination
and case pages) must compile, or the fast path has quietly stopped working.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from generated import KEY, page_bodies, with_markdown
from mkdocs.config import load_config
from sitetools import ROOT

from generator.site.fastpath.compiled import compile_page
from generator.site.fastpath.storedpages import COMPILE_SAFE_EXTENSIONS, heading_id_for


def _toc(tokens: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(t["level"], t["id"], t["name"], _toc(t["children"])) for t in tokens]


@pytest.mark.parametrize("source", ["demo", "archive"])
def test_compiled_pages_equal_python_markdown(source: str, site_config: Any,
                                              archive: Path) -> None:
    heading_id = heading_id_for(site_config)
    assert heading_id is not None, "the project's mkdocs.yml must allow compiled pages"
    pages = page_bodies(ROOT if source == "demo" else archive)
    compiled = 0
    for src, body in pages.items():
        page = compile_page(body, KEY, heading_id)
        if page is None:
            continue
        compiled += 1
        html, toc = with_markdown(body, site_config)
        assert page.html == html, src
        assert _toc(page.toc) == _toc(toc), src
    entries = [src for src in pages if src[:4].isdigit() and "/index.md" not in src[4:]]
    assert entries and all(compile_page(pages[s], KEY, heading_id) for s in entries), \
        "every nomination and case page must compile"
    assert compiled >= 0.9 * len(pages)


def test_pages_with_other_markdown_are_left_to_markdown() -> None:
    def slug(text: str) -> str:
        return text

    raw = '<div class="x">\n<p>正文</p>\n</div>'
    assert compile_page(f"{raw}\n\n## 标题\n\n{raw}", KEY, slug) is not None
    for other in ("- 列表项", "## 标题 *强调*", "普通段落", "## A&amp;B", "```\ncode\n```",
                  "## 标题 {#custom}", "| a | b |\n|---|---|\n| 1 | 2 |"):
        assert compile_page(f"{raw}\n\n{other}\n\n{raw}", KEY, slug) is None, other


def test_duplicate_headings_get_markdowns_suffixes(site_config: Any) -> None:
    heading_id = heading_id_for(site_config)
    assert heading_id is not None
    body = '<div>\n<p>一</p>\n</div>\n\n## 附件\n\n<div>\n<p>二</p>\n</div>\n\n## 附件'
    page = compile_page(body, KEY, heading_id)
    assert page is not None
    assert page.html == with_markdown(body, site_config)[0]
    assert [t["id"] for t in page.toc] == ["附件", "附件_1"]
    assert {"附件", "附件_1"} <= page.anchors


def test_unknown_extensions_or_permalinks_turn_compiling_off() -> None:
    assert {"toc", "tables"} <= COMPILE_SAFE_EXTENSIONS
    changed = load_config(str(ROOT / "mkdocs.yml"))
    changed.markdown_extensions.append("pymdownx.emoji")
    assert heading_id_for(changed) is None
    linked = load_config(str(ROOT / "mkdocs.yml"))
    linked.mdx_configs["toc"] = {**linked.mdx_configs["toc"], "permalink": True}
    assert heading_id_for(linked) is None
