"""What YAML allows and a nomination may not use: anchors and aliases, tags, directives, merge keys
and deep nesting, each refused (F004) at its line and column."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.tokens import (
    AliasToken,
    AnchorToken,
    BlockEndToken,
    BlockMappingStartToken,
    BlockSequenceStartToken,
    DirectiveToken,
    FlowMappingEndToken,
    FlowMappingStartToken,
    FlowSequenceEndToken,
    FlowSequenceStartToken,
    KeyToken,
    ScalarToken,
    TagToken,
)

from generator.core.findings import Finding
from generator.load import valuestart

MAX_DEPTH = 12
# Anchors need "&", tags "!", directives a "%" at a line start, merge keys "<<": only files with one of
# these get the (pure-Python) token scan; the rest go straight to the C loader.
SUSPECT = re.compile(r"[&!]|^%|<<", re.MULTILINE)
PLAIN_SCALARS = (str, int, float, bool, type(None), date, datetime)
CJK = re.compile(r"[\u4e00-\u9fff]")

_ANCHOR = ("文件使用了 YAML 锚点或别名（& 或 *），本系统不接受。",
           "请把内容直接写出来，不要用 & 和 * 引用；若是正文里的星号，请给整段文字加引号。")
# What each refused token is called, and what to do instead.
REFUSED: dict[type[Any], tuple[str, str]] = {
    AnchorToken: _ANCHOR,
    AliasToken: _ANCHOR,
    TagToken: ("文件使用了 YAML 标签（以 ! 开头），本系统不接受。",
               "请删除以 ! 开头的标记；若是正文里的感叹号，请给整段文字加引号。"),
    DirectiveToken: ("文件使用了 YAML 指令（以 % 开头的行），本系统不接受。",
                     "请删除以 % 开头的那一行（本系统按 YAML 1.2 读取）。"),
}
OPENS = (BlockMappingStartToken, BlockSequenceStartToken, FlowMappingStartToken, FlowSequenceStartToken)
CLOSES = (BlockEndToken, FlowMappingEndToken, FlowSequenceEndToken)


def token_problem(path: str, text: str) -> Finding | None:
    """The first refused construct in text, from ruamel's token scan (None for a syntax error:
    the parser reports those with better context)."""
    try:
        return _scan(path, text)
    except YAMLError:
        return None


def _scan(path: str, text: str) -> Finding | None:
    depth = 0
    previous = None
    for token in YAML(typ="rt", pure=True).scan(text):
        line, col = token.start_mark.line + 1, token.start_mark.column + 1
        found = _refused(path, text, token, previous, line, col)
        if found is not None:
            return found
        previous = token
        depth += 1 if isinstance(token, OPENS) else -1 if isinstance(token, CLOSES) else 0
        if depth > MAX_DEPTH:
            return Finding(path, line, col, "F004", "error", f"文件嵌套层次过深（超过 {MAX_DEPTH} 层）。",
                           "推荐材料只需「字段: 内容」两三层结构，请检查缩进或括号是否多余。")
    return None


def _refused(path: str, text: str, token: Any, previous: Any, line: int, col: int) -> Finding | None:
    if isinstance(token, ScalarToken) and isinstance(previous, KeyToken) and token.plain and token.value == "<<":
        return Finding(path, line, col, "F004", "error", "文件使用了 YAML 合并键「<<」，本系统不接受。",
                       "请把字段直接写出来；若「<<」是正文，请给整段文字加引号。")
    words = REFUSED.get(type(token))
    if words is None:
        return None
    taken = None if isinstance(token, DirectiveToken) else _text_taken_for_syntax(path, text, line, col)
    return taken or Finding(path, line, col, "F004", "error", *words)


def _text_taken_for_syntax(path: str, text: str, line: int, col: int) -> Finding | None:
    """A value starting with & * or ! whose first word is Chinese (「&某某 主任」) is text YAML
    took for an anchor, alias or tag: F004 saying so, with the quoted line. A real anchor
    (「&d 阅读推广部」) keeps the general F004 message."""
    start = valuestart.at(text.split("\n"), line)
    if start is not None and start.column == col and CJK.search(start.value.split()[0]):
        return Finding(path, line, col, "F004", "error", start.message(parsed=True), start.hint())
    return None


def shape_problem(data: Any) -> str | None:
    """After a C load: shared containers (aliases), odd types (tags), too deep nesting."""
    seen: set[int] = set()
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, (dict, list)):
            if id(node) in seen:
                return "alias"
            seen.add(id(node))
            if depth > MAX_DEPTH:
                return "depth"
            items = node.values() if isinstance(node, dict) else node
            stack.extend((item, depth + 1) for item in items)
            if isinstance(node, dict) and not all(isinstance(k, PLAIN_SCALARS) for k in node):
                return "type"
        elif not isinstance(node, PLAIN_SCALARS):
            return "type"
    return None
