"""The pull-request workflow's own steps, run as GitHub runs them, on a real pull request."""

from __future__ import annotations

import re
from pathlib import Path

from .ghactions import PR_WORKFLOW, Runner, checkouts, condition, load_workflow, step
from .helpers import ROOT, Alliance, Payload

DEPLOY_WORKFLOW = ROOT / ".github/workflows/deploy.yml"

CHECKS = ("validate", "codeowners", "owners", "summary")


def open_pull_request(alliance: Alliance, branch: str, author: str, tmp_path: Path,
                      summary_file: Path) -> Runner:
    """Check out what the check job checks out: the base commit apart (trusted/), and the pull
    request's head merged into base (pr/)."""
    repo = alliance.repo
    payload = Payload(author, "main", branch, repo.sha("main"), repo.sha(branch))
    repo.git("checkout", "-q", "--detach", "main")
    repo.merge(branch, "2025-04-05")
    workspace = checkouts(repo, tmp_path, payload.base_sha)
    return Runner(workspace, payload, payload.write(tmp_path), summary_file)


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_checks_run_even_after_an_earlier_check_failed_but_not_after_the_guard() -> None:
    workflow = load_workflow()
    steps = workflow["jobs"]["check"]["steps"]
    ids = [s.get("id") for s in steps]
    assert ids.index("guard") < min(ids.index(c) for c in CHECKS), "the privacy guard runs first"
    for step_id in CHECKS:
        when = step(workflow, "check", step_id).get("if", "")
        done = {"steps": {"guard": {"outcome": "success"}, "validate": {"outcome": "failure"}},
                "github": {"event_name": "pull_request"}}
        assert condition(when, done), f"{step_id} runs after a failed check"
        assert not condition(when, {"steps": {"guard": {"outcome": "failure"}},
                                    "github": {"event_name": "pull_request"}}), step_id


def test_every_job_runs_the_guard_before_it_reads_the_data() -> None:
    for path in (PR_WORKFLOW, DEPLOY_WORKFLOW):
        for name, job in load_workflow(path).get("jobs", {}).items():
            runs = [s.get("run", "") for s in job["steps"]]
            honors = [i for i, r in enumerate(runs) if r.lstrip().startswith(("honors", "pre-commit"))]
            if honors:
                assert runs[honors[0]].strip() == "honors privacy repo", f"{path.name}:{name}"


def test_the_checks_install_the_runtime_package_only() -> None:
    """No test tools (Playwright, mypy, hypothesis) in a job that gives a librarian feedback."""
    for name in ("check", "site"):
        script = step(load_workflow(), name, "install")["run"]
        installs = re.findall(r"uv pip install .*? (\S+)\s*$", script.replace("\\\n", "\n"), re.M)
        assert len(installs) == 2 and set(installs) == {"."}, (name, installs)
        assert "[test]" not in script and "pip install -e" not in script


def test_a_bad_pull_request_gets_annotations_and_a_summary(
    alliance: Alliance, tmp_path: Path, summary_file: Path
) -> None:
    workflow = load_workflow()
    city, other = alliance.city(0), alliance.city(1)
    repo = alliance.repo
    repo.branch("bad")
    first, second = alliance.city_file(city, "collective-a"), alliance.city_file(city, "collective-b")
    broken = alliance.city_file(city, "individual-a")
    foreign = alliance.city_file(other, "collective-c")
    repo.write(first, alliance.collective(city, 0))
    repo.write(second, alliance.collective(city, 1))
    broken_text = alliance.individual(city).replace("所在部门: ", "所在部门：")
    repo.write(broken, broken_text)
    repo.write(foreign, alliance.collective(other))
    repo.write(alliance.city_file(city, "summary"), alliance.summary(city))
    repo.commit("Nominations", "2025-04-05")
    runner = open_pull_request(alliance, "bad", city.editors[0], tmp_path, summary_file)

    guard = runner.run(step(workflow, "check", "guard"))
    summary = runner.run(step(workflow, "check", "summary"))
    validate = runner.run(step(workflow, "check", "validate"))
    owners = runner.run(step(workflow, "check", "owners"))
    codeowners = runner.run(step(workflow, "check", "codeowners"))

    assert guard.returncode == 0, guard.stdout + guard.stderr
    assert summary.returncode == 0, summary.stderr
    assert validate.returncode == 1, validate.stderr
    assert owners.returncode == 1, owners.stderr
    f002 = f"::error file={broken},line={line_of(broken_text, '所在部门：')},"
    assert any(ln.startswith(f002) and "title=F002 错误::" in ln for ln in validate.stdout.splitlines())
    # A quota finding involves both files: each gets its annotation, and nothing else.
    for path in (first, second):
        assert [ln for ln in validate.stdout.splitlines() if ln.startswith(f"::error file={path},")] != []
        assert all("title=Q001 错误::" in ln for ln in validate.stdout.splitlines()
                   if ln.startswith(f"::error file={path},"))
    assert [ln for ln in owners.stdout.splitlines() if ln.startswith("::error")] == [
        ln for ln in owners.stdout.splitlines() if ln.startswith(f"::error file={foreign},title=D004 错误::")
    ]
    assert f"::error file={foreign},title=D004 错误::" in owners.stdout
    assert "::error file=" + first not in owners.stdout

    text = summary_file.read_text(encoding="utf-8")
    assert text.startswith("## 推荐材料校验结果")
    assert "❌ 有 " in text
    assert f"| {city.name} | {city.committee_library} | 2 / 1 ❌ | 0 / 2 | — |" in text
    assert f"| {other.name} | {other.committee_library} | 1 / 1 | 0 / 2 | — |" in text
    findings = [ln for ln in text.splitlines() if ln.startswith("| `")]
    assert any(f"`{broken}`" in ln and "| F002 | 错误 |" in ln for ln in findings)
    assert any(f"`{second}`" in ln and "| Q001 | 错误 |" in ln for ln in findings)
    assert "### 修改权限与截止日期" in text
    assert any(f"`{foreign}`" in ln and "| D004 | 错误 |" in ln for ln in findings)
    assert codeowners.returncode == 1 and "不一致" in codeowners.stderr, "the repository has none"

def test_a_good_pull_request_passes_every_check(
    alliance: Alliance, tmp_path: Path, summary_file: Path
) -> None:
    workflow = load_workflow()
    city = alliance.city(0)
    assert city.liaison is not None
    alliance.repo.branch("good")
    alliance.repo.write(alliance.city_file(city, "collective-a"), alliance.collective(city))
    alliance.repo.write(alliance.city_file(city, "individual-a"), alliance.individual(city))
    alliance.repo.write(alliance.city_file(city, "individual-liaison"),
                        alliance.individual(city, city.liaison.name, liaison=True))
    alliance.repo.write(alliance.city_file(city, "summary"), alliance.summary(city))
    alliance.repo.commit("Nominations", "2025-04-05")
    runner = open_pull_request(alliance, "good", city.editors[0], tmp_path, summary_file)

    results = {s: runner.run(step(workflow, "check", s))
               for s in ("guard", "summary", "validate", "owners")}

    for name, proc in results.items():
        assert proc.returncode == 0, f"{name}: {proc.stdout}{proc.stderr}"
    assert "::error" not in results["validate"].stdout + results["owners"].stdout
    text = summary_file.read_text(encoding="utf-8")
    assert "✅ 全部通过检查。" in text
    assert f"| {city.name} | {city.committee_library} | 1 / 1 | 1 / 2 | 已推荐 |" in text
    assert "没有发现问题。" in text


def test_the_guard_step_stops_real_data_in_a_public_repository(
    alliance: Alliance, tmp_path: Path, summary_file: Path
) -> None:
    registry = alliance.root / "submissions/registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("演示数据: 是", "演示数据: 否"),
                        encoding="utf-8")
    alliance.repo.commit("Real data", "2025-03-29")
    alliance.repo.branch("any")
    alliance.repo.write(alliance.city_file(alliance.city(0), "collective-a"), alliance.collective(alliance.city(0)))
    alliance.repo.commit("Nomination", "2025-04-05")
    runner = open_pull_request(alliance, "any", alliance.city(0).editors[0], tmp_path, summary_file)
    guard = step(load_workflow(), "check", "guard")

    assert runner.run(guard).returncode == 0, "the payload says private"
    runner.payload.visibility = "public"
    runner.payload.write(tmp_path)
    public = runner.run(guard)
    assert public.returncode == 1 and "仓库隐私检查未通过" in public.stderr
    assert public.stdout.startswith("::error title=个人信息")


def test_the_author_comes_from_the_event_payload(
    alliance: Alliance, tmp_path: Path, summary_file: Path
) -> None:
    """The owners step names the pull request's author from the payload, not the actor."""
    workflow = load_workflow()
    owners = step(workflow, "check", "owners")
    assert owners["env"]["PR_AUTHOR"] == "${{ github.event.pull_request.user.login }}"
    city, other = alliance.city(0), alliance.city(1)
    alliance.repo.branch("theirs")
    alliance.repo.write(alliance.city_file(other, "collective-a"), alliance.collective(other))
    alliance.repo.commit("Nomination", "2025-04-05")
    runner = open_pull_request(alliance, "theirs", other.editors[0], tmp_path, summary_file)

    assert runner.run(owners).returncode == 0
    runner.payload.author = city.editors[0]
    assert runner.run(owners).returncode == 1
