"""GitHub's reading of a CODEOWNERS file, modelled apart from generator/pullrequest/owners.py.

Written from GitHub's documentation ("About code owners", its example file): gitignore-style
patterns, the last matching line wins, a line without owners leaves a path unowned.
- A pattern with a slash at the start or in the middle is anchored at the repository root;
  otherwise it matches at any depth (`*.js`, `apps/`).
- A trailing slash means a directory: everything under it, at any depth.
- `*` and `?` stay within one path segment; `**` spans any number of segments.
- A pattern whose last segment is a plain name also covers a directory of that name
  (`**/logs`, `/apps/github`); one ending in a wildcard does not reach deeper (`docs/*`
  matches `docs/getting-started.md`, not `docs/build-app/troubleshooting.md`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    pattern: str
    owners: tuple[str, ...]
    regex: re.Pattern[str]


def _segment(text: str) -> str:
    out = []
    for ch in text:
        out.append("[^/]*" if ch == "*" else "[^/]" if ch == "?" else re.escape(ch))
    return "".join(out)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    directory = pattern.endswith("/")
    body = pattern.strip("/")
    anchored = pattern.startswith("/") or "/" in body
    parts = body.split("/")
    regex = ""
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "**":
            regex += ".*" if last else "(?:[^/]+/)*"
        else:
            regex += _segment(part) + ("" if last else "/")
    start = "^" if anchored else "^(?:[^/]+/)*"
    if directory:
        end = "/.+$"
    elif any(ch in parts[-1] for ch in "*?"):
        end = "$"
    else:
        end = "(?:/.+)?$"
    return re.compile(start + regex + end)


def parse(text: str) -> list[Line]:
    lines = []
    for raw in text.splitlines():
        tokens = raw.split()
        if not tokens or tokens[0].startswith("#"):
            continue
        owners = []
        for token in tokens[1:]:
            if token.startswith("#"):  # an inline comment ends the line
                break
            owners.append(token)
        lines.append(Line(tokens[0], tuple(owners), compile_pattern(tokens[0])))
    return lines


def owners_of(lines: list[Line], path: str) -> tuple[str, ...] | None:
    """The owners GitHub asks for a repository path; () unowned by rule, None no rule at all."""
    found = None
    for line in lines:
        if line.regex.match(path):
            found = line.owners
    return found
