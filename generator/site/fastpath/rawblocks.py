"""Let generated raw-HTML blocks bypass Python-Markdown's HTML parsing.

Generated pages are mostly raw HTML (field tables, sanitised texts, city tables). Python-
Markdown passes such blocks through verbatim, but only after running them through its
HTML parser, which costs more than the rest of the page's conversion. Before conversion,
each self-contained top-level block is swapped for a placeholder paragraph; after it, the
placeholder is swapped back: the page's HTML is the same, the parsing is skipped.
Pages made of nothing but such blocks and plain headings skip Python-Markdown altogether
(compiled.py); a template keeps that possible by leaving no blank line inside a block.
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
    on their own last line (no blank line inside) are taken. Pages with code fences, or with
    a raw block that spans a blank line, are left to Markdown entirely.
    """
    if _FENCE.search(markdown):
        return markdown, []
    blocks: list[str] = []
    out: list[str] = []
    for chunk in markdown.split("\n\n"):
        m = _BLOCK_START.match(chunk)
        if m is None:
            out.append(chunk)
        elif _balanced(chunk, m[1]):
            out.append(f"{key}{len(blocks)}")
            blocks.append(chunk)
        else:  # a raw block spanning blank lines: leave the whole page to Markdown
            return markdown, []
    return "\n\n".join(out), blocks


def unstash(html: str, key: str, blocks: list[str]) -> str:
    """Put the blocks back where Markdown left their placeholder paragraphs."""
    if not blocks:
        return html
    # Markdown ends a raw block with a newline and strips the page's ends: so do we.
    return re.sub(rf"<p>{key}(\d+)</p>", lambda m: blocks[int(m[1])] + "\n", html).strip()
