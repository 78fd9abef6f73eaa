"""The workflow that posts the pull-request comment: safe for forks, one comment updated in place.

Its gating is evaluated from the workflow file; its script runs here as on GitHub, with `gh`
replaced by a stand-in that answers from a small state (the pull request's head, its
comments) and records what would have been sent. `jq` is the real one.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from .ghactions import PR_WORKFLOW, Runner, condition, load_workflow, step
from .helpers import ROOT, GitRepo, Payload

COMMENT_WORKFLOW = ROOT / ".github/workflows/pr-comment.yml"
MARKER = "<!-- honors-pr-comment -->"
HEAD = "a" * 40
BOT = "github-actions[bot]"

pytestmark = pytest.mark.runner_tools

FAKE_GH = '''
import json, os, subprocess, sys
state = os.environ["FAKE_GH_STATE"]
args = sys.argv[1:]
with open(os.path.join(state, "calls.jsonl"), "a", encoding="utf-8") as log:
    log.write(json.dumps(args) + "\\n")
assert args[0] == "api", args
method = args[args.index("--method") + 1] if "--method" in args else "GET"
path = next(a for a in args[1:] if a.startswith("repos/"))
pr = json.load(open(os.path.join(state, "pr.json"), encoding="utf-8"))
if method == "GET" and path.startswith("repos/sxlib/honors/pulls/"):
    if path.rsplit("/", 1)[1] != str(pr["number"]):
        print("gh: Not Found (HTTP 404)", file=sys.stderr)
        sys.exit(1)
    print(pr["head_sha"])
elif method == "GET" and path.endswith("/comments"):
    jq = args[args.index("--jq") + 1]
    out = subprocess.run(["jq", "-r", jq, os.path.join(state, "comments.json")],
                         capture_output=True, text=True, check=True)
    sys.stdout.write(out.stdout)
else:
    body = json.load(open(args[args.index("--input") + 1], encoding="utf-8"))["body"]
    with open(os.path.join(state, "sent.jsonl"), "a", encoding="utf-8") as sent:
        sent.write(json.dumps({"method": method, "path": path, "body": body}) + "\\n")
'''


def test_it_follows_the_pull_request_workflow_by_name() -> None:
    on = load_workflow(COMMENT_WORKFLOW)["on"]
    assert set(on) == {"workflow_run"}
    assert on["workflow_run"]["workflows"] == [load_workflow(PR_WORKFLOW)["name"]]
    assert on["workflow_run"]["types"] == ["completed"]


@pytest.mark.parametrize(("event", "conclusion", "runs"), [
    ("pull_request", "success", True),
    ("pull_request", "failure", True),  # a failed check is when the comment matters most
    ("pull_request", "cancelled", False),
    ("pull_request", "skipped", False),
    ("push", "success", False),
    ("pull_request_target", "success", False),
])
def test_the_job_runs_for_finished_pull_request_checks_only(event: str, conclusion: str, runs: bool) -> None:
    job = load_workflow(COMMENT_WORKFLOW)["jobs"]["comment"]
    context = {"github": {"event": {"workflow_run": {"event": event, "conclusion": conclusion}}}}
    assert condition(job["if"], context) is runs


def test_the_job_may_comment_and_nothing_else() -> None:
    job = load_workflow(COMMENT_WORKFLOW)["jobs"]["comment"]
    assert job["permissions"] == {"actions": "read", "pull-requests": "write"}
    uses = [s["uses"].split("@")[0] for s in job["steps"] if "uses" in s]
    assert uses == ["actions/download-artifact"], "no checkout: nothing of the pull request runs"
    script = step(load_workflow(COMMENT_WORKFLOW), "comment", "post")["run"]
    for word in ("eval ", "source ", '. "$ARTIFACT', 'bash "$ARTIFACT', 'sh "$ARTIFACT', "$(cat"):
        assert word not in script, word
    assert condition(step(load_workflow(COMMENT_WORKFLOW), "comment", "post")["if"],
                     {"steps": {"download": {"outcome": "success"}}})
    assert not condition(step(load_workflow(COMMENT_WORKFLOW), "comment", "post")["if"],
                         {"steps": {"download": {"outcome": "failure"}}})


class Forge:
    """The state the stand-in `gh` answers from, and what it was sent."""

    def __init__(self, folder: Path, number: int, head: str, comments: list[dict[str, Any]]) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "pr.json").write_text(json.dumps({"number": number, "head_sha": head}), encoding="utf-8")
        (folder / "comments.json").write_text(json.dumps(comments), encoding="utf-8")
        bindir = folder / "bin"
        bindir.mkdir()
        gh = bindir / "gh"
        gh.write_text(f"#!{sys.executable}\n{FAKE_GH}", encoding="utf-8")
        gh.chmod(0o755)
        self.bindir = bindir

    def _lines(self, name: str) -> list[Any]:
        path = self.folder / name
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]

    @property
    def sent(self) -> list[dict[str, str]]:
        return self._lines("sent.jsonl")

    @property
    def calls(self) -> list[list[str]]:
        return self._lines("calls.jsonl")


HOSTILE_BODY = "## 结果\n$(touch pwned) `touch pwned2` ${HOME} \\n '\"; rm -rf / #\n<!-- honors-pr-comment -->\n"


def post(tmp_path: Path, number: str, forge_number: int = 7, head: str = HEAD,
         comments: list[dict[str, Any]] | None = None) -> tuple[Any, Forge, Path]:
    """Run the posting step on an artifact holding `number` and the hostile body."""
    work = GitRepo(tmp_path / "workspace")
    work.write("x", "x\n")
    work.commit("x", "2025-04-05")
    payload = Payload("someone", "main", "patch-1", HEAD, HEAD)
    events = tmp_path / "events"
    events.mkdir()
    runner = Runner(work.path, payload, payload.write(events), tmp_path / "summary.md")
    artifact = runner.temp / "pr-comment"
    artifact.mkdir(parents=True)
    (artifact / "comment.md").write_text(HOSTILE_BODY, encoding="utf-8")
    (artifact / "pr-number").write_text(number, encoding="utf-8")
    forge = Forge(tmp_path / "forge", forge_number, head, comments or [])
    context = runner.context()
    context["github"]["event"] = {"workflow_run": {"head_sha": HEAD, "id": 99, "event": "pull_request"}}
    context["github"]["token"] = "fake-token"
    runner.context = lambda: context  # type: ignore[method-assign]
    env = runner.env()
    env["PATH"] = f"{forge.bindir}{os.pathsep}{env['PATH']}"
    env["FAKE_GH_STATE"] = str(forge.folder)
    runner.env = lambda: env  # type: ignore[method-assign]
    return runner.run(step(load_workflow(COMMENT_WORKFLOW), "comment", "post")), forge, work.path


def test_the_first_run_creates_the_comment_with_the_artifact_as_plain_data(tmp_path: Path) -> None:
    proc, forge, workspace = post(tmp_path, "7\n")

    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert forge.sent == [{"method": "POST", "path": "repos/sxlib/honors/issues/7/comments",
                           "body": f"{MARKER}\n{HOSTILE_BODY}"}]
    assert not list(workspace.glob("pwned*")) and not list(Path.cwd().glob("pwned*"))
    assert "已在拉取请求 #7 发表检查评论" in proc.stdout


def test_later_runs_update_the_bots_comment_in_place(tmp_path: Path) -> None:
    comments = [
        {"id": 11, "user": {"login": "someone"}, "body": f"{MARKER}\n冒充的评论"},
        {"id": 12, "user": {"login": BOT}, "body": "别的机器人评论"},
        {"id": 13, "user": {"login": BOT}, "body": f"{MARKER}\n上一次的结果"},
    ]
    proc, forge, _ = post(tmp_path, "7", comments=comments)

    assert proc.returncode == 0, proc.stderr
    assert [(s["method"], s["path"]) for s in forge.sent] == [("PATCH", "repos/sxlib/honors/issues/comments/13")]
    assert "已更新拉取请求 #7 的检查评论" in proc.stdout


def test_a_number_that_is_not_the_runs_pull_request_is_not_commented(tmp_path: Path) -> None:
    """The artifact names #7, but #7's head is another commit: a stale run or a lie."""
    proc, forge, _ = post(tmp_path, "7", head="b" * 40)
    assert proc.returncode == 0
    assert forge.sent == [] and "不更新评论" in proc.stdout


def test_a_number_of_no_pull_request_fails_without_writing(tmp_path: Path) -> None:
    proc, forge, _ = post(tmp_path, "8", forge_number=7)
    assert proc.returncode != 0 and forge.sent == []


@pytest.mark.parametrize("number", ["", "7; touch pwned", "../../7", "7 8", "-1", "０７"])
def test_a_malformed_number_is_refused_before_any_request(tmp_path: Path, number: str) -> None:
    proc, forge, workspace = post(tmp_path, number)
    assert proc.returncode == 1 and "编号无效" in proc.stdout
    assert forge.calls == [] and not list(workspace.glob("pwned*"))
