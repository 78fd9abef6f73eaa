"""A case's photos (配图) are published beside its page; unusable ones stop the build."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from sitetools import build, find_all

from generator.check.validate import validate_repository
from generator.core.errors import UserError
from generator.site.build import build_site

CASE = "submissions/2024/office/case-mini-program-booking.yaml"


def tiny_png() -> bytes:
    """A valid 1x1 PNG, written by hand (no imaging library needed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x9e\x1b\x1e")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def add_photos(root: Path, *names: str) -> None:
    case = root / CASE
    text = case.read_text(encoding="utf-8")
    listed = "\n".join(f"  - {n}" for n in names)
    case.write_text(text.rstrip("\n") + f"\n配图:\n{listed}\n", encoding="utf-8")


def test_photos_are_copied_and_shown(repo_copy: Path, tmp_path: Path) -> None:
    (repo_copy / CASE).with_name("booking-screen.png").write_bytes(tiny_png())
    add_photos(repo_copy, "booking-screen.png")
    site = build(repo_copy, tmp_path / "site")
    page = "2024/cases/case-mini-program-booking/"
    imgs = find_all(site.article(page), "img")
    assert [i.attrs["src"] for i in imgs] == ["image-1.png"]
    assert (site.path / page / "image-1.png").read_bytes() == tiny_png()


@pytest.mark.parametrize(("name", "code", "reason"), [
    ("missing.png", "S003", "找不到"),
    ("notes.txt", "S003", "不是图片"),
    ("../../registry.yaml", "F004", "指向本文件夹之外"),
    ("../x.png", "F004", "指向本文件夹之外"),
])
def test_unusable_photos_are_findings_and_stop_the_build(
    repo_copy: Path, tmp_path: Path, name: str, code: str, reason: str
) -> None:
    (repo_copy / "submissions/2024/x.png").write_bytes(tiny_png())
    (repo_copy / CASE).with_name("notes.txt").write_text("x", encoding="utf-8")
    add_photos(repo_copy, name)
    _, result = validate_repository(repo_copy)
    photo = [f for f in result.errors if f.file == CASE]
    assert [(f.code, reason in f.message, name in f.message) for f in photo] == [(code, True, True)]
    with pytest.raises(UserError):
        build_site(repo_copy, tmp_path / "site")
    assert not (tmp_path / "site").exists()
