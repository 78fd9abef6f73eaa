"""The README's two commands: `make site` installs what the site needs, `make test` adds the
test tools to the same .venv and runs the suite in parallel. Checked with make's dry run (-n)
on a copy of the Makefile, so nothing is installed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def dry_run(folder: Path, target: str) -> str:
    proc = subprocess.run(["make", "-n", target], cwd=folder, capture_output=True, text=True,
                          check=True, timeout=60)
    return proc.stdout


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    os.utime(tmp_path / "pyproject.toml", (1_000_000, 1_000_000))
    return tmp_path


def made(project: Path, *stamps: str) -> None:
    """A .venv as an earlier make left it: the interpreter and the given stamps, all newer
    than pyproject.toml."""
    for rel in (".venv/bin/python", *stamps):
        path = project / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
        os.utime(path, (2_000_000, 2_000_000))


def installs(output: str) -> list[str]:
    return re.findall(r"pip install .*?(-e \S+)", output)


def test_site_on_a_fresh_clone_installs_only_the_runtime_dependencies(project: Path) -> None:
    out = dry_run(project, "site")
    assert "-m venv .venv" in out
    assert installs(out) == ["-e ."]
    assert ".venv/bin/honors build" in out


def test_test_after_site_adds_the_test_extra_and_runs_in_parallel(project: Path) -> None:
    made(project, ".venv/.installed-site")
    out = dry_run(project, "test")
    assert "-m venv" not in out
    assert installs(out) == ["-e '.[test]'"]
    assert ".venv/bin/python -m pytest -n auto" in out


def test_nothing_is_reinstalled_until_pyproject_changes(project: Path) -> None:
    made(project, ".venv/.installed-site", ".venv/.installed-test")
    assert installs(dry_run(project, "site")) == []
    assert installs(dry_run(project, "test")) == []
    os.utime(project / "pyproject.toml", (3_000_000, 3_000_000))
    assert installs(dry_run(project, "site")) == ["-e ."]
    assert installs(dry_run(project, "test")) == ["-e '.[test]'"]


def test_the_readme_starts_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```bash\n", 1)[1].split("```", 1)[0]
    assert [line.split()[:2] for line in first_block.strip().split("\n")] == [
        ["make", "site"], ["make", "test"]]
    assert readme.index("```bash") < readme.index("##")
    assert "python3-venv" in readme and "pdftoppm" in readme and "macOS" in readme
