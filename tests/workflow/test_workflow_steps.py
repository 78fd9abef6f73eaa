"""The pull-request workflow's own steps, run as GitHub runs them, on a real pull request."""

from __future__ import annotations

from pathlib import Path

from .ghactions import Runner, load_workflow, step
from .helpers import Alliance, Payload

CHECKS = ("validate", "owners", "pre-commit")


def open_pull_request(alliance: Alliance, branch: str, author: str, tmp_path: Path,
                      summary_file: Path) -> Runner:
    """Check out what GitHub checks out for a pull request: head merged into base."""
    repo = alliance.repo
    payload = Payload(author, "main", branch, repo.sha("main"), repo.sha(branch))
    repo.git("checkout", "-q", "--detach", "main")
    repo.merge(branch, "2025-04-05")
    return Runner(repo.path, payload, payload.write(tmp_path), summary_file)


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_checks_run_even_after_an_earlier_check_failed() -> None:
    workflow = load_workflow()
    for step_id in CHECKS:
        condition = step(workflow, "check", step_id).get("if", "")
        assert "!cancelled()" in condition and "steps.install.outcome" in condition


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

    summary = runner.run(step(workflow, "check", "summary"))
    validate = runner.run(step(workflow, "check", "validate"))
    owners = runner.run(step(workflow, "check", "owners"))

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

    results = {s: runner.run(step(workflow, "check", s)) for s in ("summary", "validate", "owners")}

    for name, proc in results.items():
        assert proc.returncode == 0, f"{name}: {proc.stdout}{proc.stderr}"
    assert "::error" not in results["validate"].stdout + results["owners"].stdout
    text = summary_file.read_text(encoding="utf-8")
    assert "✅ 全部通过。" in text
    assert f"| {city.name} | {city.committee_library} | 1 / 1 | 1 / 2 | 已推荐 |" in text
    assert "没有发现问题。" in text


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
