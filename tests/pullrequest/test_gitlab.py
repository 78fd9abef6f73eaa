"""GitLab: `--format gitlab` is a valid Code Quality report, and the documented .gitlab-ci.yml runs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML

from generator.check.report import as_gitlab
from generator.core.findings import Finding, Result

from .helpers import ROOT, Alliance

FORGES_PAGE = ROOT / "docs/office/forges.md"
# The fields GitLab requires of each Code Quality entry (docs.gitlab.com, "Code Quality report format").
CODE_QUALITY = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "pattern": "^[^/]"},
                    "lines": {"type": "object", "required": ["begin"],
                              "properties": {"begin": {"type": "integer", "minimum": 1}}},
                },
            },
        },
    },
}


def valid_report(text: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(text)
    jsonschema.validate(data, CODE_QUALITY)
    assert len({d["fingerprint"] for d in data}) == len(data), "fingerprints are unique"
    return data


def test_the_schema_can_fail() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"description": "x", "check_name": "S001", "fingerprint": "f",
                              "severity": "error", "location": {"path": "a", "lines": {"begin": 1}}}],
                            CODE_QUALITY)


def test_findings_become_code_quality_entries() -> None:
    result = Result(files_checked=2)
    result.add(Finding("submissions/2024/cities/xian/b.yaml", 7, 3, "S002", "error", "未知字段「姓明」。", "是否想写「姓名」？"))
    result.add(Finding("submissions/2024/cities/xian/a.yaml", None, None, "D004", "error", "无权修改。"))
    result.add(Finding("submissions/2024/cities/xian/a.yaml", None, None, "D004", "error", "无权修改。"))
    result.add(Finding("submissions/2024/cities/xian/c.yaml", 2, 1, "E004", "warning", "馆长。", ""))

    data = valid_report(as_gitlab(result))

    by_path = {(d["location"]["path"], d["location"]["lines"]["begin"]): d for d in data}
    s002 = by_path[("submissions/2024/cities/xian/b.yaml", 7)]
    assert s002["check_name"] == "S002" and s002["severity"] == "critical"
    assert s002["description"] == "S002 错误：未知字段「姓明」。 提示：是否想写「姓名」？"
    assert by_path[("submissions/2024/cities/xian/c.yaml", 2)]["severity"] == "minor"
    assert by_path[("submissions/2024/cities/xian/a.yaml", 1)]["check_name"] == "D004"


def test_a_fingerprint_survives_a_moved_line() -> None:
    a = Result([Finding("f.yaml", 3, 1, "S002", "error", "m")])
    b = Result([Finding("f.yaml", 9, 1, "S002", "error", "m")])
    assert json.loads(as_gitlab(a))[0]["fingerprint"] == json.loads(as_gitlab(b))[0]["fingerprint"]


def test_validate_on_a_broken_copy(demo_copy: Path, honors: Any) -> None:
    bad = demo_copy / "submissions/2024/cities/xian/individual-zz.yaml"
    bad.write_text("推荐奖项: 联盟工作先进个人\n姓明: 张三\n", encoding="utf-8")

    run = honors("validate", "--root", str(demo_copy), "--format", "gitlab")

    assert run.code == 1
    data = valid_report(run.out)
    assert any(d["check_name"] == "S002" and d["location"]["path"].endswith("individual-zz.yaml")
               and d["location"]["lines"]["begin"] == 2 for d in data)


def test_a_clean_run_is_an_empty_report(demo_copy: Path, honors: Any) -> None:
    run = honors("validate", "--root", str(demo_copy), "--format", "gitlab",
                 str(demo_copy / "submissions/registry.yaml"))
    assert run.code == 0 and valid_report(run.out) == []


def documented_job() -> dict[str, Any]:
    text = FORGES_PAGE.read_text(encoding="utf-8")
    block = re.search(r"<!-- gitlab-ci:start -->\n```yaml\n(.*?)```\n<!-- gitlab-ci:end -->", text, re.S)
    assert block, "the page shows the .gitlab-ci.yml example between its markers"
    config = YAML(typ="safe").load(block.group(1))
    job: dict[str, Any] = config["honors-check"]
    return job


def gitlab_variables(job: dict[str, Any], predefined: dict[str, str]) -> dict[str, str]:
    """The job's variables with $NAME expanded from GitLab's predefined ones, as GitLab does."""
    def expand(value: str) -> str:
        return re.sub(r"\$(\w+)", lambda m: predefined.get(m.group(1), ""), value)
    return {**predefined, **{k: expand(str(v)) for k, v in job["variables"].items()}}


def run_job(job: dict[str, Any], workspace: Path, predefined: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The job's script in bash -e (as GitLab's shell executor), installed tools from this venv."""
    lines = [ln for ln in job["script"] if not ln.startswith("python -m pip install")]
    env = {**gitlab_variables(job, predefined),
           "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
           "HOME": str(workspace.parent), "GIT_CONFIG_GLOBAL": predefined["GIT_CONFIG_GLOBAL"]}
    return subprocess.run(["bash", "-e", "-c", "\n".join(lines)], cwd=workspace, env=env,
                          capture_output=True, text=True, check=False, timeout=300)


def predefined(a: Alliance, visibility: str, created: str, login: str) -> dict[str, str]:
    return {
        "CI_PIPELINE_SOURCE": "merge_request_event", "CI_PROJECT_VISIBILITY": visibility,
        "GITLAB_USER_LOGIN": login, "CI_MERGE_REQUEST_DIFF_BASE_SHA": a.repo.sha("main"),
        "CI_COMMIT_SHA": a.repo.sha("HEAD"), "CI_PIPELINE_CREATED_AT": created,
        "CI_PROJECT_DIR": str(a.root), "GIT_CONFIG_GLOBAL": os.environ["GIT_CONFIG_GLOBAL"],
    }


def test_the_documented_gitlab_job_reports_a_merge_requests_problems(alliance: Alliance) -> None:
    job = documented_job()
    assert job["script"][0] == "python -m pip install ."
    assert job["script"][1] == "honors privacy repo", "the guard runs first"
    assert job["artifacts"]["when"] == "always"
    reports = job["artifacts"]["reports"]["codequality"]
    city, other = alliance.city(0), alliance.city(1)
    alliance.repo.branch("mr")
    foreign = alliance.city_file(other, "collective-a")
    alliance.repo.write(foreign, alliance.collective(other))
    broken = alliance.city_file(city, "individual-a")
    alliance.repo.write(broken, alliance.individual(city).replace("所在部门: ", "所在部门："))
    alliance.repo.commit("Merge request", "2025-04-01")  # a commit date before the deadline

    proc = run_job(job, alliance.root, predefined(alliance, "private", "2025-04-09T02:00:00Z", city.editors[0]))

    assert proc.returncode == 1, proc.stdout + proc.stderr
    found = {(d["check_name"], d["location"]["path"]) for r in reports
             for d in valid_report((alliance.root / r).read_text(encoding="utf-8"))}
    assert ("F002", broken) in found
    assert ("D004", foreign) in found
    assert ("D003", broken) in found, "the pipeline's creation time, not the commit date, decides"
    assert "F002 错误" in proc.stdout, "the job log has the text report too"


def test_the_documented_gitlab_job_passes_a_good_merge_request(alliance: Alliance) -> None:
    job = documented_job()
    city = alliance.city(0)
    alliance.repo.branch("good")
    alliance.repo.write(alliance.city_file(city, "collective-a"), alliance.collective(city))
    alliance.repo.write(alliance.city_file(city, "summary"), alliance.summary(city))
    alliance.repo.commit("Merge request", "2025-04-05")

    proc = run_job(job, alliance.root, predefined(alliance, "private", "2025-04-05T02:00:00Z", city.editors[0]))

    assert proc.returncode == 0, proc.stdout + proc.stderr
    for report in job["artifacts"]["reports"]["codequality"]:
        assert valid_report((alliance.root / report).read_text(encoding="utf-8")) == []


def test_the_documented_gitlab_job_stops_real_data_in_a_public_project(alliance: Alliance) -> None:
    registry = alliance.root / "submissions/registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("演示数据: 是", "演示数据: 否"),
                        encoding="utf-8")
    alliance.repo.commit("Real data", "2025-03-29")

    proc = run_job(documented_job(), alliance.root,
                   predefined(alliance, "public", "2025-04-05T02:00:00Z", alliance.office_login))

    assert proc.returncode == 1 and "仓库隐私检查未通过" in proc.stderr
    assert not (alliance.root / "honors-validate.json").exists(), "nothing runs after the guard"
