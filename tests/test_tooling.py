"""Strict tooling is part of the suite: mypy --strict (on the package and its tests) and ruff's
complexity rule."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# Modules where strict typing is relaxed today (pyproject.toml says why). The list may shrink,
# never grow: a new module is strict from its first line.
RELAXED = {"generator.site.plugin"}
# Every test module is strict now: none may be relaxed again.
RELAXED_TESTS: set[str] = set()


def _mypy(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache), "--config-file",
         str(ROOT / "pyproject.toml"), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_mypy_strict_passes_on_the_package_and_its_tests(tmp_path: Path) -> None:
    assert CONFIG["tool"]["mypy"]["strict"] is True
    out = _mypy("generator", "tests", cache=tmp_path / "cache")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Success" in out.stdout
    checked = int(out.stdout.rsplit("in ", 1)[1].split()[0])  # "… no issues found in N source files"
    assert checked > len(list((ROOT / "generator").rglob("*.py"))), "tests/ was not checked"


def test_strict_is_relaxed_only_where_listed() -> None:
    relaxed = {m for o in CONFIG["tool"]["mypy"]["overrides"] for m in o["module"]}
    assert relaxed <= RELAXED | RELAXED_TESTS, (
        f"strict typing relaxed for new modules: {relaxed - RELAXED - RELAXED_TESTS}")


def test_the_relaxed_test_modules_exist() -> None:
    """A relaxed module that was renamed or deleted is taken off the list, not left to excuse another."""
    missing = {m for m in RELAXED_TESTS if not (ROOT / (m.replace(".", "/") + ".py")).is_file()}
    assert missing == set()


def test_make_lint_checks_the_tests_too() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "$(BIN)/mypy generator tests" in makefile


def test_the_strict_settings_catch_an_untyped_function(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def add(a, b):\n    return a + b\n\n\nprint(add(1, 2))\n", encoding="utf-8")
    out = _mypy(str(sample), cache=tmp_path / "cache")
    assert out.returncode == 1 and "no-untyped-def" in out.stdout, out.stdout


def test_ruff_with_the_complexity_rule_passes() -> None:
    lint = CONFIG["tool"]["ruff"]["lint"]
    assert "C90" in lint["select"] and lint["mccabe"]["max-complexity"] == 10
    ignored = {path for path, codes in lint.get("per-file-ignores", {}).items() if "C901" in codes}
    assert ignored == set(), f"no file may exceed complexity 10: {ignored}"
    out = _ruff(".")
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.parametrize(("branches", "flagged"), [(10, False), (11, True)])
def test_a_function_over_complexity_10_fails_lint(tmp_path: Path, branches: int, flagged: bool) -> None:
    body = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(branches - 1))
    sample = tmp_path / "sample.py"
    sample.write_text(f"def pick(x: int) -> int:\n{body}    return -1\n", encoding="utf-8")
    out = _ruff("--config", str(ROOT / "pyproject.toml"), "--select", "C90", str(sample))
    assert ("C901" in out.stdout) is flagged, out.stdout
