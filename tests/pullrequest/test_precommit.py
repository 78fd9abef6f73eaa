"""pre-commit: the repository passes its own hooks; a bad nomination fails them at home, while in CI
the hooks job leaves the data to the check job (one mistake, one red check).

Every hook runs from this project's environment (`language: system`); pre-commit must install
nothing, so the package index is made unreachable for the whole run and PRE_COMMIT_HOME is
checked to hold no hook environment afterwards.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from scanfiles import heic_bytes, pdf_bytes

from .ghactions import Runner, checkouts, load_workflow, step
from .helpers import ROOT, Alliance, GitRepo, Payload

pytestmark = pytest.mark.slow


@pytest.fixture
def pre_commit_home(tmp_path: Path) -> Iterator[Path]:
    """pre-commit's cache for one test; afterwards it holds no installed hook environment."""
    home = tmp_path / "pre-commit-home"
    home.mkdir()
    yield home
    installed = [p.name for p in home.iterdir() if p.is_dir()]
    assert installed == [], f"pre-commit installed hook environments: {installed}"


@pytest.fixture
def tool_env(pre_commit_home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("PRE_COMMIT_HOME", str(pre_commit_home))
    # Any attempt to install a hook from the package index fails at once instead of downloading.
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_INDEX_URL", "http://127.0.0.1:9/simple")
    monkeypatch.setenv("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    return dict(os.environ)


def tracked_copy(target: Path) -> GitRepo:
    """The repository's tracked files as they are in the working tree, committed anew."""
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True,
                            check=True, timeout=60).stdout.decode().split("\0")
    repo = GitRepo(target)
    for rel in filter(None, listed):
        source = ROOT / rel
        if source.is_file():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / rel)
    repo.commit("Copy of the repository", "2025-03-28")
    return repo


def test_hook_definitions_match() -> None:
    """Other repositories get the same validator hook this repository runs."""
    offered = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    config = YAML(typ="safe").load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    local = {h["id"]: h for repo in config["repos"] for h in repo["hooks"]}
    hook = next(h for h in offered if h["id"] == "honors-validate")
    assert hook["language"] == "python"
    for key in ("entry", "files", "pass_filenames", "require_serial"):
        assert local["honors-validate"][key] == hook[key]
    assert all(repo["repo"] == "local" for repo in config["repos"]), "github.com is unreachable"
    assert {h["id"]: h["language"] for h in local.values() if h["language"] != "system"} == {}, (
        "every hook runs from the project's environment: nothing is installed during a run"
    )


def test_the_repository_passes_its_own_hooks(
    tmp_path: Path, git_identity: None, tool_env: dict[str, str]
) -> None:
    repo = tracked_copy(tmp_path / "copy")

    proc = subprocess.run(["pre-commit", "run", "--all-files", "--color", "never"],
                          cwd=repo.path, env=tool_env, capture_output=True, text=True, check=False,
                          timeout=600)

    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "校验推荐材料（honors validate）" in proc.stdout
    assert "Failed" not in proc.stdout


def local_hooks(runner: Runner, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """pre-commit on the change as a librarian or the office runs it at home: the workflow's
    command with the base's configuration, without the workflow's SKIP."""
    hooks = str(runner.workspace / "trusted/.pre-commit-config.yaml")
    return subprocess.run(["pre-commit", "run", "--config", hooks, "--from-ref", runner.payload.base_sha,
                           "--to-ref", runner.payload.head_sha, "--color", "never"], cwd=runner.checkout,
                          env=env, capture_output=True, text=True, check=False, timeout=600)


def test_a_bad_nomination_fails_the_local_hook_and_only_the_check_job(
    alliance: Alliance, tmp_path: Path, summary_file: Path, tool_env: dict[str, str]
) -> None:
    """At home the validator hook stops the commit with the Chinese message; in CI the hooks
    job skips it (SKIP) and the check job's validator is the one red check."""
    repo = alliance.repo
    for rel in (".pre-commit-config.yaml", "pyproject.toml"):
        repo.write(rel, (ROOT / rel).read_text(encoding="utf-8"))
    repo.commit("Hooks", "2025-03-28")
    city = alliance.city(0)
    bad = alliance.city_file(city, "individual-a")
    repo.branch("bad")
    repo.write(bad, alliance.individual(city).replace("学历: ", "学历：", 1))
    repo.commit("Nomination", "2025-04-05")
    payload = Payload(city.editors[0], "main", "bad", repo.sha("main"), repo.sha("bad"))
    repo.git("checkout", "-q", "--detach", "main")
    repo.merge("bad", "2025-04-05")
    runner = Runner(checkouts(repo, tmp_path, payload.base_sha), payload, payload.write(tmp_path),
                    summary_file)

    local = local_hooks(runner, tool_env)
    ci = runner.run(step(load_workflow(), "hooks", "pre-commit"))
    check = runner.run(step(load_workflow(), "check", "validate"))

    out = local.stdout + local.stderr
    assert local.returncode == 1, out
    assert re.search(r"校验推荐材料（honors validate）\.+Failed", out), out
    assert f"{bad}:" in out and "F002 错误：" in out and "全角冒号" in out
    assert "提示：" in out
    assert ci.returncode == 0, ci.stdout + ci.stderr
    assert re.search(r"校验推荐材料（honors validate）\.+Skipped", ci.stdout), ci.stdout
    assert check.returncode == 1 and f"::error file={bad}," in check.stdout


def web_editor_bytes(text: str) -> bytes:
    """A file as GitHub's web editor and a Windows upload make it: CRLF, a trailing space
    pasted from Word on a value line, and no newline at the end."""
    lines = text.rstrip("\n").split("\n")
    lines[1] += " "
    return "\r\n".join(lines).encode("utf-8")


def pull_request(alliance: Alliance, tmp_path: Path, summary_file: Path,
                 files: dict[str, bytes]) -> Runner:
    """main with the hooks; a branch adding files (raw bytes) from the city's editor; the merge
    commit checked out the way actions/checkout does it."""
    repo = alliance.repo
    for rel in (".pre-commit-config.yaml", "pyproject.toml"):
        repo.write(rel, (ROOT / rel).read_text(encoding="utf-8"))
    repo.commit("Hooks", "2025-03-28")
    repo.branch("web")
    for rel, data in files.items():
        (repo.path / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo.path / rel).write_bytes(data)
    repo.commit("Create files in the web editor", "2025-04-05")
    payload = Payload(alliance.city(0).editors[0], "main", "web", repo.sha("main"), repo.sha("web"))
    repo.git("checkout", "-q", "--detach", "main")
    repo.merge("web", "2025-04-05")
    return Runner(checkouts(repo, tmp_path, payload.base_sha), payload, payload.write(tmp_path),
                  summary_file)


def test_web_editor_nominations_pass_the_workflows_checks(
    alliance: Alliance, tmp_path: Path, summary_file: Path, tool_env: dict[str, str]
) -> None:
    """The PR workflow's checks, run as GitHub runs them, pass files made in the web editor:
    the validator and ownership steps, and pre-commit on the change (--from-ref … --to-ref …)."""
    city = alliance.city(0)
    files = {
        alliance.city_file(city, "collective-web"): web_editor_bytes(alliance.collective(city)),
        alliance.city_file(city, "individual-web"): web_editor_bytes(alliance.individual(city)),
        alliance.city_file(city, "summary"): web_editor_bytes(alliance.summary(city)),
    }
    for data in files.values():
        assert b"\r\n" in data and b" \r\n" in data and not data.endswith(b"\n")
    runner = pull_request(alliance, tmp_path, summary_file, files)
    workflow = load_workflow()

    for step_id in ("summary", "validate", "owners"):
        proc = runner.run(step(workflow, "check", step_id))
        assert proc.returncode == 0, (step_id, proc.stdout + proc.stderr)
    proc = runner.run(step(workflow, "hooks", "pre-commit"))

    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert re.search(r"校验推荐材料（honors validate）\.+Skipped", out), "the check job's step"
    local = local_hooks(runner, tool_env)
    assert local.returncode == 0, local.stdout + local.stderr
    assert re.search(r"校验推荐材料（honors validate）\.+Passed", local.stdout), local.stdout
    assert "Failed" not in out + local.stdout and "Fixing" not in out + local.stdout, out
    for rel, data in files.items():
        assert (runner.checkout / rel).read_bytes() == data, f"{rel} was rewritten"


def test_a_stamped_scan_alone_is_checked_by_the_hook(
    alliance: Alliance, tmp_path: Path, summary_file: Path, tool_env: dict[str, str]
) -> None:
    """A change that only uploads scans still runs the validator on them at home: an iPhone photo
    renamed .jpg is F009, a real PDF named after no nomination is S007 (a warning: the step passes
    it). In CI the check job is the one that goes red (the hooks job skips the data hooks)."""
    folder = alliance.city_file(alliance.city(0), "x").rsplit("/", 1)[0]
    photo, stray = f"{folder}/stamped/summary.jpg", f"{folder}/stamped/scan0001.pdf"
    runner = pull_request(alliance, tmp_path, summary_file, {photo: heic_bytes(), stray: pdf_bytes()})

    proc = local_hooks(runner, tool_env)
    check = runner.run(step(load_workflow(), "check", "validate"))

    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert re.search(r"校验推荐材料（honors validate）\.+Failed", out), out
    assert f"{photo}: F009 错误：" in out and "兼容性最佳" in out
    assert f"{stray}: S007 警告：" in out
    assert check.returncode == 1 and f"::error file={photo}" in check.stdout, check.stdout


def test_hygiene_hooks_still_check_code_and_docs(
    alliance: Alliance, tmp_path: Path, summary_file: Path, tool_env: dict[str, str]
) -> None:
    """The same bytes in a page of the guide fail: the hygiene hooks kept to code and docs."""
    page = "docs/guide/web.md"
    runner = pull_request(alliance, tmp_path, summary_file,
                          {page: web_editor_bytes("# 标题\n正文\n\n第二段\n")})

    proc = runner.run(step(load_workflow(), "hooks", "pre-commit"))

    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    for hook in ("行尾空格（trailing-whitespace）", "文件末尾换行（end-of-file-fixer）",
                 "统一换行符（mixed-line-ending）"):
        assert re.search(re.escape(hook) + r"\.+Failed", out), out
    assert (runner.checkout / page).read_bytes() == "# 标题\n正文\n\n第二段\n".encode()


def test_a_pull_request_editing_the_hooks_to_skip_the_validator_is_still_red(
    alliance: Alliance, tmp_path: Path, summary_file: Path, tool_env: dict[str, str]
) -> None:
    """The pull request drops the validator hook from its .pre-commit-config.yaml and adds a bad
    nomination: the check job's validator (the base's code) is red, and the edit itself is D004."""
    city = alliance.city(0)
    bad = alliance.city_file(city, "individual-a")
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    start = config.index("      - id: honors-validate")
    skipped = config[:start] + config[config.index("      - id: honors-codeowners"):]
    assert "id: honors-validate" not in skipped
    runner = pull_request(alliance, tmp_path, summary_file, {
        ".pre-commit-config.yaml": skipped.encode(),
        bad: alliance.individual(city).replace("学历: ", "学历：", 1).encode(),
    })
    workflow = load_workflow()
    own = subprocess.run(["pre-commit", "run", "--from-ref", runner.payload.base_sha, "--to-ref",
                          runner.payload.head_sha, "--color", "never"], cwd=runner.checkout,
                         env=tool_env, capture_output=True, text=True, check=False, timeout=600)
    assert "honors validate" not in own.stdout, "the pull request's own hooks would skip it"

    validate = runner.run(step(workflow, "check", "validate"))
    owners = runner.run(step(workflow, "check", "owners"))
    local = local_hooks(runner, tool_env)

    assert validate.returncode == 1, validate.stdout + validate.stderr
    assert f"::error file={bad},line=" in validate.stdout and "title=F002 错误::" in validate.stdout
    assert owners.returncode == 1, owners.stdout + owners.stderr
    assert "::error file=.pre-commit-config.yaml,title=D004 错误::" in owners.stdout
    assert re.search(r"校验推荐材料（honors validate）\.+Failed", local.stdout), "the base's hooks"


def _found(text: str, pattern: str, path: str) -> set[tuple[str, str]]:
    """(line, code) of each finding on path in a report, read with the reporter's own pattern."""
    return {(m["line"], m["code"]) for m in re.finditer(pattern, text, re.M) if m["file"] == path}


def test_every_channel_reports_the_same_findings_all_at_once(
    alliance: Alliance, tmp_path: Path, summary_file: Path, tool_env: dict[str, str]
) -> None:
    """A file with three independent mistakes (a wrong type, a missing field, one nomination over
    the city's quota) gets the same three findings from the pull-request check, the pre-commit
    hook and `honors validate`: none hides another, none is reported twice."""
    city = alliance.city(0)
    third = alliance.city_file(city, "individual-c")
    text = (alliance.individual(city, "王某").replace("年龄: 35", "年龄: 三十五")
            .replace("所在部门: 阅读推广部\n", ""))
    files = {
        alliance.city_file(city, "individual-a"): alliance.individual(city, "李某").encode(),
        alliance.city_file(city, "individual-b"): alliance.individual(city, "张某").encode(),
        third: web_editor_bytes(text),
        alliance.city_file(city, "summary"): alliance.summary(city).encode(),
    }
    runner = pull_request(alliance, tmp_path, summary_file, files)
    age_line = str(text.splitlines().index("年龄: 三十五") + 1)

    ci = runner.run(step(load_workflow(), "check", "validate"))
    hook = local_hooks(runner, tool_env)
    cli = subprocess.run(["honors", "validate", "--format", "json"], cwd=runner.checkout, env=tool_env,
                         capture_output=True, text=True, check=False, timeout=300)

    from_ci = _found(ci.stdout, r"^::error file=(?P<file>[^,]+),line=(?P<line>\d+),.*?title=(?P<code>\w+) ", third)
    from_hook = _found(hook.stdout + hook.stderr, r"^(?P<file>\S+\.yaml):(?P<line>\d+):\d+: (?P<code>\w+) ", third)
    from_cli = {(str(f["line"]), f["code"]) for f in json.loads(cli.stdout)["findings"] if f["file"] == third}
    assert from_cli == {(age_line, "S003"), ("1", "S001"), ("1", "Q002")}, cli.stdout
    assert from_ci == from_cli, ci.stdout
    assert from_hook == from_cli, hook.stdout
    assert (ci.returncode, hook.returncode, cli.returncode) == (1, 1, 1)
