"""The package's stages import only downwards: import-linter's contracts of pyproject.toml hold,
and they catch an upward import, a module left at the root and a stray use of the fast path."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(cwd: Path, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    if pythonpath is not None:  # ahead of the installed package: the copy is what gets checked
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", str(ROOT / "pyproject.toml")],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
    )


def stages() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    layers = config["tool"]["importlinter"]["contracts"][0]["layers"]
    return [name.strip() for layer in layers for name in layer.replace(":", "|").split("|")]


def test_the_package_keeps_its_contracts() -> None:
    run = lint_imports(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "5 kept, 0 broken" in run.stdout


def test_every_stage_is_a_package_that_says_what_it_holds() -> None:
    for name in stages():
        if name in ("cli", "__main__"):  # the entry points: modules at the root
            path = ROOT / "generator" / f"{name}.py"
        else:
            path = ROOT / "generator" / name / "__init__.py"
        assert path.is_file(), f"generator.{name} is not where its stage belongs"
        assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))), path


def test_an_upward_import_a_stray_root_module_and_fast_path_users_fail(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "generator", tmp_path / "generator",
                    ignore=shutil.ignore_patterns("__pycache__", "node_modules"))
    package = tmp_path / "generator"
    with open(package / "core" / "errors.py", "a", encoding="utf-8") as out:
        out.write("\nimport generator.check.validate  # noqa\n")
    with open(package / "site" / "pages.py", "a", encoding="utf-8") as out:
        out.write("\nimport generator.site.fastpath.spool  # noqa\n")
    with open(package / "site" / "plugin.py", "a", encoding="utf-8") as out:
        out.write("\nimport generator.site.fastpath.compiled  # noqa\n")
    (package / "stray.py").write_text('"""Not in any stage."""\n', encoding="utf-8")

    run = lint_imports(tmp_path, pythonpath=tmp_path)
    assert run.returncode == 1, run.stdout + run.stderr
    report = " ".join(run.stdout.split())
    assert "generator.core is not allowed to import generator.check" in report
    assert "- generator.stray" in report
    assert "generator.site.pages -> generator.site.fastpath.spool" in report
    assert "generator.site.plugin is not allowed to import generator.site.fastpath.compiled" in report
    assert "2 kept, 3 broken" in report
