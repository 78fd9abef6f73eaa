"""Turn a generated page into HTML without Python-Markdown, when the page allows it.

Most generated pages (every nomination and case page) are raw-HTML blocks separated by plain
`## headings`. For such a page Python-Markdown has nothing to do but wrap the headings and
copy the blocks, yet building its converter and walking the page costs more than the rest of
the page's build. `compile_page` does that wrapping itself and returns the same HTML and
table of contents MkDocs would get (a test compares the two on every generated page);
any page with other Markdown in it returns None and goes through MkDocs as usual.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markdown.extensions.toc import nest_toc_tokens, unique

from generator.site.fastpath.rawblocks import stash

# A heading Markdown would leave as it is: no ASCII punctuation (no emphasis, entities,
# attribute lists, links, trailing hashes), single spaces, nothing before or after.
_PLAIN_HEADING = re.compile(
    r"(#{1,6}) ([^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+(?: [^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+)*)"
)
_ID_ATTR = re.compile(r"""\sid=["']([^"']+)["']""")


@dataclass(frozen=True)
class CompiledPage:
    """A page's finished HTML, its table of contents (toc tokens) and its anchor ids."""

    html: str
    toc: list[dict[str, Any]]
    anchors: frozenset[str]


def compile_page(markdown: str, key: str, heading_id: Callable[[str], str]) -> CompiledPage | None:
    """The page as HTML if it is only raw-HTML blocks and plain headings, else None.

    `key` is the placeholder prefix of rawblocks.stash; `heading_id` is the site's slugify.
    """
    text, blocks = stash(markdown, key)
    if not blocks:
        return None
    parts: list[str] = []
    tokens: list[dict[str, Any]] = []
    used: set[str] = set()
    for chunk in text.strip("\n").split("\n\n"):
        if chunk.startswith(key) and chunk[len(key):].isdigit():
            # Markdown closes a raw block with a newline of its own.
            parts.append(blocks[int(chunk[len(key):])] + "\n")
            continue
        m = _PLAIN_HEADING.fullmatch(chunk)
        if m is None:
            return None
        level, name = len(m[1]), m[2]
        anchor = unique(heading_id(name), used)
        if not anchor:
            return None
        parts.append(f'<h{level} id="{html.escape(anchor)}">{name}</h{level}>')
        tokens.append({"level": level, "id": anchor, "name": name, "html": name,
                       "data-toc-label": ""})
    anchors = set(used)
    for block in blocks:
        anchors.update(_ID_ATTR.findall(block))
    return CompiledPage("\n".join(parts).strip(), nest_toc_tokens(tokens), frozenset(anchors))
