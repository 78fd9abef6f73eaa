"""The text a published picture shows, carried inside the PNG so the privacy scan can read it.

A picture of a printed form (the guide's previews) is pixels: a scan of the site cannot read
them. The program that draws such a picture writes the text it drew into the PNG as an iTXt
chunk (keyword `Description`, UTF-8, PNG's own way to carry text); `png_texts` reads every
text chunk of a PNG back (tEXt, zTXt, iTXt), whoever wrote it.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

SIGNATURE = b"\x89PNG\r\n\x1a\n"
KEYWORD = b"Description"


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, payload) of every chunk; [] when data is not a well-formed PNG."""
    if not data.startswith(SIGNATURE):
        return []
    out: list[tuple[bytes, bytes]] = []
    pos = len(SIGNATURE)
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        payload = data[pos + 8:pos + 8 + length]
        if len(payload) != length:
            return out
        out.append((kind, payload))
        pos += 12 + length
    return out


def _text(kind: bytes, payload: bytes) -> str | None:
    try:
        if kind == b"tEXt":
            return payload.split(b"\0", 1)[1].decode("latin-1")
        if kind == b"zTXt":
            return zlib.decompress(payload.split(b"\0", 1)[1][1:]).decode("latin-1")
        if kind == b"iTXt":
            _, rest = payload.split(b"\0", 1)
            compressed, _method, rest = rest[0], rest[1], rest[2:]
            _lang, _translated, text = rest.split(b"\0", 2)
            return (zlib.decompress(text) if compressed else text).decode("utf-8")
    except (IndexError, ValueError, zlib.error):
        return None
    return None


def png_texts(data: bytes) -> list[str]:
    """Every text a PNG carries (empty for anything else, or a damaged file)."""
    texts = (_text(kind, payload) for kind, payload in _chunks(data))
    return [t for t in texts if t]


def embed_text(path: Path, text: str) -> None:
    """Write text into the PNG at path as a compressed iTXt `Description` chunk (before IEND)."""
    data = path.read_bytes()
    end = data.rfind(b"IEND") - 4
    if not data.startswith(SIGNATURE) or end < len(SIGNATURE):
        raise ValueError(f"{path} is not a PNG")
    payload = KEYWORD + b"\0" + b"\1\0" + b"zh\0" + b"\0" + zlib.compress(text.encode("utf-8"))
    chunk = struct.pack(">I", len(payload)) + b"iTXt" + payload
    chunk += struct.pack(">I", zlib.crc32(b"iTXt" + payload))
    path.write_bytes(data[:end] + chunk + data[end:])
