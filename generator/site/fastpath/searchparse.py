"""Index generated pages with Material's own search parser, fed by a quicker tokenizer.

Material's search plugin splits each page into sections with a subclass of Python's
`html.parser.HTMLParser`. Reading generated pages (field tables, badges, long texts) that
way costs about as much as the rest of their build. The HTML of a generated page is our own
and plain: tags, quoted attributes and escaped text. Here a regular expression cuts it into
the same start tags, end tags and text runs, and hands them to the same parser methods
(handle_starttag / handle_endtag / handle_data) in the same order, so the sections and
entries are Material's. Anything the tokenizer does not understand (comments, scripts,
a stray `<`) leaves the page to Material as usual; a test compares both on every page.
"""

from __future__ import annotations

import html
import re
from typing import Any

from material.plugins.search.plugin import Parser

_NAME = r"[a-zA-Z][-a-zA-Z0-9_:.]*"
_TOKEN = re.compile(
    rf"<(/?)({_NAME})((?:\s+{_NAME}(?:\s*=\s*(?:\"[^\"<]*\"|'[^'<]*'))?)*)\s*(/?)>|([^<]+)"
)
_ATTR = re.compile(rf"({_NAME})(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'))?")
# Elements whose content HTMLParser reads as raw text: left to Material.
_RAW_TEXT = re.compile(r"<(script|style)\b", re.IGNORECASE)


def sections(content: str) -> list[Any] | None:
    """Material's sections of `content`, or None when it must be parsed the usual way."""
    if _RAW_TEXT.search(content):
        return None
    parser = Parser()
    pos = 0
    for m in _TOKEN.finditer(content):
        if m.start() != pos:
            return None
        pos = m.end()
        text = m[5]
        if text is not None:
            parser.handle_data(html.unescape(text) if "&" in text else text)
            continue
        tag = m[2].lower()
        if m[1]:
            if m[3] or m[4]:
                return None  # an end tag with attributes: not ours
            parser.handle_endtag(tag)
            continue
        attrs = [(a[1].lower(), _value(a[2] if a[2] is not None else a[3]))
                 for a in _ATTR.finditer(m[3])]
        parser.handle_starttag(tag, attrs)
        if m[4]:
            parser.handle_endtag(tag)  # <br/>: what HTMLParser.handle_startendtag does
    if pos != len(content):
        return None
    return list(parser.data)


def _value(value: str | None) -> str | None:
    """An attribute's value as HTMLParser gives it: unescaped, None for a bare attribute."""
    if value is None or "&" not in value:
        return value
    return html.unescape(value)


def add_entries(index: Any, page: Any) -> bool:
    """Index `page` like Material's add_entry_from_context; False if it must do it itself."""
    search = page.meta.get("search") or {}
    if search.get("exclude"):
        return True
    found = sections(page.content)
    if found is None:
        return False
    for section in found:
        if not section.is_excluded():
            index.create_entry_for_section(section, page.toc, page.url, page)
    return True
