"""Example-file cases: each folder under tests/cases/ holds nomination files (in files/,
laid over the shipped registry and 2024 config) and the exact findings they must produce
(expected.yaml). Adding a case is adding a folder."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator.check.codes import CODES
from generator.cli import main
from generator.load.campaign import SEAL_FILE
from generator.load.seal import Seal, digest, seal_text, sealed_files

CASES = Path(__file__).parent / "cases"
# D003, D004 and D008 need a pull request's git history: tests/pullrequest covers them.
PR_ONLY = {"D003", "D004", "D008"}


def _cases(kind: str) -> list[Path]:
    return sorted(p for p in (CASES / kind).iterdir() if (p / "expected.yaml").exists())


def _spec(case: Path) -> dict[str, Any]:
    text = (case / "expected.yaml").read_text(encoding="utf-8")
    spec: dict[str, Any] = YAML(typ="safe").load(text)
    return spec


def _base(root: Path, repo: Path) -> None:
    """The shipped registry, 2024 config and city summaries (form 1-3 headers); no nominations."""
    (root / "submissions/2024").mkdir(parents=True)
    shutil.copy(repo / "submissions/registry.yaml", root / "submissions/registry.yaml")
    shutil.copy(repo / "submissions/2024/campaign.yaml", root / "submissions/2024/campaign.yaml")
    for summary in (repo / "submissions/2024/cities").glob("*/summary.yaml"):
        target = root / summary.relative_to(repo)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(summary, target)


def _patch_config(
    root: Path, patch: dict[str, Any], file: str = "submissions/2024/campaign.yaml",
) -> None:
    """Set dotted keys (e.g. 名额.先进集体评选总数上限) in the copied campaign config (or registry)."""
    path = root / file
    yaml = YAML()
    data = yaml.load(path.read_text(encoding="utf-8"))
    for dotted, value in patch.items():
        *parents, last = dotted.split(".")
        node = data
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        if isinstance(node, list) and int(last) == len(node):
            node.append(value)  # one more entry, e.g. a member library
        elif isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)


def _apply(case: Path, root: Path) -> None:
    spec = _spec(case)
    _base(root, Path(__file__).resolve().parents[1])
    _patch_config(root, spec.get("config") or {})
    _patch_config(root, spec.get("registry") or {}, "submissions/registry.yaml")
    _remove_and_copy(root, spec)
    _add_files(case, root, spec)
    if spec.get("sealed"):  # honors close's record of a closed year, then what changed since
        _seal(root, spec["sealed"])
        _after_closing(case, root, spec)


def _remove_and_copy(root: Path, spec: dict[str, Any]) -> None:
    """Paths of the base taken away, and base files copied (e.g. a frozen registry)."""
    for rel in spec.get("remove", []) or []:
        target = root / rel
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    for source, target in (spec.get("copies") or {}).items():
        shutil.copy(root / source, root / target)


def _add_files(case: Path, root: Path, spec: dict[str, Any]) -> None:
    """The case's own files, its symlinks, and files too large to keep in the repository."""
    files = case / "files"
    if files.is_dir():
        shutil.copytree(files, root, dirs_exist_ok=True, symlinks=True)
    for link, target in (spec.get("symlinks") or {}).items():
        (root / link).symlink_to(target)
    for path, size in (spec.get("big_files") or {}).items():
        with (root / path).open("wb") as out:
            out.write(b"\x89PNG\r\n\x1a\n")
            out.truncate(size)


def _after_closing(case: Path, root: Path, spec: dict[str, Any]) -> None:
    """What changed in a closed year since honors close recorded it."""
    if spec.get("config_after_closing"):
        _patch_config(root, spec["config_after_closing"])
    if spec.get("registry_after_closing"):  # the registry changed for the next year
        _patch_config(root, spec["registry_after_closing"], "submissions/registry.yaml")
    after = case / "files_after_closing"
    if after.is_dir():
        shutil.copytree(after, root, dirs_exist_ok=True)
    for rel in spec.get("crlf_after_closing") or []:  # a Windows checkout of the same text
        path = root / rel
        path.write_bytes(path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))


SEALED_ON = date(2025, 6, 10)


def _seal(root: Path, year: int) -> None:
    """What honors close records of submissions/<year>: each file's digest (closed on SEALED_ON)."""
    folder = root / f"submissions/{year}"
    seal = Seal(year, SEALED_ON, {rel: digest(folder / rel) for rel in sealed_files(folder)})
    (folder / SEAL_FILE).write_text(seal_text(seal), encoding="utf-8")


def _run(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main(["validate", "--root", str(root), "--format", "json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


FIELDS = ("code", "severity", "file", "line", "column", "message", "hint")


def _facts(findings: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """What a finding must match, exactly: every field a reader sees (column None when absent)."""
    return sorted(tuple(f.get(k) for k in FIELDS) for f in findings)


def _expected_exit(findings: list[dict[str, Any]]) -> int:
    return 1 if any(f["severity"] == "error" for f in findings) else 0


@pytest.mark.parametrize("case", _cases("invalid"), ids=lambda p: p.name)
def test_invalid_case(case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _apply(case, tmp_path)
    code, report = _run(tmp_path, capsys)
    expected = _spec(case)["findings"]
    assert _facts(report["findings"]) == _facts(expected)
    assert code == _expected_exit(expected)
    for f in report["findings"]:
        assert f["message"] and f["hint"], f
        assert any("\u4e00" <= ch <= "\u9fff" for ch in f["message"] + f["hint"]), f


@pytest.mark.parametrize("case", _cases("valid"), ids=lambda p: p.name)
def test_valid_case(case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _apply(case, tmp_path)
    code, report = _run(tmp_path, capsys)
    expected = _spec(case).get("findings") or []
    assert _expected_exit(expected) == 0, "a valid case may only expect warnings"
    assert _facts(report["findings"]) == _facts(expected)
    assert code == 0


def test_every_code_has_a_case_and_a_near_miss() -> None:
    fired = {f["code"] for c in _cases("invalid") for f in _spec(c)["findings"]}
    near = {code for c in _cases("valid") for code in _spec(c).get("near_miss_for", [])}
    wanted = set(CODES) - PR_ONLY
    assert wanted - fired == set(), "codes without an invalid case"
    assert wanted - near == set(), "codes without a near-miss valid case"


def test_demo_data_is_clean(repo_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _run(repo_root, capsys)
    # The demo shows one intentional warning: a director nominated with a reason (E004).
    assert [f for f in report["findings"] if f["code"] != "E004"] == []
    assert all(f["severity"] == "warning" for f in report["findings"])
    assert code == 0
