"""The online form's committed script is what webform/'s lockfile builds, and stays small."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sitetools import ROOT

BUNDLE = ROOT / "generator/site/theme/assets/javascripts/honors-form.js"
SOURCES = ROOT / "webform"
# A budget, not a measurement: the script is loaded by the form pages only (ajv and js-yaml
# make up most of it; `make form-bundle` prints nothing, this test says when it grows).
MAX_BYTES = 240_000


def _run(command: list[str], cwd: Path) -> None:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, f"{' '.join(command)}:\n{done.stdout}\n{done.stderr}"


@pytest.mark.node
def test_the_committed_bundle_is_what_the_lockfile_builds(tmp_path: Path) -> None:
    work = tmp_path / "webform"
    shutil.copytree(SOURCES, work, ignore=shutil.ignore_patterns("node_modules"))
    _run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"], work)
    out = tmp_path / "honors-form.js"
    _run(["node", "build.mjs", str(out)], work)
    assert out.read_bytes() == BUNDLE.read_bytes(), (
        "generator/site/theme/assets/javascripts/honors-form.js is not what webform/ builds: "
        "run `make form-bundle` and commit the result")


def test_the_lockfile_pins_what_package_json_asks_for() -> None:
    package = json.loads((SOURCES / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((SOURCES / "package-lock.json").read_text(encoding="utf-8"))
    pinned = lock["packages"][""]
    assert pinned["dependencies"] == package["dependencies"]
    assert pinned["devDependencies"] == package["devDependencies"]
    for name, version in {**package["dependencies"], **package["devDependencies"]}.items():
        assert lock["packages"][f"node_modules/{name}"]["version"] == version, name


def test_the_bundle_stays_within_its_budget() -> None:
    assert BUNDLE.stat().st_size <= MAX_BYTES
