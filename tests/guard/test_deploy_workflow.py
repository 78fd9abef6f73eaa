"""The deploy workflow: three targets, each gated by its repository variable; secrets only there."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pullrequest.ghactions import Runner, condition, load_workflow, step
from pullrequest.helpers import ROOT, GitRepo, Payload

from generator.guard import deploytargets

WORKFLOWS = ROOT / ".github/workflows"
DEPLOY = WORKFLOWS / "deploy.yml"
TARGET_JOBS = {t.job: t for t in deploytargets.TARGETS}


def would_run(variables: dict[str, str]) -> set[str]:
    """The deploy jobs whose `if:` holds for these repository variables."""
    context = {"vars": variables, "github": {"ref": "refs/heads/main"}}
    return {name for name, job in load_workflow(DEPLOY)["jobs"].items()
            if condition(str(job.get("if", "true")), context)}


def test_the_table_names_the_workflows_jobs() -> None:
    assert set(load_workflow(DEPLOY)["jobs"]) == {"build", *TARGET_JOBS}


def test_no_variable_no_deployment() -> None:
    assert would_run({}) == {"build"}
    warn = next(s for s in load_workflow(DEPLOY)["jobs"]["build"]["steps"] if "没有设置发布目标" in s["name"])
    assert condition(warn["if"], {"vars": {}})
    assert not condition(warn["if"], {"vars": {"HONORS_DEPLOY_RSYNC": "a@b:/c/"}})


@pytest.mark.parametrize("target", deploytargets.TARGETS, ids=lambda t: t.job)
def test_each_target_runs_only_when_its_variable_is_set(target: deploytargets.Target) -> None:
    assert would_run({target.variable: target.example}) == {"build", target.job}
    others = {t.variable: t.example for t in deploytargets.TARGETS if t is not target}
    assert target.job not in would_run(others)
    assert would_run({**others, target.variable: target.example}) == {"build", *TARGET_JOBS}


def test_pages_needs_the_word_true() -> None:
    assert "pages" not in would_run({"HONORS_DEPLOY_PAGES": "false"})
    assert "pages" in would_run({"HONORS_DEPLOY_PAGES": "TRUE"}), "GitHub compares case-insensitively"


def test_the_workflow_reads_exactly_the_documented_variables_and_secrets() -> None:
    text = DEPLOY.read_text(encoding="utf-8")
    assert deploytargets.referenced(text) == deploytargets.all_variables()
    assert deploytargets.referenced(text, deploytargets.SECRET_REF) == {
        s for t in deploytargets.TARGETS for s in t.secrets}


def test_each_secret_is_read_only_by_its_targets_job_in_an_environment() -> None:
    jobs = load_workflow(DEPLOY)["jobs"]
    for name, job in jobs.items():
        used = deploytargets.referenced(str(job), deploytargets.SECRET_REF)
        if not used:
            continue
        target = TARGET_JOBS[name]
        assert used == set(target.secrets), name
        assert target.variable in str(job["if"]), f"{name} is not gated by {target.variable}"
        assert job.get("environment"), f"{name} reads secrets outside an environment"


def test_secrets_never_reach_pull_request_jobs() -> None:
    for path in WORKFLOWS.glob("*.yml"):
        if path.name == "deploy.yml":
            continue
        text = str(load_workflow(path))  # the workflow itself, not its comments
        assert not re.search(r"\bsecrets\s*(\.|\[|:|\))", text), path.name
    assert set(load_workflow(DEPLOY)["on"]) == {"push", "workflow_dispatch"}
    assert load_workflow(DEPLOY)["on"]["push"]["branches"] == ["main"]


@pytest.fixture
def runner(tmp_path: Path, git_identity: None) -> Runner:
    """A checked-out main with a built site/ in it, as the deploy jobs see after download."""
    work = GitRepo(tmp_path / "workspace")
    work.write("README.md", "x\n")
    sha = work.commit("main", "2025-05-01")
    work.write("site/index.html", "<h1>表彰名单</h1>\n")
    work.write("site/2024/index.html", "<p>2024</p>\n")
    payload = Payload("sxlib-office", "main", "main", sha, sha)
    events = tmp_path / "events"
    events.mkdir()
    summary = tmp_path / "summary.md"
    summary.write_text("", encoding="utf-8")
    return Runner(work.path, payload, payload.write(events), summary)


def repository_step() -> dict[str, Any]:
    found: dict[str, Any] = step(load_workflow(DEPLOY), "repository", "push")
    return found


def test_the_site_is_pushed_to_the_site_repository(runner: Runner, tmp_path: Path) -> None:
    public = tmp_path / "public-site.git"
    subprocess.run(["git", "init", "-q", "--bare", str(public)], check=True, timeout=60)
    runner.variables = {"HONORS_DEPLOY_REPO": str(public), deploytargets.KNOWN_HOSTS: "host ssh-ed25519 AAAA"}
    runner.secrets = {"HONORS_DEPLOY_REPO_KEY": "-----BEGIN OPENSSH PRIVATE KEY-----\nfake\n"}

    first = runner.run(repository_step())
    assert first.returncode == 0, first.stdout + first.stderr
    (runner.workspace / "site/2024/index.html").unlink()
    (runner.workspace / "site/index.html").write_text("<h1>新的</h1>\n", encoding="utf-8")
    second = runner.run(repository_step())
    assert second.returncode == 0, second.stderr

    def git(*args: str) -> str:
        return subprocess.run(["git", "--git-dir", str(public), *args], capture_output=True,
                              text=True, check=True, timeout=60).stdout
    assert git("ls-tree", "-r", "--name-only", "gh-pages").split() == [".nojekyll", "index.html"]
    assert git("show", "gh-pages:index.html") == "<h1>新的</h1>\n"
    assert git("rev-list", "--count", "gh-pages").strip() == "1", "the site, not a history"
    assert not (Path(runner.env()["RUNNER_TEMP"]) / "deploy-ssh").exists(), "the key is removed"


def test_the_branch_variable_is_honoured(runner: Runner, tmp_path: Path) -> None:
    public = tmp_path / "site.git"
    subprocess.run(["git", "init", "-q", "--bare", str(public)], check=True, timeout=60)
    runner.variables = {"HONORS_DEPLOY_REPO": str(public), "HONORS_DEPLOY_REPO_BRANCH": "main",
                        deploytargets.KNOWN_HOSTS: "host ssh-ed25519 AAAA"}
    runner.secrets = {"HONORS_DEPLOY_REPO_KEY": "key"}
    assert runner.run(repository_step()).returncode == 0
    assert subprocess.run(["git", "--git-dir", str(public), "rev-parse", "--verify", "main"],
                          capture_output=True, check=False, timeout=60).returncode == 0


@pytest.mark.parametrize(("variables", "secrets", "says"), [
    ({"HONORS_DEPLOY_REPO": "x"}, {}, "HONORS_DEPLOY_REPO_KEY"),
    ({"HONORS_DEPLOY_REPO": "x"}, {"HONORS_DEPLOY_REPO_KEY": "k"}, deploytargets.KNOWN_HOSTS),
    ({"HONORS_DEPLOY_REPO": "--upload-pack=touch pwned", deploytargets.KNOWN_HOSTS: "h"},
     {"HONORS_DEPLOY_REPO_KEY": "k"}, "不能以 - 开头"),
])
def test_a_missing_setting_fails_in_chinese(
    runner: Runner, variables: dict[str, str], secrets: dict[str, str], says: str
) -> None:
    runner.variables, runner.secrets = variables, secrets
    proc = runner.run(repository_step())
    assert proc.returncode == 1 and says in proc.stdout
    assert not (runner.workspace / "pwned").exists()


needs_rsync = pytest.mark.runner_tools


@needs_rsync
def test_rsync_mirrors_the_site_to_the_server_folder(runner: Runner, tmp_path: Path) -> None:
    """A local folder stands for the server: the same rsync, without the SSH hop."""
    server = tmp_path / "www"
    server.mkdir()
    (server / "stale.html").write_text("旧页面", encoding="utf-8")
    runner.variables = {"HONORS_DEPLOY_RSYNC": f"{server}/", deploytargets.KNOWN_HOSTS: "h ssh-ed25519 AAAA"}
    runner.secrets = {"HONORS_DEPLOY_SSH_KEY": "key"}

    proc = runner.run(step(load_workflow(DEPLOY), "server", "rsync"))

    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert sorted(p.relative_to(server).as_posix() for p in server.rglob("*") if p.is_file()) == [
        "2024/index.html", "index.html"]


@needs_rsync
@pytest.mark.parametrize(("variables", "says"), [
    ({"HONORS_DEPLOY_RSYNC": "-e sh", deploytargets.KNOWN_HOSTS: "h"}, "用户@服务器:/目录/"),
    ({"HONORS_DEPLOY_RSYNC": "a@b:/c/", deploytargets.KNOWN_HOSTS: "h", "HONORS_DEPLOY_SSH_PORT": "22; x"},
     "只能是数字"),
    ({"HONORS_DEPLOY_RSYNC": "a@b:/c/"}, deploytargets.KNOWN_HOSTS),
])
def test_rsync_refuses_bad_settings(runner: Runner, variables: dict[str, str], says: str) -> None:
    runner.variables, runner.secrets = variables, {"HONORS_DEPLOY_SSH_KEY": "key"}
    proc = runner.run(step(load_workflow(DEPLOY), "server", "rsync"))
    assert proc.returncode == 1 and says in proc.stdout
