"""Untrusted text made inert in GitHub-flavoured Markdown (the pull-request comment and the job
summary: one escaper for both), and the one verdict sentence both open with.

Messages quote what a file says (a key, a value, a name), and a file can say anything:
`<img src=x onerror=…>`, `[点这里](javascript:…)`, `@someone` (a notification to a stranger),
`#12` (a link to another issue), backticks, a line break that starts a heading. After `text()`
all of it shows as the characters it is and does nothing.
"""

from __future__ import annotations

import re

# CommonMark lets a backslash escape any ASCII punctuation; escaping all of it leaves no
# emphasis, link, image, HTML, table or list syntax, and splits bare URLs so none is autolinked.
ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# GitHub finds @mentions and #references in the rendered text, after Markdown: a zero-width
# space after the sign breaks them (the entity survives; the invisible character is harmless).
ZERO_WIDTH = "&#8203;"
SPECIAL = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "@": "@" + ZERO_WIDTH, "#": "\\#" + ZERO_WIDTH}
BACKTICKS = re.compile(r"`+")


def _printable(raw: str) -> str:
    """One line: control, format (bidi overrides, zero-width) and line-break characters become spaces."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in raw).split())


def _shorten(line: str, limit: int | None) -> str:
    return line if limit is None or len(line) <= limit else line[: limit - 1] + "…"


def text(raw: str, limit: int | None = None) -> str:
    """raw as literal Markdown text on one line, at most `limit` characters of it."""
    out = []
    for ch in _shorten(_printable(raw), limit):
        if ch in SPECIAL:
            out.append(SPECIAL[ch])
        elif ch in ASCII_PUNCTUATION:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def code(raw: str, limit: int | None = None, *, in_table: bool = False) -> str:
    """raw as an inline code span (file paths): a fence longer than any run of backticks inside.

    In a table cell a `|` ends the cell even inside a code span unless escaped (GFM), and the
    escape is taken out again before the span is shown."""
    line = _shorten(_printable(raw), limit) or " "
    fence = "`" * (max((len(m) for m in BACKTICKS.findall(line)), default=0) + 1)
    pad = " " if line.startswith("`") or line.endswith("`") else ""
    if in_table:
        line = line.replace("|", "\\|")
    return f"{fence}{pad}{line}{pad}{fence}"


def verdict(errors: int, warnings: int, subject: str = "") -> str:
    """The verdict a summary or a comment opens with (subject: whose, e.g. 「本次修改」)."""
    if errors:
        return f"❌ {subject}有 {errors} 个错误、{warnings} 个警告：错误须改正后才能合并。"
    if warnings:
        return f"✅ {subject}没有错误（{warnings} 个警告，不影响合并，请留意）。"
    return f"✅ {subject}全部通过检查。"
