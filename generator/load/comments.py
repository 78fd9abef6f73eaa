"""F007: text cut off by a YAML comment. In a plain value, ` #` starts a comment, so
`主要事迹: 全年开展活动120场 #全民阅读` keeps 「全年开展活动120场」 and silently drops the hashtag."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.core.findings import Finding

# A line with something before a space-and-# (full-line comments start with #).
_CANDIDATE = re.compile(r"^[ \t]*[^#\s][^\n]*?[ \t]#(?P<comment>[^\n]*)$", re.MULTILINE)


def _strings(data: Any) -> Iterator[str]:
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str):
            yield node


def cut_comments(path: str, text: str, data: Any) -> list[Finding]:
    """A warning for each line whose ` #…` was read as a comment, not as part of a value."""
    if " #" not in text and "\t#" not in text:
        return []
    kept = None
    findings = []
    for m in _CANDIDATE.finditer(text):
        comment = m["comment"].strip()
        if kept is None:
            kept = list(_strings(data))
        fragment = "#" + comment.rstrip("\"'").rstrip()
        if comment and any(fragment in value for value in kept):
            continue  # inside a quoted or block value: the # is text, nothing is lost
        line = text.count("\n", 0, m.start()) + 1
        column = m.start("comment") - (text.rfind("\n", 0, m.start()) + 1)
        shown = comment if len(comment) <= 30 else comment[:30] + "…"
        findings.append(Finding(
            path, line, column, "F007", "warning",
            f"第 {line} 行「#」后面的文字「{shown}」被当作注释，不会保存。",
            "如果这是正文，请给整段文字加英文双引号，或改用「字段: |-」在下一行起缩进书写；"
            "如果是说明，请把它移到单独的一行。",
        ))
    return findings
