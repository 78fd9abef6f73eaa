"""pre-commit: the repository passes its own hooks, and a bad nomination fails them in CI.

The YAML hygiene hooks are installed by pre-commit from PyPI (pre-commit-hooks) into a
PRE_COMMIT_HOME shared by this module; everything else runs from this project's environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from .ghactions import Runner, load_workflow, step
from .helpers import ROOT, Alliance, GitRepo, Payload

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def tool_env(pre_commit_home: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("PRE_COMMIT_HOME", str(pre_commit_home))
    monkeypatch.setenv("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])
    return dict(os.environ)


def tracked_copy(target: Path) -> GitRepo:
    """The repository's tracked files as they are in the working tree, committed anew."""
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True,
                            check=True).stdout.decode().split("\0")
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


def test_the_repository_passes_its_own_hooks(
    tmp_path: Path, git_identity: None, tool_env: dict[str, str]
) -> None:
    repo = tracked_copy(tmp_path / "copy")

    proc = subprocess.run(["pre-commit", "run", "--all-files", "--color", "never"],
                          cwd=repo.path, env=tool_env, capture_output=True, text=True, check=False)

    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "校验推荐材料（honors validate）" in proc.stdout
    assert "Failed" not in proc.stdout


def test_a_bad_nomination_fails_the_workflows_pre_commit_step(
    alliance: Alliance, tmp_path: Path, summary_file: Path, tool_env: dict[str, str]
) -> None:
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
    runner = Runner(repo.path, payload, payload.write(tmp_path), summary_file)

    proc = runner.run(step(load_workflow(), "hooks", "pre-commit"))

    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "校验推荐材料（honors validate）" in out and "Failed" in out
    assert f"{bad}:" in out and "F002 错误：" in out and "全角冒号" in out
    assert "提示：" in out
