"""Stamped originals' scans under a nominating folder's stamped/ (F009, S007), on a copy of the demo
data through the real loader and validator, with real PDF, JPG and PNG files made here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from scanfiles import heic_bytes, jpeg_bytes, pdf_bytes, png_bytes

from generator.cli import main
from generator.load.campaign import load_repository
from generator.load.stamped import MAX_SCAN_BYTES, owner_stem

XIAN = "submissions/2024/cities/xian"
READING = "submissions/2024/groups/reading"


def put(root: Path, rel: str, data: bytes) -> str:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return rel


def findings(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict[str, Any]]]:
    code = main(["validate", "--root", str(root), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    return code, [f for f in report["findings"] if f["code"] != "E004"]  # the demo's intended warning


def test_real_scans_named_after_their_nominations_are_recorded(
        demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(demo_copy, f"{XIAN}/stamped/individual-wang-lan.pdf", pdf_bytes())
    put(demo_copy, f"{XIAN}/stamped/summary.PDF", pdf_bytes("1-3"))
    put(demo_copy, f"{XIAN}/stamped/Collective-Bashui-1.JPG", jpeg_bytes())
    put(demo_copy, f"{XIAN}/stamped/collective-bashui-2.png", png_bytes())
    put(demo_copy, f"{READING}/stamped/case-qinling-seasons.jpeg", jpeg_bytes())

    code, found = findings(demo_copy, capsys)

    assert (code, found) == (0, [])
    repo, _ = load_repository(demo_copy)
    scans = {s.path: (s.folder, s.stem) for s in repo.campaigns[0].scans}
    assert scans == {
        f"{XIAN}/stamped/individual-wang-lan.pdf": ("cities/xian", "individual-wang-lan"),
        f"{XIAN}/stamped/summary.PDF": ("cities/xian", "summary"),
        f"{XIAN}/stamped/Collective-Bashui-1.JPG": ("cities/xian", "collective-bashui"),
        f"{XIAN}/stamped/collective-bashui-2.png": ("cities/xian", "collective-bashui"),
        f"{READING}/stamped/case-qinling-seasons.jpeg": ("groups/reading", "case-qinling-seasons"),
    }


@pytest.mark.parametrize(("name", "data", "words"), [
    ("individual-wang-lan.docx", b"PK\x03\x04" + b"\x00" * 40, "只收 PDF、JPG、PNG"),
    ("individual-wang-lan.tif", b"II*\x00" + b"\x00" * 40, "只收 PDF、JPG、PNG"),
    ("individual-wang-lan.pdf", b"", "空文件"),
    ("individual-wang-lan.pdf", jpeg_bytes(), "内容却是JPG 图片"),
    ("individual-wang-lan.jpg", b"not a picture at all, typed in a text editor", "内容却是无法识别的内容"),
])
def test_a_scan_that_cannot_be_used_is_one_f009_error(
        demo_copy: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, words: str) -> None:
    rel = put(demo_copy, f"{XIAN}/stamped/{name}", data)

    code, found = findings(demo_copy, capsys)

    assert code == 1
    assert [(f["code"], f["severity"], f["file"]) for f in found] == [("F009", "error", rel)]
    assert words in found[0]["message"] and name in found[0]["message"]
    assert found[0]["hint"]


def test_a_jpg_saved_as_pdf_is_told_its_real_extension(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(demo_copy, f"{XIAN}/stamped/individual-wang-lan.pdf", jpeg_bytes())
    _, found = findings(demo_copy, capsys)
    assert found[0]["hint"] == "这其实是JPG 图片，请把扩展名改为 .jpg。"


@pytest.mark.parametrize("name", ["IMG_0001.HEIC", "individual-wang-lan.jpg"])
def test_an_iphone_photo_gets_one_finding_saying_how_to_convert(
        demo_copy: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    rel = put(demo_copy, f"{XIAN}/stamped/{name}", heic_bytes())

    _, found = findings(demo_copy, capsys)

    assert [(f["code"], f["severity"], f["file"]) for f in found] == [("F009", "error", rel)]
    assert "HEIC" in found[0]["message"]
    assert "兼容性最佳" in found[0]["hint"] and "JPG" in found[0]["hint"]


def test_a_scan_over_the_limit_is_refused(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rel = put(demo_copy, f"{XIAN}/stamped/individual-wang-lan.pdf", pdf_bytes())
    with (demo_copy / rel).open("ab") as out:
        out.truncate(MAX_SCAN_BYTES + 1)

    _, found = findings(demo_copy, capsys)

    assert [(f["code"], f["severity"]) for f in found] == [("F009", "error")]
    assert "超过 20 MB" in found[0]["message"]


def test_a_scan_at_the_limit_is_accepted(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rel = put(demo_copy, f"{XIAN}/stamped/individual-wang-lan.pdf", pdf_bytes())
    with (demo_copy / rel).open("ab") as out:
        out.truncate(MAX_SCAN_BYTES)
    assert findings(demo_copy, capsys) == (0, [])


def test_a_folder_inside_stamped_is_refused(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(demo_copy, f"{XIAN}/stamped/2024/individual-wang-lan.pdf", pdf_bytes())
    code, found = findings(demo_copy, capsys)
    assert code == 1
    assert [(f["code"], f["file"]) for f in found] == [("F009", f"{XIAN}/stamped/2024")]


def test_a_scan_matching_no_nomination_is_an_s007_warning_with_the_nearest_name(
        demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    near = put(demo_copy, f"{XIAN}/stamped/individual-wanglan.pdf", pdf_bytes())
    far = put(demo_copy, f"{XIAN}/stamped/scan0001.pdf", pdf_bytes())

    code, found = findings(demo_copy, capsys)

    assert code == 0
    by_file = {f["file"]: f for f in found}
    assert set(by_file) == {near, far}
    assert all(f["code"] == "S007" and f["severity"] == "warning" for f in found)
    assert by_file[near]["hint"] == "是否是「individual-wang-lan.yaml」的盖章件？请改名为 individual-wang-lan.pdf。"
    assert "stamped/summary.pdf" in by_file[far]["hint"]
    repo, _ = load_repository(demo_copy)
    assert {s.stem for s in repo.campaigns[0].scans} == {None}


def test_a_nomination_that_fails_to_load_still_owns_its_scan(
        demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(demo_copy, f"{XIAN}/individual-new.yaml", "推荐奖项: [\n".encode())
    put(demo_copy, f"{XIAN}/stamped/individual-new.pdf", pdf_bytes())

    _, found = findings(demo_copy, capsys)

    assert "S007" not in {f["code"] for f in found}
    assert "F002" in {f["code"] for f in found}


def test_pages_and_names_are_matched_in_lower_case() -> None:
    stems = {"individual-wang-lan", "case-1"}
    assert owner_stem("Individual-Wang-Lan", stems) == "individual-wang-lan"
    assert owner_stem("individual-wang-lan-12", stems) == "individual-wang-lan"
    assert owner_stem("case-1", stems) == "case-1"
    assert owner_stem("case-1-2", stems) == "case-1"
    assert owner_stem("individual-wang-lan-123", stems) is None
    assert owner_stem("individual-wang", stems) is None


def test_a_link_in_stamped_is_not_followed(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    outside = demo_copy / "secret.pdf"
    outside.write_bytes(pdf_bytes())
    link = demo_copy / XIAN / "stamped/individual-wang-lan.pdf"
    link.parent.mkdir(parents=True)
    link.symlink_to(outside)

    code, found = findings(demo_copy, capsys)

    assert code == 1
    assert [(f["code"], f["file"]) for f in found] == [("F009", f"{XIAN}/stamped/individual-wang-lan.pdf")]
    assert "符号链接" in found[0]["message"]
    repo, _ = load_repository(demo_copy)
    assert repo.campaigns[0].scans == []
