"""Reporters print exactly what people and GitHub expect."""

from __future__ import annotations

import json

from generator.check.report import as_github, as_json, as_text
from generator.core.findings import Finding, Result


def _result() -> Result:
    r = Result(files_checked=2)
    r.add(Finding("submissions/2024/cities/xian/b.yaml", 7, 3, "S002", "error", "未知字段「姓明」。", "是否想写「姓名」？"))
    r.add(Finding("submissions/2024/cities/xian/a.yaml", None, None, "E004", "warning", "馆长, 参评：50%", ""))
    return r


def test_text_report_lists_place_code_message_hint() -> None:
    assert as_text(_result()) == (
        "submissions/2024/cities/xian/a.yaml: E004 警告：馆长, 参评：50%\n"
        "submissions/2024/cities/xian/b.yaml:7:3: S002 错误：未知字段「姓明」。\n"
        "    提示：是否想写「姓名」？\n"
        "共检查 2 个文件：1 个错误，1 个警告。\n"
    )


def test_github_report_escapes_workflow_command_syntax() -> None:
    lines = as_github(_result()).splitlines()
    assert lines[0] == "::warning file=submissions/2024/cities/xian/a.yaml,title=E004 警告::馆长, 参评：50%25"
    assert lines[1] == (
        "::error file=submissions/2024/cities/xian/b.yaml,line=7,col=3,title=S002 错误::"
        "未知字段「姓明」。 提示：是否想写「姓名」？"
    )


def test_json_report_carries_the_contract_fields() -> None:
    data = json.loads(as_json(_result()))
    assert data["errors"] == 1 and data["warnings"] == 1
    assert set(data["findings"][0]) == {"code", "severity", "file", "line", "column", "message", "hint"}
    assert [f["code"] for f in data["findings"]] == ["E004", "S002"]


def test_clean_result_says_so_and_exits_zero() -> None:
    r = Result(files_checked=3)
    assert as_text(r) == "共检查 3 个文件，全部通过。\n"
    assert r.exit_code() == 0
