"""Large generated texts kept on disk during a build instead of in memory.

A national archive has tens of thousands of pages; holding every page's HTML and every
search entry until MkDocs finishes would take gigabytes. The plugin writes each text once
to an anonymous temporary file (removed by the system when closed, even after a crash)
and reads it back when MkDocs needs it.
"""

from __future__ import annotations

import shutil
import tempfile
from typing import BinaryIO

Handle = tuple[int, int]  # (offset, length) in bytes


class TextSpool:
    """Append-only store of UTF-8 texts in a temporary file."""

    def __init__(self) -> None:
        # Owned by the spool for its whole life and closed by close(), not by a with block.
        self._file: BinaryIO = tempfile.TemporaryFile(prefix="honors-spool-")  # noqa: SIM115
        self._end = 0

    def put(self, text: str) -> Handle:
        data = text.encode("utf-8")
        self._file.seek(self._end)
        self._file.write(data)
        handle = (self._end, len(data))
        self._end += len(data)
        return handle

    def get(self, handle: Handle) -> str:
        offset, length = handle
        self._file.seek(offset)
        return self._file.read(length).decode("utf-8")

    @property
    def size(self) -> int:
        return self._end

    def copy_to(self, out: BinaryIO) -> None:
        """Write everything put so far to `out`, in order, without loading it whole."""
        self._file.seek(0)
        shutil.copyfileobj(self._file, out, 1 << 20)
        self._file.seek(self._end)

    def close(self) -> None:
        self._file.close()
