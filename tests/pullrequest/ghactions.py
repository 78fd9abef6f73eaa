"""Run a workflow's `run:` steps the way GitHub Actions does, on a local git repository.

Only what our workflows use is supported: `${{ … }}` expressions that are plain context paths
(github.event.pull_request.user.login, …), and only inside `env:` — never in `run:`, where
they would be template injection. `if:` conditions are evaluated by `condition()`, a small
evaluator of GitHub's expression language (paths, strings, ==, !=, !, &&, ||, parentheses,
and the status functions), so a test can ask whether a job or step would run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from .helpers import ROOT, Payload

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
PATH = re.compile(r"^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$")
PR_WORKFLOW = ROOT / ".github/workflows/pull-request.yml"


def load_workflow(path: Path = PR_WORKFLOW) -> dict[str, Any]:
    workflow: dict[str, Any] = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    return workflow


def step(workflow: dict[str, Any], job: str, step_id: str) -> dict[str, Any]:
    """The step, with its job's `defaults.run.working-directory` when it names none itself."""
    spec = workflow["jobs"][job]
    default = spec.get("defaults", {}).get("run", {}).get("working-directory")
    steps: list[dict[str, Any]] = spec["steps"]
    for item in steps:
        if item.get("id") == step_id:
            if default and "run" in item and "working-directory" not in item:
                return {**item, "working-directory": default}
            return item
    raise AssertionError(f"workflow job {job} has no step with id {step_id}")


def checkouts(repo: Any, folder: Path, base: str) -> Path:
    """The workspace of a job that checks out the base commit apart (trusted/) and the pull
    request's merge commit as data (pr/), as the check and hooks jobs do."""
    workspace = folder / "workspace"
    workspace.mkdir()
    (workspace / "pr").symlink_to(repo.path, target_is_directory=True)
    repo.git("worktree", "add", "-q", "--detach", str(workspace / "trusted"), base)
    return workspace


def evaluate(text: str, context: dict[str, Any]) -> str:
    """Substitute `${{ a.b.c }}` context paths (or `a.b || c.d`); anything fancier fails the test."""

    def lookup(match: re.Match[str]) -> str:
        # `a || b`: the first of the paths that is set (GitHub: the first truthy operand).
        for expr in (part.strip() for part in match.group(1).split("||")):
            assert PATH.match(expr), f"unsupported expression in env: {expr}"
            value = _lookup(expr, context)
            if value not in (None, "", False, 0):
                return str(value)
        return ""

    return EXPRESSION.sub(lookup, text)


TOKEN = re.compile(r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<op>&&|\|\||==|!=|!|\(|\))"
                   r"|(?P<word>[A-Za-z_][\w.-]*(?:\(\))?))")
STATUS = {"success()": True, "always()": True, "cancelled()": False, "failure()": False}


def _lookup(path: str, context: dict[str, Any]) -> Any:
    value: Any = context
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None  # GitHub: a missing property is null ('' for an unset variable)
        value = value[part]
    return value


def _equal(a: Any, b: Any) -> bool:
    """GitHub compares strings ignoring case; null equals ''."""
    a, b = ("" if a is None else a), ("" if b is None else b)
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold()
    return bool(a == b)


def _tokens(source: str) -> list[tuple[str, str]]:
    """(kind, text) of each token of an expression."""
    tokens: list[tuple[str, str]] = []
    pos = 0
    while source[pos:].strip():
        m = TOKEN.match(source, pos)
        assert m, f"unsupported expression: {source[pos:]}"
        kind = m.lastgroup or ""
        tokens.append((kind, m.group(kind)))
        pos = m.end()
    return tokens


class _Expression:
    """A recursive-descent reading of GitHub's `||`, `&&`, `==`/`!=`, `!` and parentheses."""

    def __init__(self, tokens: list[tuple[str, str]], context: dict[str, Any]) -> None:
        self.tokens, self.context = tokens, context

    def _at(self, j: int, *ops: str) -> bool:
        return j < len(self.tokens) and self.tokens[j][1] in ops

    def value(self, i: int) -> tuple[Any, int]:
        kind, tok = self.tokens[i]
        if tok == "!":
            v, j = self.value(i + 1)
            return not v, j
        if tok == "(":
            v, j = self.either(i + 1)
            assert self.tokens[j][1] == ")"
            return v, j + 1
        if kind == "str":
            return tok[1:-1].replace("''", "'"), i + 1
        if tok in STATUS:
            return STATUS[tok], i + 1
        return {"true": True, "false": False, "null": None}.get(tok, _lookup(tok, self.context)), i + 1

    def compare(self, i: int) -> tuple[Any, int]:
        left, j = self.value(i)
        if self._at(j, "==", "!="):
            right, k = self.value(j + 1)
            return _equal(left, right) == (self.tokens[j][1] == "=="), k
        return left, j

    def both(self, i: int) -> tuple[Any, int]:
        left, j = self.compare(i)
        while self._at(j, "&&"):
            right, j = self.compare(j + 1)
            left = right if left else left
        return left, j

    def either(self, i: int) -> tuple[Any, int]:
        left, j = self.both(i)
        while self._at(j, "||"):
            right, j = self.both(j + 1)
            left = left if left else right
        return left, j


def condition(text: str, context: dict[str, Any]) -> bool:
    """Whether an `if:` holds (a bare condition or one wrapped in `${{ }}`)."""
    source = text.strip()
    if source.startswith("${{") and source.endswith("}}"):
        source = source[3:-2]
    tokens = _tokens(source)
    result, end = _Expression(tokens, context).either(0)
    assert end == len(tokens), f"could not read the whole expression: {text}"
    return bool(result)


@dataclass
class Runner:
    """One job's environment: the checked-out workspace, the event, the summary file."""

    workspace: Path
    payload: Payload
    event_path: Path
    summary_path: Path
    variables: dict[str, str] = field(default_factory=dict)  # the repository's `vars`
    secrets: dict[str, str] = field(default_factory=dict)
    event_name: str = "pull_request"
    steps: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> outcome, outputs

    @property
    def temp(self) -> Path:
        path = self.event_path.parent / "runner-temp"
        path.mkdir(exist_ok=True)
        return path

    def context(self) -> dict[str, Any]:
        return {
            "github": {
                "event": self.payload.event(),
                "event_name": self.event_name,
                "workspace": str(self.workspace),
                "actor": self.payload.author,
                "base_ref": self.payload.base_ref,
                "head_ref": self.payload.head_ref,
                "repository": "sxlib/honors",
                "server_url": "https://github.com",
                "run_id": "4242",
                "sha": self.payload.head_sha,
            },
            "runner": {"os": "Linux", "temp": str(self.temp)},
            "steps": self.steps,
            "vars": self.variables,
            "secrets": self.secrets,
        }

    def env(self) -> dict[str, str]:
        bindir = str(Path(sys.executable).parent)  # where `honors`, `pre-commit`, `ruff` live
        return {
            **os.environ,
            "PATH": bindir + os.pathsep + os.environ.get("PATH", ""),
            "CI": "true",
            "GITHUB_ACTIONS": "true",
            "GITHUB_EVENT_NAME": self.event_name,
            "GITHUB_EVENT_PATH": str(self.event_path),
            "GITHUB_STEP_SUMMARY": str(self.summary_path),
            "GITHUB_WORKSPACE": str(self.workspace),
            "GITHUB_BASE_REF": self.payload.base_ref,
            "GITHUB_HEAD_REF": self.payload.head_ref,
            "GITHUB_ACTOR": self.payload.author,
            "GITHUB_REPOSITORY": "sxlib/honors",
            "RUNNER_TEMP": str(self.temp),
            "GITHUB_SHA": subprocess.run(["git", "-C", str(self.checkout), "rev-parse", "HEAD"],
                                         capture_output=True, text=True, check=True,
                                         timeout=60).stdout.strip(),
        }

    @property
    def checkout(self) -> Path:
        """The pull request's checkout: pr/ in a two-checkout workspace, else the workspace."""
        return self.workspace / "pr" if (self.workspace / "pr").is_dir() else self.workspace

    def run(self, step: dict[str, Any]) -> subprocess.CompletedProcess[str]:
        """The step's `run:` with its `env:`, in bash as GitHub's ubuntu runners run it, in its
        working directory; its outcome and $GITHUB_OUTPUT land in `steps` as GitHub records them."""
        script = step["run"]
        assert "${{" not in script, "expressions in run: are template injection; use env:"
        env = self.env()
        env.update({k: evaluate(str(v), self.context()) for k, v in step.get("env", {}).items()})
        output = self.temp / f"output-{len(self.steps)}-{step.get('id', 'step')}"
        output.write_text("", encoding="utf-8")
        env["GITHUB_OUTPUT"] = str(output)
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                              cwd=self.workspace / step.get("working-directory", "."), env=env,
                              capture_output=True, text=True, check=False, timeout=300)
        if "id" in step:
            pairs = [line.split("=", 1) for line in output.read_text(encoding="utf-8").splitlines()
                     if "=" in line]
            self.steps[step["id"]] = {"outcome": "success" if proc.returncode == 0 else "failure",
                                      "outputs": dict(pairs)}
        return proc
