"""CI fails instead of skipping: the tool guard of tests/conftest.py, run on a tiny project.

Each case copies the real conftest beside a few marked tests and runs pytest in a subprocess
whose PATH holds only stand-in programs, so a tool is "installed" or not at will.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 120
INI = """[pytest]
addopts = -p no:cacheprovider --strict-markers
markers =
    browser: needs chromium
    libreoffice: needs LibreOffice and poppler
"""
TESTS = """import pytest

@pytest.mark.libreoffice
def test_office():
    assert True

@pytest.mark.browser
def test_browser():
    assert True
"""


def run_guarded(tmp_path: Path, tools: list[str], *, require: bool, tests: str = TESTS,
                select: str = "") -> subprocess.CompletedProcess[str]:
    """pytest on the tiny project with only `tools` on PATH (empty scripts)."""
    project = tmp_path / "project"
    project.mkdir(parents=True)
    shutil.copy(ROOT / "tests/conftest.py", project / "conftest.py")
    (project / "pytest.ini").write_text(INI, encoding="utf-8")
    (project / "test_tiny.py").write_text(tests, encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in tools:
        program = bin_dir / tool
        program.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
        program.chmod(0o755)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTEST_", "HONORS_")) and k != "PATH"}
    env["PATH"] = str(bin_dir)
    if require:
        env["HONORS_REQUIRE_TOOLS"] = "1"
    args = [sys.executable, "-m", "pytest", "-q", "-rfEs", str(project)]
    if select:
        args += ["-k", select]
    return subprocess.run(args, cwd=project, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=TIMEOUT)


def outcome(run: subprocess.CompletedProcess[str]) -> dict[str, int]:
    """The counts of pytest's last line, e.g. {'failed': 1, 'passed': 1}."""
    last = run.stdout.strip().splitlines()[-1]
    return {word: int(n) for n, word in re.findall(r"(\d+) (\w+)", last)}


@pytest.mark.parametrize(("present", "absent", "select"), [
    (["soffice", "chromium"], "pdftoppm", "office"),
    (["pdftoppm", "chromium"], "soffice/libreoffice", "office"),
    (["soffice", "pdftoppm"], "chromium", "browser"),
], ids=["no-pdftoppm", "no-soffice", "no-chromium"])
def test_a_missing_tool_fails_under_the_flag(tmp_path: Path, present: list[str], absent: str,
                                             select: str) -> None:
    run = run_guarded(tmp_path, present, require=True, select=select)
    assert run.returncode == 1, run.stdout + run.stderr
    assert outcome(run) == {"error": 1, "deselected": 1}  # failed in setup, before the test
    assert f"缺少 {absent}" in run.stdout
    assert "HONORS_REQUIRE_TOOLS=1" in run.stdout


def test_a_missing_tool_skips_without_the_flag(tmp_path: Path) -> None:
    run = run_guarded(tmp_path, ["soffice", "chromium"], require=False)
    assert run.returncode == 0, run.stdout + run.stderr
    assert outcome(run) == {"passed": 1, "skipped": 1}
    assert "未安装 pdftoppm（poppler-utils）" in run.stdout


@pytest.mark.parametrize("tools", [["soffice", "pdftoppm", "chromium"],
                                   ["libreoffice", "pdftoppm", "chromium"]],
                         ids=["soffice", "libreoffice"])
def test_every_tool_present_runs_the_marked_tests(tmp_path: Path, tools: list[str]) -> None:
    run = run_guarded(tmp_path, tools, require=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert outcome(run) == {"passed": 2}


@pytest.mark.parametrize("skipping", [
    "@pytest.mark.skipif(True, reason='no pdftoppm')\ndef test_x():\n    pass\n",
    "@pytest.fixture\ndef tool():\n    pytest.skip('no chromium')\n\n"
    "def test_x(tool):\n    pass\n",
    "pytest.importorskip('a_module_that_is_not_installed')\n\ndef test_x():\n    pass\n",
], ids=["skipif", "fixture", "importorskip"])
def test_no_skip_passes_under_the_flag(tmp_path: Path, skipping: str) -> None:
    """A test-level skipif, a skipping fixture or a skipped module: all fail in CI."""
    tests = "import pytest\n\n" + skipping
    strict = run_guarded(tmp_path / "ci", [], require=True, tests=tests)
    assert strict.returncode != 0, strict.stdout + strict.stderr
    assert "不允许跳过" in strict.stdout
    assert "skipped" not in outcome(strict)
    relaxed = run_guarded(tmp_path / "dev", [], require=False, tests=tests)
    assert outcome(relaxed) == {"skipped": 1}, relaxed.stdout + relaxed.stderr


def test_make_test_fails_when_pytest_collects_nothing(tmp_path: Path) -> None:
    """pytest's exit 5 (no test collected) fails `make test`, hence .ci/run (set -e)."""
    if shutil.which("make") is None:
        pytest.fail("make is required (.ci/run installs it)")
    venv_bin = tmp_path / "venv/bin"
    venv_bin.mkdir(parents=True)
    calls = tmp_path / "calls"
    python = venv_bin / "python"
    python.write_text(f'#!/bin/sh\necho "$@" >> "{calls}"\nexit 5\n', encoding="utf-8")
    python.chmod(0o755)
    # -o: the test extra counts as installed (its stamp is not remade), so only pytest runs.
    run = subprocess.run(["make", "-o", f"{tmp_path / 'venv'}/.installed-test", "test",
                          f"VENV={tmp_path / 'venv'}"],
                         cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT)
    assert calls.read_text(encoding="utf-8").split()[:2] == ["-m", "pytest"]
    assert run.returncode != 0, run.stdout + run.stderr
    ci = (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert "set -euo pipefail" in ci
    assert ci.rstrip().splitlines()[-1] == "make test"


def test_ci_checks_every_tool_the_markers_need() -> None:
    spec = importlib.util.spec_from_file_location("guarded_conftest", ROOT / "tests/conftest.py")
    assert spec is not None and spec.loader is not None
    conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conftest)
    ci = (ROOT / ".ci/run").read_text(encoding="utf-8")
    checked = re.search(r"^for tool in (.+); do$", ci, re.M)
    assert checked is not None
    for needs in conftest.TOOLS.values():
        for names, package in needs:
            assert names[0] in checked[1].split(), names
            assert package in ci, package
