"""The workflow files pass actionlint and zizmor, and keep the house rules for workflows."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import build_parser

from .ghactions import load_workflow
from .helpers import ROOT

WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
BIN = Path(sys.executable).parent
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def test_there_are_the_pull_request_comment_and_deploy_workflows() -> None:
    assert {p.name for p in WORKFLOWS} >= {"pull-request.yml", "pr-comment.yml", "deploy.yml"}


def test_actionlint_passes() -> None:
    proc = subprocess.run([str(BIN / "actionlint"), "-no-color", *map(str, WORKFLOWS)],
                          capture_output=True, text=True, check=False, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("persona", ["pedantic", "auditor"])
def test_zizmor_passes_even_as_an_auditor(persona: str) -> None:
    """auditor is zizmor's strictest persona (it also wants secrets in environments)."""
    proc = subprocess.run(
        [str(BIN / "zizmor"), "--offline", f"--persona={persona}", "--no-progress",
         str(ROOT / ".github/workflows")],
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_zizmor_would_catch_a_secret_in_a_pull_request_target_job(tmp_path: Path) -> None:
    """The security lint can fail: the very set-up the workflows avoid is reported."""
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: pull_request_target\npermissions: {}\njobs:\n  x:\n    runs-on: ubuntu-24.04\n"
        "    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n"
        "        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n"
        "      - run: make\n        env:\n          KEY: ${{ secrets.KEY }}\n",
        encoding="utf-8")
    proc = subprocess.run([str(BIN / "zizmor"), "--offline", "--no-progress", str(bad)],
                          capture_output=True, text=True, check=False, timeout=120)
    assert proc.returncode != 0 and "dangerous-triggers" in proc.stdout


def test_actionlint_would_catch_a_broken_workflow(tmp_path: Path) -> None:
    """The lint test can fail: a typo in a job key is reported."""
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    stepz: []\n",
                      encoding="utf-8")
    proc = subprocess.run([str(BIN / "actionlint"), "-no-color", str(broken)],
                          capture_output=True, text=True, check=False, timeout=120)
    assert proc.returncode != 0 and "stepz" in proc.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_house_rules(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    workflow = load_workflow(path)
    assert "pull_request_target" not in workflow["on"], "untrusted code with a write token"
    assert workflow["permissions"] == {"contents": "read"}, "least privilege at the top"
    assert "concurrency" in workflow
    for job in workflow["jobs"].values():
        assert "timeout-minutes" in job
        for item in job["steps"]:
            if "uses" in item:
                assert PINNED.match(item["uses"]), f"{item['uses']} is not pinned to a commit"
            if item.get("uses", "").startswith("actions/checkout@"):
                assert item["with"]["persist-credentials"] is False
            assert "${{" not in item.get("run", ""), "expressions go through env:"
    for line in text.splitlines():
        if "uses:" in line:
            assert re.search(r"@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line), line


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_honors_command_is_a_valid_command_line(path: Path) -> None:
    """A renamed option would otherwise only fail on GitHub."""
    checked = 0
    for job in load_workflow(path)["jobs"].values():
        for item in job["steps"]:
            for line in item.get("run", "").replace("\\\n", " ").splitlines():
                if not line.lstrip().startswith("honors "):
                    continue  # other lines may be parts of a multi-line shell construct
                words = shlex.split(re.sub(r'"\$\w+"', "value", line))
                build_parser().parse_args(words[1:])
                checked += 1
    assert checked > 0, "every workflow runs honors"
