"""The trust boundary of the pull-request checks: a pull request cannot change its own verdict.

The check and hooks jobs install honors from the base commit (checked out apart, trusted/) and
read the pull request's checkout (pr/) as data; the office's files (registry, campaign.yaml)
come from the base; every path outside a city's or group's own folder is the office's (D004),
for the author and for whoever pushed. Each test runs the workflow's own steps on a real git
repository laid out as the jobs lay it out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .ghactions import PR_WORKFLOW, Runner, checkouts, condition, load_workflow, step
from .helpers import CAMPAIGN, ROOT, Alliance, Payload

VERDICT_JOBS = ("check", "hooks")


def open_pull_request(alliance: Alliance, branch: str, author: str, tmp_path: Path,
                      summary_file: Path, pusher: str = "") -> Runner:
    repo = alliance.repo
    payload = Payload(author, "main", branch, repo.sha("main"), repo.sha(branch), pusher=pusher)
    repo.git("checkout", "-q", "--detach", "main")
    repo.merge(branch, "2025-04-05")
    return Runner(checkouts(repo, tmp_path, payload.base_sha), payload, payload.write(tmp_path),
                  summary_file)


def annotated(stdout: str, code: str) -> set[str]:
    """The files a step's GitHub annotations with this code name."""
    return {line.split("file=", 1)[1].split(",", 1)[0] for line in stdout.splitlines()
            if line.startswith("::error file=") and f"title={code} " in line}


def test_the_verdict_jobs_run_the_base_commits_code_on_the_pull_request_as_data() -> None:
    workflow = load_workflow(PR_WORKFLOW)
    for name in VERDICT_JOBS:
        job = workflow["jobs"][name]
        checkouts_ = [s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout@")]
        assert [c["with"]["path"] for c in checkouts_] == ["trusted", "pr"], name
        assert checkouts_[0]["with"]["ref"] == (
            "${{ github.event.pull_request.base.sha || github.event.merge_group.base_sha }}")
        assert "ref" not in checkouts_[1]["with"], "pr/ is the merge commit GitHub prepares"
        assert job["defaults"]["run"]["working-directory"] == "pr", name
        install = step(workflow, name, "install")
        assert install["working-directory"] == "trusted", "honors is installed from the base"
        for item in job["steps"]:
            script = item.get("run", "")
            if "pip install" in script:
                assert item is install or item.get("id") == "install", name
            assert "python -m generator" not in script and "./" not in script, (name, script)
        python = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python@"))
        assert python["with"]["cache-dependency-path"] == "trusted/pyproject.toml"
    hooks = step(workflow, "hooks", "pre-commit")
    assert '--config "$HOOKS"' in hooks["run"]
    assert hooks["env"]["HOOKS"] == "${{ github.workspace }}/trusted/.pre-commit-config.yaml"
    for step_id in ("validate", "summary"):
        assert '--config-from "$CONFIG_FROM"' in step(workflow, "check", step_id)["run"]
    owners = step(workflow, "check", "owners")
    assert owners["env"]["PR_PUSHER"] == "${{ github.event.sender.login }}"
    assert '--pusher "$PR_PUSHER"' in owners["run"]


def test_a_city_loosening_its_quota_in_code_and_config_is_still_red(
    alliance: Alliance, tmp_path: Path, summary_file: Path, honors: Any
) -> None:
    """The city's pull request loosens the quota in generator/ and in campaign.yaml, plants a
    package that would pass everything if it ran, and nominates one collective too many."""
    city = alliance.city(0)
    repo = alliance.repo
    repo.branch("loosen")
    quotas = (ROOT / "generator/rules/quotas.py").read_text(encoding="utf-8")
    repo.write("generator/rules/quotas.py", quotas.replace("def ", "def _disabled_", 1))
    repo.write("generator/__init__.py", "import sys\nsys.exit(0)\n")
    repo.write("sitecustomize.py", "import sys\nsys.exit(0)\n")
    config = repo.path / CAMPAIGN / "campaign.yaml"
    text = config.read_text(encoding="utf-8")
    assert "  每个委员馆推荐先进集体: 1\n" in text
    config.write_text(text.replace("  每个委员馆推荐先进集体: 1\n", "  每个委员馆推荐先进集体: 2\n"),
                      encoding="utf-8")
    first, second = alliance.city_file(city, "collective-a"), alliance.city_file(city, "collective-b")
    repo.write(first, alliance.collective(city, 0))
    repo.write(second, alliance.collective(city, 1))
    repo.write(alliance.city_file(city, "summary"), alliance.summary(city))
    repo.commit("More places", "2025-04-05")
    runner = open_pull_request(alliance, "loosen", city.editors[0], tmp_path, summary_file)
    workflow = load_workflow()

    validate = runner.run(step(workflow, "check", "validate"))
    owners = runner.run(step(workflow, "check", "owners"))
    summary = runner.run(step(workflow, "check", "summary"))
    own_config = honors("validate", "--root", str(runner.checkout), "--format", "json")

    assert own_config.code == 0 and own_config.findings("Q001") == {}, "the loosened config would pass"
    assert validate.returncode == 1, validate.stdout + validate.stderr
    assert annotated(validate.stdout, "Q001") == {first, second}
    assert owners.returncode == 1, owners.stdout + owners.stderr
    assert annotated(owners.stdout, "D004") == {
        "generator/rules/quotas.py", "generator/__init__.py", "sitecustomize.py",
        f"{CAMPAIGN}/campaign.yaml"}
    assert summary.returncode == 0
    assert f"| {city.name} | {city.committee_library} | 2 / 1 ❌ |" in summary_file.read_text(encoding="utf-8")


def test_a_new_year_invented_by_a_pull_request_has_no_campaign(
    alliance: Alliance, tmp_path: Path, summary_file: Path
) -> None:
    """A campaign.yaml the base does not have is not taken from the pull request either."""
    city = alliance.city(0)
    repo = alliance.repo
    repo.branch("new-year")
    repo.write("submissions/2025/campaign.yaml",
               (repo.path / CAMPAIGN / "campaign.yaml").read_text(encoding="utf-8").replace("年度: 2024", "年度: 2025"))
    repo.write(f"submissions/2025/cities/{city.code}/collective-a.yaml", alliance.collective(city))
    repo.commit("A year of my own", "2025-04-05")
    runner = open_pull_request(alliance, "new-year", city.editors[0], tmp_path, summary_file)

    validate = runner.run(step(load_workflow(), "check", "validate"))

    assert validate.returncode == 1
    assert "::error file=submissions/2025/campaign.yaml,title=F005 错误::年度文件夹缺少评选方案配置" in validate.stdout


def test_a_city_pushing_onto_another_citys_pull_request_is_red(
    alliance: Alliance, tmp_path: Path, summary_file: Path
) -> None:
    xian, other = alliance.city(0), alliance.city(1)
    theirs = alliance.city_file(other, "collective-a")
    alliance.repo.branch("baoji-work")
    alliance.repo.write(theirs, alliance.collective(other))
    alliance.repo.commit("Pushed by another city", "2025-04-05")
    runner = open_pull_request(alliance, "baoji-work", other.editors[0], tmp_path, summary_file,
                               pusher=xian.editors[0])
    owners = step(load_workflow(), "check", "owners")

    pushed = runner.run(owners)
    runner.payload.pusher = other.editors[0]
    runner.payload.write(tmp_path)
    own = runner.run(owners)

    assert pushed.returncode == 1, pushed.stdout
    assert annotated(pushed.stdout, "D004") == {theirs}
    assert f"{xian.editors[0]}（推送者）" in pushed.stdout
    assert own.returncode == 0, own.stdout


def test_the_codeowners_check_runs_in_the_trusted_job(
    alliance: Alliance, tmp_path: Path, summary_file: Path, honors: Any
) -> None:
    """A registry change without CODEOWNERS is red whatever the pull request's hooks say."""
    repo = alliance.repo
    assert honors("owners", "codeowners", "--root", str(repo.path)).code == 0
    repo.commit("CODEOWNERS", "2025-03-28")
    repo.branch("registry")
    registry = repo.path / "submissions/registry.yaml"
    old = alliance.city(0).editors[0]
    registry.write_text(registry.read_text(encoding="utf-8").replace(f"- {old}\n", "- new-login\n", 1),
                        encoding="utf-8")
    repo.write(".pre-commit-config.yaml", "repos: []\n")
    repo.commit("New login", "2025-04-05")
    runner = open_pull_request(alliance, "registry", alliance.office_login, tmp_path, summary_file)

    proc = runner.run(step(load_workflow(), "check", "codeowners"))

    assert proc.returncode == 1 and "与联盟名录不一致" in proc.stderr


DEPLOY_WORKFLOW = ROOT / ".github/workflows/deploy.yml"
EVERY_TARGET = {"HONORS_DEPLOY_PAGES": "true", "HONORS_DEPLOY_REPO": "git@example.org:a/b.git",
                "HONORS_DEPLOY_RSYNC": "u@example.org:/srv/site/"}


def test_deploy_jobs_run_only_for_main() -> None:
    """workflow_dispatch may name any branch: a member's branch builds and deploys nothing."""
    jobs = load_workflow(DEPLOY_WORKFLOW)["jobs"]
    for ref, runs in (("refs/heads/main", True), ("refs/heads/xian-nominations", False),
                      ("refs/pull/7/merge", False), ("refs/tags/main", False)):
        context = {"vars": EVERY_TARGET, "github": {"ref": ref}}
        assert {name: condition(str(job.get("if", "true")), context) for name, job in jobs.items()} == {
            name: runs for name in jobs}, ref
    environments = {name: job["environment"]["name"] for name, job in jobs.items() if "environment" in job}
    assert environments == {"pages": "github-pages", "repository": "site-repository", "server": "site-server"}
    setup = (ROOT / "docs/office/setup.md").read_text(encoding="utf-8")
    for name in environments.values():
        assert name in setup, f"the setup guide limits {name} to main"


FAKE_GH = '''
import json, os, subprocess, sys
state = json.load(open(os.environ["FAKE_GH_STATE"], encoding="utf-8"))
args = sys.argv[1:]
path = next(a for a in args if a.startswith("repos/"))
if path.endswith("/commits") and "/pulls/" in path:
    data = [{"sha": sha} for sha in state["commits"]]
else:
    sha = path.split("/commits/", 1)[1].split("/", 1)[0]
    data = {"check_runs": [{"name": n, "started_at": t} for n, t in state["runs"].get(sha, [])]}
out = subprocess.run(["jq", "-r", args[args.index("--jq") + 1]], input=json.dumps(data),
                     capture_output=True, text=True, check=True)
sys.stdout.write(out.stdout)
'''


def test_the_owners_step_keeps_an_on_time_pull_request_on_time_after_update_branch(
    alliance: Alliance, tmp_path: Path, summary_file: Path
) -> None:
    """Pushed on 5 April (GitHub started its check then); main merged in on 10 April: the event
    says 10 April, the check runs GitHub recorded say the content arrived in time."""
    import json
    import os
    import sys

    city, other = alliance.city(0), alliance.city(1)
    repo = alliance.repo
    repo.branch("on-time")
    path = alliance.city_file(city, "collective-a")
    repo.write(path, alliance.collective(city))
    first = repo.commit("In time", "2025-04-05")
    repo.checkout("main")
    repo.write(alliance.city_file(other, "collective-x"), alliance.collective(other))
    repo.commit("Another city", "2025-04-08")
    repo.checkout("on-time")
    repo.merge("main", "2025-04-10")
    runner = open_pull_request(alliance, "on-time", city.editors[0], tmp_path, summary_file)
    runner.payload.updated_at = "2025-04-10T02:00:00Z"
    runner.payload.write(tmp_path)
    update = repo.sha("on-time")
    bindir = tmp_path / "bin"
    bindir.mkdir()
    (bindir / "gh").write_text(f"#!{sys.executable}\n{FAKE_GH}", encoding="utf-8")
    (bindir / "gh").chmod(0o755)
    state = tmp_path / "gh.json"
    env = runner.env()
    env["PATH"] = f"{bindir}{os.pathsep}{env['PATH']}"
    env["FAKE_GH_STATE"] = str(state)
    runner.env = lambda: env  # type: ignore[method-assign]
    owners = step(load_workflow(), "check", "owners")
    job = "校验推荐材料与修改权限"

    def run(runs: dict[str, list[tuple[str, str]]]) -> Any:
        state.write_text(json.dumps({"commits": [first, update], "runs": runs}), encoding="utf-8")
        return runner.run(owners)

    in_time = run({first: [("生成网站预览", "2025-04-04T00:00:00Z"), (job, "2025-04-05T02:00:00Z")],
                   update: [(job, "2025-04-10T02:00:00Z")]})
    other_job_only = run({first: [("生成网站预览", "2025-04-05T02:00:00Z")],
                          update: [(job, "2025-04-10T02:00:00Z")]})
    never_seen = run({update: [(job, "2025-04-10T02:00:00Z")]})

    assert in_time.returncode == 0, in_time.stdout + in_time.stderr
    assert other_job_only.returncode == 1 and annotated(other_job_only.stdout, "D003") == {path}
    assert never_seen.returncode == 1 and annotated(never_seen.stdout, "D003") == {path}


def test_config_from_never_writes_through_a_linked_folder(
    alliance: Alliance, honors: Any, tmp_path: Path
) -> None:
    """The pull request makes its year folder a link to elsewhere: the base's campaign.yaml is
    not written there, the loader refuses the link, and the verdict is an error in Chinese."""
    repo = alliance.repo
    outside = tmp_path / "outside"
    outside.mkdir()
    repo.branch("linked")
    repo.git("rm", "-q", "-r", CAMPAIGN)
    (repo.path / CAMPAIGN).symlink_to(outside, target_is_directory=True)
    repo.commit("Linked year", "2025-04-05")

    run = honors("validate", "--root", str(repo.path), "--config-from", "main", "--format", "json")

    assert list(outside.iterdir()) == [], "nothing written outside the copy"
    assert run.code == 1
    assert any(f["file"] == CAMPAIGN and f["code"] == "F005" for f in run.json()["findings"])


def test_config_from_an_unknown_revision_is_a_clear_error(alliance: Alliance, honors: Any) -> None:
    run = honors("validate", "--root", str(alliance.root), "--config-from", "no-such-base")
    assert run.code == 2 and "找不到版本「no-such-base」" in run.err and "Traceback" not in run.err


def test_config_from_takes_the_frozen_registry_and_decisions_from_the_base(
    alliance: Alliance, honors: Any
) -> None:
    """The office's other files are the base's too: a pull request deleting the decisions does
    not make their problems go away."""
    from generator.pullrequest.trusted import is_office_config

    assert is_office_config(f"{CAMPAIGN}/registry.yaml") and is_office_config(f"{CAMPAIGN}/decisions.yaml")
    assert is_office_config("submissions/registry.yaml") and is_office_config(f"{CAMPAIGN}/campaign.yaml")
    assert not is_office_config(f"{CAMPAIGN}/cities/xian/registry.yaml")
    assert not is_office_config(f"{CAMPAIGN}/office/campaign.yaml")
    repo = alliance.repo
    repo.write(f"{CAMPAIGN}/decisions.yaml", "状态: 拟表彰\n审定日期: 2025-05-01\n先进集体: [nowhere]\n")
    repo.commit("Decisions", "2025-05-01")
    repo.branch("drop-decisions")
    repo.remove(f"{CAMPAIGN}/decisions.yaml")
    repo.commit("No decisions", "2025-05-02")

    own = honors("validate", "--root", str(repo.path), "--format", "json")
    judged = honors("validate", "--root", str(repo.path), "--config-from", "main", "--format", "json")

    assert [f for f in own.json()["findings"] if f["file"].endswith("decisions.yaml")] == []
    assert [f for f in judged.json()["findings"] if f["file"].endswith("decisions.yaml")] != []


def test_the_merge_queue_checks_what_would_land_on_main_as_a_whole(
    alliance: Alliance, tmp_path: Path, summary_file: Path
) -> None:
    """Two pull requests of one city, each within its quota, queued together: the merge group's
    check is red (Q001), without a deadline or ownership judgement of the queue itself."""
    import json

    workflow = load_workflow(PR_WORKFLOW)
    assert workflow["on"]["merge_group"] == {"types": ["checks_requested"]}
    city = alliance.city(0)
    repo = alliance.repo
    repo.write(alliance.city_file(city, "summary"), alliance.summary(city))
    base = repo.commit("Summary", "2025-04-01")
    for name, member in (("collective-a", 0), ("collective-b", 1)):
        repo.branch(name, base)
        repo.write(alliance.city_file(city, name), alliance.collective(city, member))
        repo.commit(name, "2025-04-08")
    repo.git("checkout", "-q", "-b", "gh-readonly-queue/main/pr-2", base)
    repo.merge("collective-a", "2025-04-09")
    repo.merge("collective-b", "2025-04-09")
    head = repo.sha("HEAD")
    payload = Payload(city.editors[0], "main", "gh-readonly-queue/main/pr-2", base, head)
    runner = Runner(checkouts(repo, tmp_path, base), payload, tmp_path / "event.json", summary_file,
                    event_name="merge_group")
    event = {"action": "checks_requested",
             "merge_group": {"base_sha": base, "head_sha": head, "base_ref": "refs/heads/main",
                             "head_ref": "refs/heads/gh-readonly-queue/main/pr-2"},
             "repository": {"full_name": "sxlib/honors", "private": True, "visibility": "private"},
             "sender": {"login": "github-merge-queue[bot]"}}
    runner.event_path.write_text(json.dumps(event), encoding="utf-8")
    context = runner.context()
    context["github"]["event"] = event
    runner.context = lambda: {**context, "steps": runner.steps}  # type: ignore[method-assign]
    ran = {}
    for item in workflow["jobs"]["check"]["steps"]:
        if item.get("id") in (None, "install") or not condition(item.get("if", "success()"), runner.context()):
            continue
        ran[item["id"]] = runner.run(step(workflow, "check", item["id"]))

    assert set(ran) == {"guard", "validate", "codeowners", "summary"}, "no owners check of the queue"
    assert ran["validate"].returncode == 1
    assert annotated(ran["validate"].stdout, "Q001") == {alliance.city_file(city, "collective-a"),
                                                          alliance.city_file(city, "collective-b")}
    for name in ("collective-a", "collective-b"):
        repo.checkout(name)
        alone = runner.run(step(workflow, "check", "validate"))
        assert alone.returncode == 0, (name, alone.stdout)
