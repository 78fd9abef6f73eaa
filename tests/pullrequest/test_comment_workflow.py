"""The workflow that posts the pull-request comment: built by the default branch's code, safe
for forks, one comment updated in place.

Its gating is evaluated from the workflow file; its `run:` steps run here as on GitHub, on a
real pull request laid out as its two checkouts lay it out (trusted/ and pr/), with `gh`
replaced by a stand-in that answers from a small state (the pull requests GitHub knows, the
comments) and records what would have been sent. `jq` is the real one.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from .ghactions import PR_WORKFLOW, Runner, checkouts, condition, load_workflow, step
from .helpers import ROOT, Alliance, Payload

COMMENT_WORKFLOW = ROOT / ".github/workflows/pr-comment.yml"
MARKER = "<!-- honors-pr-comment -->"
BOT = "github-actions[bot]"
RUN_URL = "https://github.com/sxlib/honors/actions/runs/4242"

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
fields = dict(args[i + 1].split("=", 1) for i, a in enumerate(args) if a == "-f")
pulls = json.load(open(os.path.join(state, "pulls.json"), encoding="utf-8"))

def answer(data):
    if "--jq" in args:
        out = subprocess.run(["jq", "-r", args[args.index("--jq") + 1]], input=json.dumps(data),
                             capture_output=True, text=True, check=True)
        sys.stdout.write(out.stdout)
    else:
        print(json.dumps(data))

if method == "GET" and path.endswith("/commits") and "/pulls/" in path:
    answer([{"sha": sha} for sha in json.load(open(os.path.join(state, "commits.json"), encoding="utf-8"))])
elif method == "GET" and "/check-runs" in path:
    sha = path.split("/commits/", 1)[1].split("/", 1)[0]
    runs = json.load(open(os.path.join(state, "runs.json"), encoding="utf-8")).get(sha, [])
    answer({"check_runs": [{"name": n, "started_at": t} for n, t in runs]})
elif method == "GET" and path == "repos/sxlib/honors/pulls":
    answer([p for p in pulls if p["state"] == fields.get("state", "open")
            and p["head"]["label"] == fields.get("head")])
elif method == "GET" and path.startswith("repos/sxlib/honors/pulls/"):
    found = [p for p in pulls if str(p["number"]) == path.rsplit("/", 1)[1]]
    if not found:
        print("gh: Not Found (HTTP 404)", file=sys.stderr)
        sys.exit(1)
    answer(found[0])
elif method == "GET" and path.endswith("/comments"):
    answer(json.load(open(os.path.join(state, "comments.json"), encoding="utf-8")))
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
    ("merge_group", "failure", False),  # the queue has no conversation to comment in
    ("pull_request_target", "success", False),
])
def test_the_job_runs_for_finished_pull_request_checks_only(event: str, conclusion: str, runs: bool) -> None:
    job = load_workflow(COMMENT_WORKFLOW)["jobs"]["comment"]
    context = {"github": {"event": {"workflow_run": {"event": event, "conclusion": conclusion}}}}
    assert condition(job["if"], context) is runs


def test_the_job_runs_the_default_branchs_code_and_reads_no_artifact() -> None:
    workflow = load_workflow(COMMENT_WORKFLOW)
    job = workflow["jobs"]["comment"]
    assert job["permissions"] == {"contents": "read", "checks": "read", "pull-requests": "write"}
    uses = [s["uses"].split("@")[0] for s in job["steps"] if "uses" in s]
    assert uses == ["actions/checkout", "actions/checkout", "actions/setup-python"]
    assert "download-artifact" not in COMMENT_WORKFLOW.read_text(encoding="utf-8")
    trusted, data = (s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout@"))
    assert trusted["with"] == {"ref": "${{ github.event.repository.default_branch }}",
                               "path": "trusted", "persist-credentials": False}
    assert data["with"]["path"] == "pr" and data["with"]["ref"] == "${{ github.event.workflow_run.head_sha }}"
    assert step(workflow, "comment", "install")["working-directory"] == "trusted"
    build = step(workflow, "comment", "build")
    assert build["working-directory"] == "pr" and '--config-from "$BASE_SHA"' in build["run"]
    assert build["env"]["BASE_SHA"] == "${{ steps.pr.outputs.base }}"
    assert build["env"]["AUTHOR"] == "${{ steps.pr.outputs.author }}"
    assert "pr-comment" not in json.dumps(load_workflow(PR_WORKFLOW)), "the check leaves no comment text"
    script = step(workflow, "comment", "post")["run"]
    for word in ("eval ", "source ", "$(cat"):
        assert word not in script, word


class Forge:
    """The state the stand-in `gh` answers from, and what it was sent."""

    def __init__(self, folder: Path, pulls: list[dict[str, Any]], comments: list[dict[str, Any]],
                 commits: list[str] | None = None, runs: dict[str, list[tuple[str, str]]] | None = None) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "commits.json").write_text(json.dumps(commits or []), encoding="utf-8")
        (folder / "runs.json").write_text(json.dumps(runs or {}), encoding="utf-8")
        (folder / "pulls.json").write_text(json.dumps(pulls), encoding="utf-8")
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


def pull(number: int, head: str, author: str, base_sha: str, base_ref: str = "main",
         branch: str = "patch-1", owner: str = "sxlib") -> dict[str, Any]:
    """A pull request as GitHub's API describes it."""
    return {"number": number, "state": "open", "user": {"login": author},
            "head": {"sha": head, "ref": branch, "label": f"{owner}:{branch}"},
            "base": {"sha": base_sha, "ref": base_ref}}


def run_job(runner: Runner, forge: Forge, event: dict[str, Any]) -> dict[str, Any]:
    """Every `run:` step of the job whose `if:` holds, in order, as GitHub runs them; the install
    step is stood in for by the `honors` of the environment running the tests (its outcome is
    recorded as GitHub would)."""
    (runner.event_path).write_text(json.dumps(event), encoding="utf-8")
    context = runner.context()
    context["github"]["event"] = event
    context["github"]["event_name"] = "workflow_run"
    context["github"]["token"] = "fake-token"
    runner.context = lambda: {**context, "steps": runner.steps}  # type: ignore[method-assign]
    env = runner.env()
    env["PATH"] = f"{forge.bindir}{os.pathsep}{env['PATH']}"
    env["FAKE_GH_STATE"] = str(forge.folder)
    runner.env = lambda: env  # type: ignore[method-assign]
    ran: dict[str, Any] = {}
    for item in load_workflow(COMMENT_WORKFLOW)["jobs"]["comment"]["steps"]:
        if "run" not in item or not condition(item.get("if", "success()"), runner.context()):
            continue
        if item["id"] == "install":
            runner.steps["install"] = {"outcome": "success", "outputs": {}}
            ran["install"] = None
            continue
        ran[item["id"]] = runner.run(item)
    return ran


def workflow_run(head: str, pusher: str, numbers: list[int], branch: str = "patch-1",
                 owner: str = "sxlib") -> dict[str, Any]:
    """The workflow_run event of a finished check (GitHub lists no pull request for a fork)."""
    return {"workflow_run": {
        "id": 4242, "event": "pull_request", "conclusion": "failure", "head_sha": head,
        "head_branch": branch, "head_repository": {"full_name": f"{owner}/honors", "owner": {"login": owner}},
        "pull_requests": [{"number": n, "head": {"sha": head}} for n in numbers],
        "actor": {"login": pusher}, "created_at": "2025-04-05T02:00:00Z", "html_url": RUN_URL},
        "repository": {"full_name": "sxlib/honors", "default_branch": "main", "private": True}}


def city_pull_request(alliance: Alliance, tmp_path: Path, extra: dict[str, str] | None = None
                      ) -> tuple[Runner, str, str]:
    """A city's pull request with one collective too many and a file in another city's folder;
    the repository stays on the branch's head, which the comment job checks out as pr/."""
    city, other = alliance.city(0), alliance.city(1)
    repo = alliance.repo
    base = repo.sha("main")
    repo.branch("patch-1")
    repo.write(alliance.city_file(city, "collective-a"), alliance.collective(city, 0))
    repo.write(alliance.city_file(city, "collective-b"), alliance.collective(city, 1))
    repo.write(alliance.city_file(city, "summary"), alliance.summary(city))
    repo.write(alliance.city_file(other, "collective-c"), alliance.collective(other))
    for rel, text in (extra or {}).items():
        repo.write(rel, text)
    head = repo.commit("Nominations", "2025-04-05")
    payload = Payload(city.editors[0], "main", "patch-1", base, head)
    runner = Runner(checkouts(repo, tmp_path, base), payload, tmp_path / "event.json", tmp_path / "summary.md")
    return runner, base, head


def test_the_comment_is_written_by_trusted_code_from_the_pull_requests_files(
    alliance: Alliance, tmp_path: Path
) -> None:
    runner, base, head = city_pull_request(alliance, tmp_path)
    author = alliance.city(0).editors[0]
    forge = Forge(tmp_path / "forge", [pull(7, head, author, base)], [])

    ran = run_job(runner, forge, workflow_run(head, author, [7]))

    assert set(ran) == {"pr", "install", "build", "post"}
    assert all(p.returncode == 0 for name, p in ran.items() if name != "install"), {
        k: p.stdout + p.stderr for k, p in ran.items() if p is not None}
    [sent] = forge.sent
    assert sent["method"] == "POST" and sent["path"] == "repos/sxlib/honors/issues/7/comments"
    body = sent["body"]
    assert body.startswith(f"{MARKER}\n## 推荐材料自动检查结果")
    assert "集体 2/1 ❌超出" in body and "Q001" in body and "D004" in body
    assert f"({RUN_URL})" in body
    assert "已在拉取请求 #7 发表检查评论" in ran["post"].stdout


def test_a_forged_comment_artifact_is_not_posted(alliance: Alliance, tmp_path: Path) -> None:
    """The pull request's workflow (which it can edit) leaves a comment claiming success for
    another pull request: in its files and where an artifact would be downloaded. Neither is read."""
    forged = "## 推荐材料自动检查结果\n\n✅ 本次修改全部通过检查。（伪造）\n"
    runner, base, head = city_pull_request(alliance, tmp_path, {
        "pr-comment/comment.md": forged, "pr-comment/pr-number": "8\n"})
    (runner.temp / "pr-comment").mkdir()
    (runner.temp / "pr-comment/comment.md").write_text(forged, encoding="utf-8")
    (runner.temp / "pr-comment/pr-number").write_text("8\n", encoding="utf-8")
    author = alliance.city(0).editors[0]
    forge = Forge(tmp_path / "forge", [pull(7, head, author, base), pull(8, "c" * 40, "x", base)], [])

    run_job(runner, forge, workflow_run(head, author, [7]))

    [sent] = forge.sent
    assert sent["path"] == "repos/sxlib/honors/issues/7/comments"
    assert "伪造" not in sent["body"] and "❌ 本次修改有" in sent["body"]


def test_a_pull_request_into_another_branch_gets_no_comment(alliance: Alliance, tmp_path: Path) -> None:
    runner, base, head = city_pull_request(alliance, tmp_path)
    author = alliance.city(0).editors[0]
    forge = Forge(tmp_path / "forge", [pull(7, head, author, base, base_ref="release-2024")], [])

    ran = run_job(runner, forge, workflow_run(head, author, [7]))

    assert set(ran) == {"pr"} and ran["pr"].returncode == 0
    assert "不是默认分支 main，不发表评论" in ran["pr"].stdout
    assert forge.sent == []


def test_a_run_whose_commit_is_no_longer_the_head_is_not_commented(alliance: Alliance, tmp_path: Path) -> None:
    runner, base, head = city_pull_request(alliance, tmp_path)
    author = alliance.city(0).editors[0]
    forge = Forge(tmp_path / "forge", [pull(7, "b" * 40, author, base)], [])

    ran = run_job(runner, forge, workflow_run(head, author, [7]))

    assert set(ran) == {"pr"} and "已有新的推送" in ran["pr"].stdout
    assert forge.sent == []


def test_a_forks_pull_request_is_found_by_its_head(alliance: Alliance, tmp_path: Path) -> None:
    runner, base, head = city_pull_request(alliance, tmp_path)
    author = alliance.city(0).editors[0]
    forge = Forge(tmp_path / "forge", [pull(5, "d" * 40, "y", base, owner="someone"),
                                       pull(9, head, author, base, owner="volunteer")], [])

    run_job(runner, forge, workflow_run(head, author, [], owner="volunteer"))

    assert [s["path"] for s in forge.sent] == ["repos/sxlib/honors/issues/9/comments"]


def test_the_pusher_is_judged_in_the_comment_too(alliance: Alliance, tmp_path: Path) -> None:
    runner, base, head = city_pull_request(alliance, tmp_path)
    author, intruder = alliance.city(0).editors[0], alliance.city(2).editors[0]
    forge = Forge(tmp_path / "forge", [pull(7, head, author, base)], [])

    run_job(runner, forge, workflow_run(head, intruder, [7]))

    [sent] = forge.sent
    assert f"{intruder}（推送者）" in sent["body"].replace("\\", "")


def test_later_runs_update_the_bots_comment_in_place(alliance: Alliance, tmp_path: Path) -> None:
    runner, base, head = city_pull_request(alliance, tmp_path)
    author = alliance.city(0).editors[0]
    comments = [
        {"id": 11, "user": {"login": "someone"}, "body": f"{MARKER}\n冒充的评论"},
        {"id": 12, "user": {"login": BOT}, "body": "别的机器人评论"},
        {"id": 13, "user": {"login": BOT}, "body": f"{MARKER}\n上一次的结果"},
    ]
    forge = Forge(tmp_path / "forge", [pull(7, head, author, base)], comments)

    ran = run_job(runner, forge, workflow_run(head, author, [7]))

    assert [(s["method"], s["path"]) for s in forge.sent] == [("PATCH", "repos/sxlib/honors/issues/comments/13")]
    assert "已更新拉取请求 #7 的检查评论" in ran["post"].stdout


@pytest.mark.parametrize("head", ["", "abc; touch pwned", "../../x"])
def test_a_malformed_head_is_refused_before_any_request(alliance: Alliance, tmp_path: Path, head: str) -> None:
    runner, _, _ = city_pull_request(alliance, tmp_path)
    forge = Forge(tmp_path / "forge", [], [])

    ran = run_job(runner, forge, workflow_run(head, "x", [7]))

    assert set(ran) == {"pr"} and "提交号无效" in ran["pr"].stdout
    assert forge.calls == [] and not list(runner.workspace.rglob("pwned"))


def test_the_comment_keeps_an_on_time_pull_request_on_time_as_the_check_does(
    alliance: Alliance, tmp_path: Path
) -> None:
    """Pushed in time, main merged in after the deadline: the comment says no D003 either."""
    city, other = alliance.city(0), alliance.city(1)
    repo = alliance.repo
    base = repo.sha("main")
    repo.branch("patch-1")
    repo.write(alliance.city_file(city, "collective-a"), alliance.collective(city))
    repo.write(alliance.city_file(city, "summary"), alliance.summary(city))
    first = repo.commit("In time", "2025-04-05")
    repo.checkout("main")
    repo.write(alliance.city_file(other, "collective-x"), alliance.collective(other))
    base = repo.commit("Another city", "2025-04-09")
    repo.checkout("patch-1")
    repo.merge("main", "2025-04-10")
    head = repo.sha("HEAD")
    payload = Payload(city.editors[0], "main", "patch-1", base, head)
    runner = Runner(checkouts(repo, tmp_path, base), payload, tmp_path / "event.json", tmp_path / "summary.md")
    job = "校验推荐材料与修改权限"
    event = workflow_run(head, city.editors[0], [7])
    event["workflow_run"]["created_at"] = "2025-04-10T02:00:00Z"

    seen = Forge(tmp_path / "seen", [pull(7, head, city.editors[0], base)], [], [first, head],
                 {first: [(job, "2025-04-05T02:00:00Z")], head: [(job, "2025-04-10T02:00:00Z")]})
    run_job(runner, seen, event)
    unseen_runner = Runner(runner.workspace, payload, tmp_path / "event2.json", tmp_path / "summary.md")
    unseen = Forge(tmp_path / "unseen", [pull(7, head, city.editors[0], base)], [], [first, head],
                   {head: [(job, "2025-04-10T02:00:00Z")]})
    run_job(unseen_runner, unseen, event)

    [kept] = seen.sent
    [late] = unseen.sent
    assert "D003" not in kept["body"] and "✅ 本次修改全部通过检查" in kept["body"], kept["body"]
    assert "D003" in late["body"]
