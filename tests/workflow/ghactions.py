"""Run a workflow's `run:` steps the way GitHub Actions does, on a local git repository.

Only what our workflows use is supported: `${{ … }}` expressions that are plain context paths
(github.event.pull_request.user.login, …), and only inside `env:` — never in `run:`, where
they would be template injection.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from .helpers import ROOT, Payload

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
PATH = re.compile(r"^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$")
PR_WORKFLOW = ROOT / ".github/workflows/pull-request.yml"


def load_workflow(path: Path = PR_WORKFLOW) -> dict[str, Any]:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def step(workflow: dict[str, Any], job: str, step_id: str) -> dict[str, Any]:
    for item in workflow["jobs"][job]["steps"]:
        if item.get("id") == step_id:
            return item
    raise AssertionError(f"workflow job {job} has no step with id {step_id}")


def evaluate(text: str, context: dict[str, Any]) -> str:
    """Substitute `${{ a.b.c }}` context paths; anything fancier fails the test."""

    def lookup(match: re.Match[str]) -> str:
        expr = match.group(1)
        assert PATH.match(expr), f"unsupported expression in env: {expr}"
        value: Any = context
        for part in expr.split("."):
            value = value[part]
        return str(value)

    return EXPRESSION.sub(lookup, text)


@dataclass
class Runner:
    """One job's environment: the checked-out workspace, the event, the summary file."""

    workspace: Path
    payload: Payload
    event_path: Path
    summary_path: Path

    def context(self) -> dict[str, Any]:
        return {
            "github": {
                "event": self.payload.event(),
                "event_name": "pull_request",
                "actor": self.payload.author,
                "base_ref": self.payload.base_ref,
                "head_ref": self.payload.head_ref,
                "repository": "sxlib/honors",
            },
            "runner": {"os": "Linux"},
        }

    def env(self) -> dict[str, str]:
        bindir = str(Path(sys.executable).parent)  # where `honors`, `pre-commit`, `ruff` live
        return {
            **os.environ,
            "PATH": bindir + os.pathsep + os.environ.get("PATH", ""),
            "CI": "true",
            "GITHUB_ACTIONS": "true",
            "GITHUB_EVENT_NAME": "pull_request",
            "GITHUB_EVENT_PATH": str(self.event_path),
            "GITHUB_STEP_SUMMARY": str(self.summary_path),
            "GITHUB_WORKSPACE": str(self.workspace),
            "GITHUB_BASE_REF": self.payload.base_ref,
            "GITHUB_HEAD_REF": self.payload.head_ref,
            "GITHUB_ACTOR": self.payload.author,
            "GITHUB_REPOSITORY": "sxlib/honors",
            "GITHUB_SHA": subprocess.run(["git", "-C", str(self.workspace), "rev-parse", "HEAD"],
                                         capture_output=True, text=True, check=True,
                                         timeout=60).stdout.strip(),
        }

    def run(self, step: dict[str, Any]) -> subprocess.CompletedProcess[str]:
        """The step's `run:` with its `env:`, in bash as GitHub's ubuntu runners run it."""
        script = step["run"]
        assert "${{" not in script, "expressions in run: are template injection; use env:"
        env = self.env()
        env.update({k: evaluate(str(v), self.context()) for k, v in step.get("env", {}).items()})
        return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                              cwd=self.workspace, env=env, capture_output=True, text=True,
                              check=False, timeout=300)
