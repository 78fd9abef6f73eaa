"""A case's photos (配图) are published beside its page; unusable ones stop the build."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from playwright.sync_api import Browser
from sitetools import build, find_all, keep_on_site, parse, serve, walk

from generator.check.validate import validate_repository
from generator.core.errors import UserError
from generator.site.build import build_site
from generator.site.images import place_pictures
from generator.site.render import rich_text

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


def _set_body(root: Path, lines: list[str]) -> None:
    """The case's 案例正文 replaced by lines (a block scalar)."""
    case = root / CASE
    out, skipping = [], False
    for line in case.read_text(encoding="utf-8").splitlines():
        if line.startswith("案例正文:"):
            out += ["案例正文: |-", *(f"  {v}" if v else "" for v in lines)]
            skipping = True
            continue
        if skipping and (line.startswith("  ") or not line.strip()):
            continue
        skipping = False
        out.append(line)
    case.write_text("\n".join(out) + "\n", encoding="utf-8")


BODY_PICTURE = ["## 背景", "", "上线前的预约界面：", "", "![预约界面](booking-screen.png)", "",
                "## 成效", "", "预约量逐月上升。"]


def _loads(site_html: str) -> list[str]:
    """Every address the page's own tags make a browser load (src, srcset, data, poster)."""
    return [value for el in walk(parse(site_html)) for name, value in el.attrs.items()
            if name in ("src", "srcset", "data", "poster") and value]


def test_body_pictures_of_the_case_folder_are_shown_where_written(repo_copy: Path, tmp_path: Path) -> None:
    """`![…](file)` of the case's own folder: copied beside the page, shown inside the text at
    its place, and nothing on the page loads from another host."""
    (repo_copy / CASE).with_name("booking-screen.png").write_bytes(tiny_png())
    _set_body(repo_copy, BODY_PICTURE)
    _, result = validate_repository(repo_copy)
    assert [f for f in result.findings if f.file == CASE] == []
    site = build(repo_copy, tmp_path / "site")
    page = "2024/cases/case-mini-program-booking/"
    texts = [e for e in find_all(site.article(page), "div") if "honors-text" in e.attrs.get("class", "")]
    pictures = [img for text in texts for img in find_all(text, "img")]
    assert [(i.attrs["src"], i.attrs["alt"]) for i in pictures] == [("text-1.png", "预约界面")]
    assert (site.path / page / "text-1.png").read_bytes() == tiny_png()
    html = site.html(page)
    assert html.index("上线前的预约界面") < html.index('src="text-1.png"') < html.index("预约量逐月上升")
    loads = _loads(html)
    assert "text-1.png" in loads
    assert [u for u in loads if "//" in u or ":" in u.split("/")[0]] == []


@pytest.mark.browser
def test_body_pictures_in_the_browser_request_only_the_site(repo_copy: Path, tmp_path: Path,
                                                            browser: Browser) -> None:
    (repo_copy / CASE).with_name("booking-screen.png").write_bytes(tiny_png())
    _set_body(repo_copy, BODY_PICTURE)
    site = build(repo_copy, tmp_path / "site")
    with serve(site.path) as url:
        ctx = browser.new_context()
        requests = keep_on_site(ctx, url)
        tab = ctx.new_page()
        tab.goto(f"{url}2024/cases/case-mini-program-booking/")
        tab.wait_for_load_state("networkidle")
        loaded = tab.evaluate(
            "[...document.querySelectorAll('.honors-text img')].map(i => [i.complete && i.naturalWidth, i.alt])")
        ctx.close()
    assert loaded == [[1, "预约界面"]]
    assert f"{url}2024/cases/case-mini-program-booking/text-1.png" in requests
    assert [r for r in requests if not r.startswith((url, "data:", "blob:"))] == []


def test_a_body_picture_the_site_cannot_show_stops_the_build(repo_copy: Path, tmp_path: Path) -> None:
    """F010 refuses it before the build; the renderer never lets it through either."""
    _set_body(repo_copy, ["![远程](https://evil.example/x.png)", "", "![图](javascript:__xss())"])
    _, result = validate_repository(repo_copy)
    assert [(f.code, f.severity) for f in result.findings if f.file == CASE] == [("F010", "error")] * 2
    with pytest.raises(UserError):
        build_site(repo_copy, tmp_path / "site")
    problems: list[str] = []
    html, photos = place_pictures(rich_text("![远程](https://evil.example/x.png)\n\n![图](javascript:x())", True),
                                  repo_copy, CASE, "2024/cases/x", lambda dest: dest, problems)
    assert "<img" not in html and "evil.example" not in html and "javascript" not in html
    assert photos == [] and len(problems) == 2
