"""Closing a year (honors close): the year keeps validating, showing and printing with the registry
as it stood, after the office edits the registry for the next campaign."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main

REGISTRY = "submissions/registry.yaml"


def _validate(root: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    main(["validate", "--root", str(root), "--format", "json"])
    findings: list[dict[str, Any]] = json.loads(capsys.readouterr().out)["findings"]
    return findings


RENAME = ("西安市终南县图书馆", "西安市终南区图书馆")  # the county became a district
NEW_YEAR_EDITS = [
    RENAME,
    ("      姓名: 韩雪梅\n", "      姓名: 王新华\n"),  # Xi'an's new liaison
    ("      - 名称: 宝鸡市石鼓县图书馆\n        加盟时间: 2021-06\n", ""),  # left the alliance
]


def _edit_registry(root: Path, edits: list[tuple[str, str]] = NEW_YEAR_EDITS) -> None:
    """What the office does before the next campaign: rename a library, change a liaison,
    drop a member that left the alliance."""
    path = root / REGISTRY
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


def test_a_closed_year_ignores_the_next_years_registry(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (demo_copy / "submissions/2023/registry.yaml").is_file()
    _edit_registry(demo_copy)
    findings = _validate(demo_copy, capsys)
    assert [f for f in findings if f["file"].startswith("submissions/2023/")] == []


def test_without_the_frozen_registry_the_same_edits_break_the_year(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (demo_copy / "submissions/2023/registry.yaml").unlink()
    _edit_registry(demo_copy)
    broken = {(f["code"], f["file"]) for f in _validate(demo_copy, capsys)
              if f["file"].startswith("submissions/2023/")}
    assert ("E001", "submissions/2023/cities/xian/collective-zhongnan.yaml") in broken
    assert ("E001", "submissions/2023/groups/reading/special-shigu.yaml") in broken
    assert any(code.startswith("D") and path == "submissions/2023/decisions.yaml" for code, path in broken)


def test_close_freezes_the_registry_with_its_comments(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    frozen = demo_copy / "submissions/2023/registry.yaml"
    frozen.unlink()
    assert main(["close", "--year", "2023", "--root", str(demo_copy)]) == 0
    assert "已冻结 2023 年度" in capsys.readouterr().out
    text = frozen.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schema/registry.schema.json\n")
    assert "冻结的联盟名录" in text.splitlines()[1]
    original = (demo_copy / REGISTRY).read_text(encoding="utf-8").splitlines()[1:]
    assert text.splitlines()[3:] == original  # every line and comment of the registry kept
    assert [f for f in _validate(demo_copy, capsys) if f["severity"] == "error"] == []


@pytest.mark.parametrize(("year", "why"), [(2024, "还不是「已表彰」")])
def test_close_refuses_an_open_or_closed_year(
    demo_copy: Path, capsys: pytest.CaptureFixture[str], year: int, why: str
) -> None:
    before = sorted(p.name for p in (demo_copy / f"submissions/{year}").iterdir())
    assert main(["close", "--year", str(year), "--root", str(demo_copy)]) == 2
    assert why in capsys.readouterr().err
    assert sorted(p.name for p in (demo_copy / f"submissions/{year}").iterdir()) == before


def test_a_year_closed_before_seals_existed_gets_its_seal_once(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """2023 was frozen without digests: close records them, leaves the frozen registry as it is,
    and from then on refuses and points to --correct."""
    frozen = (demo_copy / "submissions/2023/registry.yaml").read_bytes()
    assert main(["close", "--year", "2023", "--root", str(demo_copy)]) == 0
    assert "已补记 2023 年度各文件的摘要" in capsys.readouterr().out
    seal = (demo_copy / "submissions/2023/closed.yaml").read_text(encoding="utf-8")
    assert "  decisions.yaml: " in seal and "  registry.yaml: " in seal
    assert (demo_copy / "submissions/2023/registry.yaml").read_bytes() == frozen
    assert main(["close", "--year", "2023", "--root", str(demo_copy)]) == 2
    err = capsys.readouterr().err
    assert "2023 年度已经结束" in err and "--correct" in err
    assert [f for f in _validate(demo_copy, capsys) if f["severity"] == "error"] == []


def test_close_refuses_a_year_with_errors(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (demo_copy / "submissions/2023/registry.yaml").unlink()
    broken = demo_copy / "submissions/2023/cities/xian/individual-li-bo.yaml"
    broken.write_text(broken.read_text(encoding="utf-8").replace("姓名:", "姓明:"), encoding="utf-8")
    assert main(["close", "--year", "2023", "--root", str(demo_copy)]) == 2
    assert "错误" in capsys.readouterr().err
    assert not (demo_copy / "submissions/2023/registry.yaml").exists()


def test_the_site_of_a_closed_year_shows_the_names_it_was_judged_with(
    demo_copy: Path, tmp_path: Path
) -> None:
    shutil.copy(Path(__file__).resolve().parents[2] / "mkdocs.yml", demo_copy / "mkdocs.yml")
    shutil.copytree(Path(__file__).resolve().parents[2] / "docs", demo_copy / "docs")
    _edit_registry(demo_copy, [RENAME])
    assert main(["build", "--root", str(demo_copy)]) == 0
    page = (demo_copy / "site/2023/honors/index.html").read_text(encoding="utf-8")
    assert "西安市终南县图书馆" in page
    assert "西安市终南区图书馆" not in page
