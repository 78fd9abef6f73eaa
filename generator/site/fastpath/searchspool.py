"""Material's search index, written out entry by entry instead of in one piece.

Material's search plugin keeps every page's search entries in a list and, at the end of the
build, turns the whole list into one JSON string, then into bytes. For a large archive
that is three copies of hundreds of MB at once. After each page, the plugin moves the entries
Material has just made to a temporary file, already encoded as JSON; once Material has written
its (now nearly empty) index, the plugin puts the spooled entries into it.

The file holds the same JSON as Material's, written as UTF-8: Material escapes every Chinese
character (`\u4e2d`, six bytes for three), which nearly doubles what a phone downloads. The
search reads the same values either way (JSON.parse gives the same strings).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from generator.site.fastpath.spool import TextSpool

INDEX = Path("search") / "search_index.json"


def _dumps(value: Any) -> str:
    # As Material does, but UTF-8 text instead of \uXXXX escapes.
    return json.dumps(value, separators=(",", ":"), default=str, ensure_ascii=False)


def search_index_of(plugins: Any) -> Any | None:
    """Material's search index object (with its `entries` list), or None (no such search)."""
    for plugin in plugins.values():
        index = getattr(plugin, "search_index", None)
        if isinstance(getattr(index, "entries", None), list):
            return index
    return None


class SearchSpool:
    """Search entries taken from Material's index during the build, put back at the end."""

    def __init__(self) -> None:
        self._spool = TextSpool()
        self._count = 0

    def take(self, entries: list[dict[str, Any]]) -> None:
        """Move all entries to the spool (the list is left empty)."""
        for entry in entries:
            self._spool.put(("," if self._count else "") + _dumps(entry))
            self._count += 1
        entries.clear()

    def merge_into(self, site_dir: Path) -> None:
        """Add the spooled entries to the index Material wrote (after Material's post_build)."""
        path = site_dir / INDEX
        if not path.is_file():
            return
        index = json.loads(path.read_text(encoding="utf-8"))
        index.setdefault("docs", [])
        staging = path.with_name(path.name + ".part")
        with open(staging, "wb") as out:
            out.write(b"{")
            for i, (key, value) in enumerate(index.items()):
                out.write(b"," if i else b"")
                out.write(_dumps(key).encode() + b":")
                if key != "docs":
                    out.write(_dumps(value).encode())
                    continue
                out.write(b"[")
                # Any entries Material kept come first, as they were made.
                kept = [_dumps(entry).encode() for entry in value]
                out.write(b",".join(kept))
                if kept and self._count:
                    out.write(b",")
                self._spool.copy_to(out)
                out.write(b"]")
            out.write(b"}")
        os.replace(staging, path)

    def close(self) -> None:
        self._spool.close()
