"""Reporters: text for people, JSON for machines, GitHub annotations and GitLab Code Quality for CI."""

from __future__ import annotations

import hashlib
import json
import unicodedata

from generator.core.findings import Finding, Result

SEVERITY_WORDS = {"error": "错误", "warning": "警告"}


# What a CI log reads as a command when a line starts with it: GitHub's and Gitea's
# `::error …::`, `::add-mask::`, `::stop-commands::`, and the older `##[…]`.
LOG_COMMANDS = ("::", "##[")
ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: str) -> str:
    """text on one line, every control, format or line-separator character shown as an escape
    (`\\n`, `\\u202e`) instead of emitted: a message quoting a file cannot break the line, forge a
    second one, recolour the terminal or reorder what follows."""
    out = []
    for ch in text:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


def _line_start(place: str) -> str:
    """A file name that would start a log command is written ./name (the same file)."""
    return "./" + place if place.lstrip().startswith(LOG_COMMANDS) or place != place.lstrip() else place


def _place(f: Finding) -> str:
    place = visible(f.file)
    if f.line:
        place += f":{f.line}"
        if f.column:
            place += f":{f.column}"
    return place


def as_text(result: Result) -> str:
    lines = []
    for f in result.sorted():
        lines.append(f"{_line_start(_place(f))}: {f.code} {SEVERITY_WORDS[f.severity]}：{visible(f.message)}")
        if f.hint:
            lines.append(f"    提示：{visible(f.hint)}")
    errors, warnings = len(result.errors), len(result.warnings)
    if errors or warnings:
        lines.append(f"共检查 {result.files_checked} 个文件：{errors} 个错误，{warnings} 个警告。")
    else:
        lines.append(f"共检查 {result.files_checked} 个文件，全部通过。")
    return "\n".join(lines) + "\n"


def as_json(result: Result) -> str:
    payload = {
        "files_checked": result.files_checked,
        "errors": len(result.errors),
        "warnings": len(result.warnings),
        "findings": [
            {k: f.as_dict()[k] for k in ("code", "severity", "file", "line", "column", "message", "hint")}
            for f in result.sorted()
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(result: Result) -> str:
    """GitHub workflow commands: ::error file=…,line=…,col=…,title=…::message."""
    lines = []
    for f in result.sorted():
        props = [f"file={_escape_property(f.file)}"]
        if f.line:
            props.append(f"line={f.line}")
            if f.column:
                props.append(f"col={f.column}")
        props.append(f"title={_escape_property(f.code + ' ' + SEVERITY_WORDS[f.severity])}")
        body = visible(f.message + (f" 提示：{f.hint}" if f.hint else ""))
        lines.append(f"::{f.severity} {','.join(props)}::{_escape_data(body)}")
    lines.append(
        f"校验完成：{len(result.errors)} 个错误，{len(result.warnings)} 个警告"
        f"（共 {result.files_checked} 个文件）。"
    )
    return "\n".join(lines) + "\n"


# Code Quality has five levels; an error blocks the merge, a warning does not.
GITLAB_SEVERITY = {"error": "critical", "warning": "minor"}


def as_gitlab(result: Result) -> str:
    """GitLab Code Quality JSON (artifacts:reports:codequality): findings in the merge request.

    The fingerprint leaves the line out, so a finding that only moved is not reported as new;
    identical findings in one file are told apart by their order.
    """
    seen: dict[str, int] = {}
    issues = []
    for f in result.sorted():
        key = "\0".join((f.code, f.file, f.message))
        seen[key] = seen.get(key, 0) + 1
        digest = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32]
        issues.append({
            "description": f"{f.code} {SEVERITY_WORDS[f.severity]}：{f.message}"
                           + (f" 提示：{f.hint}" if f.hint else ""),
            "check_name": f.code,
            "fingerprint": digest,
            "severity": GITLAB_SEVERITY[f.severity],
            "location": {"path": f.file, "lines": {"begin": f.line or 1}},
        })
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


REPORTERS = {"text": as_text, "json": as_json, "github": as_github, "gitlab": as_gitlab}
