"""Let generated raw-HTML blocks bypass Python-Markdown's HTML parsing.

Generated pages are mostly raw HTML (field tables, sanitised texts, city tables). Python-
Markdown passes such blocks through verbatim, but only after running them through its
HTML parser, which costs more than the rest of the page's conversion. Before conversion,
each self-contained top-level block is swapped for a placeholder paragraph; after it, the
placeholder is swapped back: the page's HTML is the same, the parsing is skipped.
Pages made of nothing but such blocks and plain headings skip Python-Markdown altogether
(compiled.py). A block may hold blank lines, as Python-Markdown's raw blocks may: it runs
until its opening tag is closed at the end of a line.
"""

from __future__ import annotations

import re

# Block-level tags our templates open blocks with (Python-Markdown treats them as raw HTML).
_BLOCK_START = re.compile(r"<(div|table|ol|ul|p|figure|section|nav|svg|details|blockquote)[\s>]")
_FENCE = re.compile(r"^\s*(```|~~~)", re.M)


def _balanced(chunk: str, tag: str) -> bool:
    opens = len(re.findall(rf"<{tag}[\s>]", chunk))
    return opens > 0 and opens == chunk.count(f"</{tag}>") and chunk.rstrip().endswith(f"</{tag}>")


def stash(markdown: str, key: str) -> tuple[str, list[str]]:
    """Replace self-contained raw-HTML blocks by `<key>N` paragraphs; returns (text, blocks).

    Only blocks that start at the top level, open with a block-level tag, and close that tag
    at the end of a paragraph (blank lines inside are part of the block) are taken. Pages
    with code fences, or with a raw block never closed, are left to Markdown entirely.
    """
    if _FENCE.search(markdown):
        return markdown, []
    blocks: list[str] = []
    out: list[str] = []
    chunks = iter(markdown.split("\n\n"))
    for chunk in chunks:
        m = _BLOCK_START.match(chunk)
        if m is None:
            out.append(chunk)
            continue
        while not _balanced(chunk, m[1]):  # a blank line inside the block: take the next part
            following = next(chunks, None)
            if following is None:  # never closed: leave the whole page to Markdown
                return markdown, []
            chunk += "\n\n" + following
        out.append(f"{key}{len(blocks)}")
        blocks.append(chunk)
    return "\n\n".join(out), blocks


def unstash(html: str, key: str, blocks: list[str]) -> str:
    """Put the blocks back where Markdown left their placeholder paragraphs."""
    if not blocks:
        return html
    # Markdown ends a raw block with a newline and strips the page's ends: so do we.
    return re.sub(rf"<p>{key}(\d+)</p>", lambda m: blocks[int(m[1])] + "\n", html).strip()
