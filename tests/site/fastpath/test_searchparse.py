"""The quick search tokenizer gives Material's parser exactly what HTMLParser would.

Every generated page of the demo data and of a synthetic archive is split into sections
both ways; the sections (titles, texts, anchors, nesting) must be the same. Odd HTML the
tokenizer does not understand must be handed back to Material.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from generated import KEY, page_bodies, with_markdown
from material.plugins.search.plugin import Parser
from sitetools import ROOT

from generator.site.fastpath.compiled import compile_page
from generator.site.fastpath.searchparse import sections
from generator.site.fastpath.storedpages import heading_id_for


def _material(content: str) -> list[Any]:
    parser = Parser()
    parser.feed(content)
    parser.close()
    return parser.data


def _shape(found: list[Any]) -> list[tuple[Any, ...]]:
    return [(s.el.tag, s.el.attrs, s.depth, s.id, s.title, s.text, s.is_excluded())
            for s in found]


def _html_pages(root: Path, config: Any) -> dict[str, str]:
    """Each generated page's HTML as MkDocs has it when the search plugin reads it."""
    heading_id = heading_id_for(config)
    assert heading_id is not None
    out = {}
    for src, body in page_bodies(root).items():
        compiled = compile_page(body, KEY, heading_id)
        out[src] = compiled.html if compiled is not None else with_markdown(body, config)[0]
    return out


@pytest.mark.parametrize("source", ["demo", "archive"])
def test_sections_equal_htmlparsers(source: str, site_config: Any, archive: Path) -> None:
    pages = _html_pages(ROOT if source == "demo" else archive, site_config)
    quick = 0
    for src, content in pages.items():
        found = sections(content)
        if found is None:
            continue
        quick += 1
        assert _shape(found) == _shape(_material(content)), src
    assert quick == len(pages), "every generated page should take the quick path"


@pytest.mark.parametrize("content", [
    '<p class="a" data-x=\'1\'>甲&amp;乙 &lt;丙&gt;</p>',
    '<h2 id="x&amp;y">标题</h2><p>正文<br/>换行<br>再换<img src="a.png" alt="图&quot;1">完</p>',
    '<ol reversed><li value="2">条件</li></ol><table><tr><th>姓名</th><td>张三</td></tr></table>',
    '<div data-search-exclude><p>不进索引</p></div><p>进索引</p>',
    '<h1 id="t">题</h1><section><h2 id="s">节</h2><p>内</p></section><p>外</p>',
    '<P CLASS="Upper">大写标签</P>',
    "   <p>  空白  </p>\n\n<p>\n换行\n</p>  ",
])
def test_crafted_html_matches_htmlparser(content: str) -> None:
    found = sections(content)
    assert found is not None
    assert _shape(found) == _shape(_material(content))


@pytest.mark.parametrize("content", [
    "<p>注释</p><!-- 注释 -->",
    "<script>var a = '<p>';</script><p>x</p>",
    "<style>p { color: red }</style>",
    "<p>1 < 2</p>",
    "<p>未闭合的属性 <a href=\"x>链接</a></p>",
    "</p class=\"x\">",
])
def test_unusual_html_is_left_to_material(content: str) -> None:
    assert sections(content) is None
