"""One mistake in the data, one red check: every step of the pull-request workflow's three jobs
(check, hooks, site), run as GitHub runs them on a real pull request carrying one data error.
Only the check job's validator fails; the hooks job skips the data hooks, and the preview job
builds the preview with the finding shown on the affected pages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .ghactions import Runner, checkouts, condition, load_workflow, step
from .helpers import ROOT, Alliance, Payload

pytestmark = pytest.mark.slow

JOBS = ("check", "hooks", "site")
DATA_HOOKS = {"honors-validate", "honors-codeowners"}
OFFICE_FILES = (".pre-commit-config.yaml", "pyproject.toml", "mkdocs.yml")


def run_job(runner: Runner, workflow: dict[str, Any], job: str) -> dict[str, int | None]:
    """Each `run:` step of the job (not the installs) -> its exit code, None when skipped.

    A step without `if:` runs only while every earlier step succeeded (GitHub's `success()`)."""
    codes: dict[str, int | None] = {}
    for item in workflow["jobs"][job]["steps"]:
        if "run" not in item or item.get("id") == "install":
            continue
        assert "id" in item, f"{job}: every run step has an id ({item['name']})"
        when = item.get("if")
        failed = any(code not in (0, None) for code in codes.values())
        runs = condition(when, runner.context()) if when else not failed
        codes[item["id"]] = runner.run(step(workflow, job, item["id"])).returncode if runs else None
    return codes


@pytest.fixture
def hook_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pre-commit installs nothing (every hook is the project's own) and reaches no index."""
    home = tmp_path / "pre-commit-home"
    home.mkdir()
    monkeypatch.setenv("PRE_COMMIT_HOME", str(home))
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"])


def pull_request_with(alliance: Alliance, tmp_path: Path, summary_file: Path,
                      files: dict[str, str]) -> tuple[Runner, Runner]:
    """main as the office keeps it (hooks, CODEOWNERS, the site's sources); a city's branch
    adding files; the runners of the two-checkout jobs and of the site job."""
    repo = alliance.repo
    for rel in OFFICE_FILES:
        repo.write(rel, (ROOT / rel).read_text(encoding="utf-8"))
    shutil.copytree(ROOT / "docs", repo.path / "docs")
    subprocess.run([sys.executable, "-m", "generator", "owners", "codeowners", "--root", str(repo.path)],
                   check=True, capture_output=True, timeout=120)
    repo.commit("The office's set-up", "2025-03-28")
    repo.branch("city")
    for rel, text in files.items():
        repo.write(rel, text)
    repo.commit("Nominations", "2025-04-05")
    city = alliance.city(0)
    payload = Payload(city.editors[0], "main", "city", repo.sha("main"), repo.sha("city"))
    repo.git("checkout", "-q", "--detach", "main")
    repo.merge("city", "2025-04-05")
    event = payload.write(tmp_path)
    checked = Runner(checkouts(repo, tmp_path, payload.base_sha), payload, event, summary_file)
    site = Runner(repo.path, payload, event, summary_file)
    return checked, site


def nominations(alliance: Alliance, *, broken: bool) -> tuple[dict[str, str], str]:
    city = alliance.city(0)
    person = alliance.city_file(city, "individual-a")
    text = alliance.individual(city)
    # A phone of its own: the helper's is the guide's example number, which the site shows.
    collective = alliance.collective(city).replace("029-85420000", "029-87654321")
    return {
        alliance.city_file(city, "collective-a"): collective,
        person: text.replace("所在部门: ", "所在部门：") if broken else text,
        alliance.city_file(city, "summary"): alliance.summary(city),
    }, person


def test_the_workflow_skips_the_data_hooks_in_the_hooks_job() -> None:
    workflow = load_workflow()
    skipped = step(workflow, "hooks", "pre-commit")["env"]["SKIP"]
    assert set(skipped.split(",")) == DATA_HOOKS
    config = (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    for hook in DATA_HOOKS:
        assert f"- id: {hook}\n" in config, f"SKIP names a hook the configuration has: {hook}"
    assert "--preview" in step(workflow, "site", "build")["run"]


def test_one_data_error_makes_one_red_step(
    alliance: Alliance, tmp_path: Path, summary_file: Path, hook_env: None
) -> None:
    files, person = nominations(alliance, broken=True)
    checked, site = pull_request_with(alliance, tmp_path, summary_file, files)
    workflow = load_workflow()

    codes = {(job, s): code for job in JOBS
             for s, code in run_job(site if job == "site" else checked, workflow, job).items()}

    failed = [key for key, code in codes.items() if code not in (0, None)]
    assert failed == [("check", "validate")], codes
    assert codes[("hooks", "pre-commit")] == 0 and codes[("site", "build")] == 0, codes
    assert codes[("site", "privacy")] == 0, codes
    home = (site.checkout / "site/index.html").read_text(encoding="utf-8")
    city_page = next((site.checkout / "site/2024/cities").glob(f"{alliance.city(0).code}/index.html"))
    for page in (home, city_page.read_text(encoding="utf-8")):
        assert 'class="admonition danger honors-preview"' in page
        assert f"<code>{person}</code> 第 " in page and "<code>F002</code> YAML 格式错误（错误）" in page


def test_without_the_skip_the_data_error_would_be_red_twice(
    alliance: Alliance, tmp_path: Path, summary_file: Path, hook_env: None
) -> None:
    """The same pull request with the hooks job's SKIP removed: the validator hook fails there
    too; so it is SKIP that keeps the data error to one red check."""
    files, person = nominations(alliance, broken=True)
    checked, _ = pull_request_with(alliance, tmp_path, summary_file, files)
    hooks = step(load_workflow(), "hooks", "pre-commit")
    unskipped = {**hooks, "env": {k: v for k, v in hooks["env"].items() if k != "SKIP"}}

    assert checked.run(hooks).returncode == 0
    again = checked.run(unskipped)
    assert again.returncode == 1 and f"{person}:" in again.stdout, again.stdout


def test_a_good_pull_request_is_green_everywhere_with_no_banner(
    alliance: Alliance, tmp_path: Path, summary_file: Path, hook_env: None
) -> None:
    files, _ = nominations(alliance, broken=False)
    checked, site = pull_request_with(alliance, tmp_path, summary_file, files)
    workflow = load_workflow()

    codes = {(job, s): code for job in JOBS
             for s, code in run_job(site if job == "site" else checked, workflow, job).items()}

    assert [key for key, code in codes.items() if code != 0] == [], codes
    pages = (site.checkout / "site").rglob("*.html")
    assert not any("honors-preview" in p.read_text(encoding="utf-8") for p in pages)
