"""Raw-HTML blocks set aside before Python-Markdown and put back after: the same HTML and table
of contents as Python-Markdown makes of the whole page, on every generated page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import markdown
import pytest
from generated import KEY, page_bodies, with_markdown
from sitetools import ROOT

from generator.site.fastpath.rawblocks import stash


def _plain(body: str, config: Any) -> tuple[str, list[dict[str, Any]]]:
    md = markdown.Markdown(extensions=config.markdown_extensions,
                           extension_configs=config.mdx_configs)
    return md.convert(body), md.toc_tokens


@pytest.mark.parametrize("source", ["demo", "archive"])
def test_stashed_pages_equal_python_markdown(source: str, site_config: Any, archive: Path) -> None:
    pages = page_bodies(ROOT if source == "demo" else archive)
    stashed = 0
    for src, body in pages.items():
        if not stash(body, KEY)[1]:
            continue
        stashed += 1
        assert with_markdown(body, site_config) == _plain(body, site_config), src
    # Most generated pages carry raw blocks; if none is stashed, the fast path is off.
    assert stashed >= 0.9 * len(pages)


def test_pages_it_cannot_split_are_left_whole() -> None:
    fenced = '<div>\n<p>一</p>\n</div>\n\n```\ncode\n```'
    assert stash(fenced, KEY) == (fenced, [])
    unclosed = '<div>\n<p>一</p>\n\n<p>二</p>'
    assert stash(unclosed, KEY) == (unclosed, [])
    text, blocks = stash('<div>\n<p>一</p>\n</div>\n\n## 标题', KEY)
    assert (text, blocks) == (f"{KEY}0\n\n## 标题", ['<div>\n<p>一</p>\n</div>'])


def test_a_block_with_blank_lines_is_one_block(site_config: Any) -> None:
    """Templates may leave blank lines inside an HTML block: Markdown keeps it raw, so do we."""
    spanning = '<div class="a">\n<p>一</p>\n\n<p>二</p>\n\n\n</div>'
    body = f"{spanning}\n\n## 标题\n\n<table>\n<tr><td>1</td></tr>\n\n<tr><td>2</td></tr>\n</table>"
    text, blocks = stash(body, KEY)
    assert text == f"{KEY}0\n\n## 标题\n\n{KEY}1"
    assert blocks[0] == spanning and blocks[1].endswith("<tr><td>2</td></tr>\n</table>")
    assert with_markdown(body, site_config) == _plain(body, site_config)
