"""Real small scan files made in the tests: a one-page PDF, an 8×8 grey baseline JPEG, a 1×1 PNG.

Each is a complete file of its format (a PDF with a correct cross-reference table, a JPEG with
its quantisation and Huffman tables), so a reader that opens them sees a page or a picture.
"""

from __future__ import annotations

import struct
import zlib


def pdf_bytes(text: str = "stamped") -> bytes:
    """A one-page PDF showing text."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _segment(marker: int, body: bytes) -> bytes:
    return struct.pack(">BBH", 0xFF, marker, len(body) + 2) + body


def jpeg_bytes() -> bytes:
    """An 8×8 mid-grey baseline JPEG: one block whose DC difference is 0 and whose AC is all zero."""
    jfif = _segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    quant = _segment(0xDB, b"\x00" + bytes([1] * 64))
    frame = _segment(0xC0, b"\x08\x00\x08\x00\x08\x01\x01\x11\x00")
    # One code of length 1 in each table: DC category 0, AC end-of-block.
    counts = bytes([1] + [0] * 15)
    dc = _segment(0xC4, b"\x00" + counts + b"\x00")
    ac = _segment(0xC4, b"\x10" + counts + b"\x00")
    scan = _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    data = bytes([0b00111111])  # DC "0", EOB "0", padded with ones
    return b"\xff\xd8" + jfif + quant + frame + dc + ac + scan + data + b"\xff\xd9"


def png_bytes() -> bytes:
    """A 1×1 red PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) \
        + chunk(b"IEND", b"")


def heic_bytes() -> bytes:
    """The start of an iPhone HEIC photo: its ftyp box (what tells the format)."""
    return struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic" + b"\x00" * 64
