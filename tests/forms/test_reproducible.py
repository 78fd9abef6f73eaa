"""The same year's forms generated twice are the same bytes (.docx, .xlsx, .csv), whatever the clock
says, and 文件摘要.sha256 lists each file's digest so the office can show nothing changed."""

from __future__ import annotations

import hashlib
import time
import zipfile
from pathlib import Path

import pytest

from generator.cli import main


def _generate(root: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, bytes]:
    assert main(["forms", "--root", str(root), "--year", "2023", "--no-pdf", "--out", str(out)]) == 0
    capsys.readouterr()
    folder = out / "2023"
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_forms_twice_are_byte_identical_and_carry_no_clock(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _generate(demo_copy, tmp_path / "a", capsys)
    # Wait for the clock to pass a zip member time's two-second step, so a clock-stamped member
    # would differ between the two runs.
    started = time.monotonic()
    while time.monotonic() - started < 2.1:
        time.sleep(0.1)
    second = _generate(demo_copy, tmp_path / "b", capsys)
    kinds = {name.rsplit(".", 1)[-1] for name in first}
    assert {"docx", "xlsx", "csv"} <= kinds
    assert first == second
    for name in first:
        if name.endswith((".docx", ".xlsx")):
            with zipfile.ZipFile(tmp_path / "a/2023" / name) as z:
                assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}, name
                core = z.read("docProps/core.xml").decode("utf-8")
            # The 2023 deadline (2024-04-10) is the documents' date, never today's.
            assert "2024-04-10T09:00:00Z" in core and time.strftime("%Y-%m-%d") not in core, name


def test_the_digest_file_lists_every_document(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = _generate(demo_copy, tmp_path / "a", capsys)
    lines = files.pop("文件摘要.sha256").decode("utf-8").splitlines()
    listed = {name: digest for digest, name in (line.split("  ", 1) for line in lines)}
    assert set(listed) == {name for name in files if not name.endswith(".pdf")}
    assert all(listed[name] == hashlib.sha256(data).hexdigest() for name, data in files.items() if name in listed)
