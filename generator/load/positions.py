"""Where each key and value of a YAML file stands (1-based line and column), found on demand.

Most findings point at a top-level field (「姓名」, 「主要事迹」, a unit's row of 业务数据): those
positions come from a scan of the lines, checked against the keys the loader read. Anything
deeper, or a file the scan does not read exactly as YAML does (a quoted key, a flow mapping, a
document marker), takes ruamel's round-trip parser, which records every node's position.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from generator.models.names import visible

Loc = tuple[str | int, ...]
Place = tuple[int, int]
Table = dict[Loc, Place]

# A top-level plain key: starts at column 1 with no YAML indicator, ends at the first ":" that
# is followed by a space, a tab or the end of the line.
TOP_KEY = re.compile(r"(?P<key>[^\s#\"'\[\]{},&*!|>%@`?:-][^:]*?)[ \t]*:(?:[ \t]+|$)")


def scan_top_level(text: str, keys: tuple[str, ...]) -> tuple[Table, Table] | None:
    """Positions of the top-level keys and their values, or None when the scan cannot be sure:
    the keys found must be exactly `keys` (the loaded mapping's, in order)."""
    lines = text.split("\n")
    values: Table = {}
    found: Table = {}
    for number, line in enumerate(lines, 1):
        if not line or line[0] in " \t#" or line == "-" or line.startswith("- "):
            continue  # content of the field above (its list may start at the margin), a blank, a comment
        match = TOP_KEY.match(line)
        if match is None:
            return None
        loc = (visible(match.group("key")),)
        rest = line[match.end():]
        if rest and not rest.startswith("#"):
            value: Place | None = (number, match.end() + 1)
        else:
            value = _next_content(lines, number)
        if value is None or loc in found:
            return None
        found[loc] = (number, 1)
        values[loc] = value
    if tuple(str(loc[0]) for loc in found) != keys:
        return None
    return values, found


def _next_content(lines: list[str], number: int) -> Place | None:
    """Where a value written below its key starts: the next line that is no blank or comment."""
    for below in range(number, len(lines)):
        content = lines[below]
        stripped = content.lstrip(" ")
        if stripped and not stripped.startswith("#"):
            return (below + 1, len(content) - len(stripped) + 1)
    return None


def index_all(text: str) -> tuple[Table, Table]:
    """Every value's and key's position, from ruamel's round-trip parse (empty if it fails)."""
    values: Table = {}
    keys: Table = {}
    try:
        tree = YAML(typ="rt").load(text)
    except (YAMLError, RecursionError):
        return values, keys
    stack: list[tuple[Loc, Any]] = [((), tree)]
    while stack:
        loc, node = stack.pop()
        if isinstance(node, CommentedMap):
            for k in node:
                child = (*loc, visible(str(k)))
                kl, kc = node.lc.key(k)
                vl, vc = node.lc.value(k)
                keys[child] = (kl + 1, kc + 1)
                values[child] = (vl + 1, vc + 1)
                stack.append((child, node[k]))
        elif isinstance(node, CommentedSeq):
            for i, item in enumerate(node):
                il, ic = node.lc.item(i)
                child = (*loc, i)
                values[child] = keys[child] = (il + 1, ic + 1)
                stack.append((child, item))
    return values, keys
