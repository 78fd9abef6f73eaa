"""The search index of the generated pages, written by the site itself.

Material's search plugin indexes the hand-written pages; the generated pages (nominations,
cases, cities, lists) are excluded from it and indexed here, in the entry format the site's
search worker reads (honors-search.js): `location`, `title`, `text`, and `boost` when the
page sets one. Each page is cut into sections at its headings with an id, as Material does;
the text is plain (escaped) text, Chinese cut into words by jieba with zero-width spaces
between them, and a table's cells separated by 「；」 so a result's snippet keeps them apart.

The entries go to a temporary file as they are made (a large archive has hundreds of MB of
them); at the end they are added to the index Material wrote (search/search_index.json),
and the same index is written as search/search_index.js (`var __index = …`), which Material's
page script loads when the site is opened from disk (file://), where it cannot fetch JSON.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import jieba

INDEX = Path("search") / "search_index.json"
SCRIPT = Path("search") / "search_index.js"
CELL_SEPARATOR = "；"

# Every pattern stops at the next `<` it cannot use, so a page's text is read in linear time
# whatever it holds (no scan runs on to the page's end from each of many starts).
_HEADING = re.compile(r"<h([1-6])\b([^<>]*)>((?:[^<]|<(?!/?h[1-6]\b))*)</h\1\s*>", re.I)
_ID = re.compile(r"""\bid\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_SKIPPED_START = re.compile(r"<(script|style|object)\b|<!--", re.I)
_COMMENT_END = re.compile("-->")
_ELEMENT_END = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in ("script", "style", "object")}
_TABLE_END = re.compile(r"</table\s*>", re.I)
_CELL_END = re.compile(r"</t[dh]\s*>", re.I)
_BLOCK = re.compile(r"</?(?:p|li|ol|ul|dl|dt|dd|div|tr|thead|tbody|table|caption|figure|"
                    r"figcaption|section|blockquote|pre|h[1-6]|br|hr)\b[^<>]*>", re.I)
_TAG = re.compile(r"<[^<>]*>")
# Private-use marks for a cell's end and a table's end while tags are taken out.
_CELL, _TABLE = "\ue000", "\ue001"
_GAP = re.compile(rf"[\s{_CELL}{_TABLE}]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _without_skipped(fragment: str) -> str:
    """The fragment without scripts, styles, objects and comments (an unclosed one: to the end)."""
    parts, pos = [], 0
    while (m := _SKIPPED_START.search(fragment, pos)) is not None:
        parts.append(fragment[pos:m.start()])
        close = _COMMENT_END if m[1] is None else _ELEMENT_END[m[1].lower()]
        end = close.search(fragment, m.end())
        if end is None:
            return " ".join(parts)
        parts.append(" ")
        pos = end.end()
    parts.append(fragment[pos:])
    return "".join(parts)


def _gap(match: re.Match[str]) -> str:
    """A run of spaces and marks: a space after a table, 「；」 between cells, else a space."""
    run = match[0]
    if _TABLE in run:
        return " "
    return CELL_SEPARATOR if _CELL in run else " "


def plain_text(fragment: str) -> str:
    """The reader's text of an HTML fragment: blocks apart, cells apart by 「；」, unescaped."""
    text = _without_skipped(fragment)
    text = _TABLE_END.sub(_TABLE, text)
    text = _CELL_END.sub(_CELL, text)
    text = html.unescape(_TAG.sub("", _BLOCK.sub(" ", text)))
    return _GAP.sub(_gap, text).strip(" " + CELL_SEPARATOR)


def segment(text: str) -> str:
    """Chinese runs cut into words, zero-width spaces around each (as Material's index has)."""
    def cut(match: re.Match[str]) -> str:
        return "\u200b" + "\u200b".join(jieba.cut(match[0])) + "\u200b"

    return _HAN.sub(cut, text).strip("\u200b")


@dataclass(frozen=True)
class Section:
    """A part of a page: its anchor ('' for the page's top), title and plain text."""

    anchor: str
    title: str
    text: str


def sections(content: str, title: str) -> list[Section]:
    """A page's HTML cut at its headings with an id; the first part takes the page's title."""
    found: list[Section] = []
    anchor, heading, start = "", title, 0
    for m in _HEADING.finditer(content):
        ident = _ID.search(m[2])
        if ident is None:
            continue  # a heading without an id stays in its section's text
        if start == 0 and m[0][:3].lower() == "<h1" and not content[:m.start()].strip():
            heading, start = plain_text(m[3]) or title, m.end()  # the page's own h1
            continue
        found.append(Section(anchor, heading, plain_text(content[start:m.start()])))
        anchor = ident[1] if ident[1] is not None else ident[2]
        heading, start = plain_text(m[3]) or title, m.end()
    found.append(Section(anchor, heading, plain_text(content[start:])))
    return found


def entries(url: str, title: str, content: str, meta: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """The search entries of one page, in the worker's format (none if the page opts out)."""
    search = meta.get("search") or {}
    if search.get("exclude"):
        return
    for section in sections(content, title):
        entry: dict[str, Any] = {
            "location": f"{url}#{section.anchor}" if section.anchor else url,
            "title": segment(html.escape(section.title, quote=False)),
            "text": segment(html.escape(section.text, quote=False)),
        }
        if "boost" in search:
            entry["boost"] = search["boost"]
        yield entry


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)


class SearchIndex:
    """The generated pages' entries, kept in a temporary file until the index is written."""

    def __init__(self) -> None:
        # Owned for the index's whole life and closed by close(), not by a with block.
        self._file: BinaryIO = tempfile.TemporaryFile(prefix="honors-search-")  # noqa: SIM115
        self.count = 0

    def add(self, url: str, title: str, content: str, meta: Mapping[str, Any]) -> None:
        """Index one page's HTML (sections, text, segmentation) and set it aside."""
        for entry in entries(url, title, content, meta):
            self._file.write((("," if self.count else "") + _dumps(entry)).encode())
            self.count += 1

    def write(self, site_dir: Path) -> None:
        """Add the entries to Material's index and write it as JSON and as a script.

        Nothing is written where Material wrote no index (its search plugin is off).
        """
        path = site_dir / INDEX
        if not path.is_file():
            return
        index = json.loads(path.read_text(encoding="utf-8"))
        config, kept = index.get("config", {}), index.get("docs", [])
        for target, prefix in ((path, b""), (site_dir / SCRIPT, b"var __index = ")):
            staging = target.with_name(f".{target.name}.part")
            try:
                with open(staging, "wb") as out:
                    out.write(prefix + b'{"config":' + _dumps(config).encode() + b',"docs":[')
                    out.write(",".join(_dumps(entry) for entry in kept).encode())
                    if kept and self.count:
                        out.write(b",")
                    self._file.seek(0)
                    shutil.copyfileobj(self._file, out, 1 << 20)
                    out.write(b"]}")
                os.replace(staging, target)
            except BaseException:
                staging.unlink(missing_ok=True)
                raise
        self._file.seek(0, os.SEEK_END)

    def close(self) -> None:
        self._file.close()
