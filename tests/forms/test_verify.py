"""honors close records each document's SHA-256 (表格摘要); honors forms --verify regenerates the
year and says, in Chinese, which document differs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import main
from generator.load.seal import read_seal


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _seal(root: Path) -> Path:
    return root / "submissions/2023/closed.yaml"


def test_close_records_the_documents_and_verify_finds_them_unchanged(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(demo_copy)
    _seal(demo_copy).unlink(missing_ok=True)
    code, out, _ = _run(capsys, "close", "--year", "2023", "--root", root)
    assert code == 0
    assert re.search(r"已在 submissions/2023/closed.yaml 记下本年度 (\d+) 份表格的摘要", out)
    seal = read_seal(_seal(demo_copy))
    assert seal is not None
    # The digests are those of the documents honors forms writes (its own 文件摘要.sha256).
    assert _run(capsys, "forms", "--year", "2023", "--no-pdf", "--out", str(tmp_path / "out"), "--root", root)[0] == 0
    listed = (tmp_path / "out/2023/文件摘要.sha256").read_text(encoding="utf-8").splitlines()
    assert seal.documents == {rel: value for value, rel in (line.split("  ", 1) for line in listed)}
    assert {"表彰决定.docx", "推荐汇总.xlsx", "表彰名单.csv"} <= set(seal.documents)
    assert not any(rel.endswith(".pdf") for rel in seal.documents)

    code, out, _ = _run(capsys, "forms", "--year", "2023", "--verify", "--root", root)
    assert code == 0
    assert out.strip() == f"2023 年度的 {len(seal.documents)} 份表格与结束评选时记下的摘要一致（PDF 除外）。"


def test_verify_names_each_document_that_differs(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = str(demo_copy)
    _seal(demo_copy).unlink(missing_ok=True)
    assert _run(capsys, "close", "--year", "2023", "--root", root)[0] == 0
    seal = _seal(demo_copy)
    text = seal.read_text(encoding="utf-8")
    # What a different program would have made: one document's digest, one document not made now,
    # one made now but not recorded.
    decision = re.search(r'^  "表彰决定.docx": ([0-9a-f]{64})$', text, re.M)
    assert decision is not None
    text = text.replace(decision[1], "0" * 64)
    text = text.replace('  "表彰名单.csv": ', '  "旧名单.csv": ')
    seal.write_text(text, encoding="utf-8")

    code, out, _ = _run(capsys, "forms", "--year", "2023", "--verify", "--root", root)
    assert code == 1
    assert out.splitlines()[:4] == [
        "2023 年度的表格与结束评选时记下的摘要不一致：",
        "  内容不同：表彰决定.docx",
        "  现在生成不出：旧名单.csv",
        "  多出来的：表彰名单.csv",
    ]
    assert "多半是程序或其依赖的版本变了" in out


def test_verify_without_recorded_documents_says_how_to_record_them(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "forms", "--year", "2024", "--verify", "--root", str(demo_copy))
    assert code == 2
    assert "2024 年度还没有结束，没有可核对的表格摘要。" in err and "honors close --year 2024" in err


def test_the_demos_closed_year_verifies_against_its_shipped_seal(
    sealed_demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """submissions/2023/closed.yaml records the documents the demo's 2023 generates: a change of
    the program that alters a closed year's documents shows here."""
    seal = read_seal(_seal(sealed_demo_copy))
    assert seal is not None and len(seal.documents) > 20
    code, out, _ = _run(capsys, "forms", "--year", "2023", "--verify", "--root", str(sealed_demo_copy))
    assert (code, out.strip()) == (0, f"2023 年度的 {len(seal.documents)} 份表格与结束评选时记下的摘要一致（PDF 除外）。")
