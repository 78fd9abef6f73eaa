"""A value that starts with a character YAML reads as syntax: name the character, show the fix.

A title pasted with quotation marks (`案例名称: "流动图书车"进乡村`), Markdown bold at the
start of a value (`主要事迹: **加粗**文字`) or `职务: @某某` stop the YAML parser at a place
where its own message ("did not find expected key") would send the user looking for an
indentation mistake. The real cause is the first character of the value; the fix is to wrap
the whole value in quotes (or write it as a `|-` block). A line is blamed only when quoting its
value really lets the parser get further, so the hint never points at a harmless line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# "key: value" (optionally as a list item "- key: value") and bare list items "- value".
MAP_VALUE = re.compile(r"^(?P<head>[ \t]*(?:-[ \t]+)?(?P<key>[^\s:#\"'\[\]{}\-][^:]*?):[ \t]+)(?P<value>\S.*?)[ \t]*$")
ITEM_VALUE = re.compile(r"^(?P<head>[ \t]*-[ \t]+)(?P<value>\S.*?)[ \t]*$")
ROLES = {
    '"': "引号：值到配对的引号为止",
    "'": "引号：值到配对的引号为止",
    "*": "别名（引用另一处内容）的标记",
    "&": "锚点的标记",
    "!": "标签的标记",
    "|": "多行文字的标记（「|」后只能换行）",
    ">": "折叠文字的标记（「>」后只能换行）",
    "[": "列表的开始（要有配对的「]」，且后面不能再有文字）",
    "{": "映射的开始（要有配对的「}」，且后面不能再有文字）",
    "-": "列表项的标记",
    "%": "指令的标记",
    "@": "保留字符（不能放在值的开头）",
    "`": "保留字符（不能放在值的开头）",
    ",": "分隔符（不能放在值的开头）",
    "?": "复杂字段名的标记",
}
CLOSING = {"[": "]", "{": "}"}
MAX_TRIALS = 20  # candidate lines re-parsed per file (the error path only)


@dataclass(frozen=True)
class ValueStart:
    """A line whose value starts with a YAML indicator."""

    line: int
    column: int
    key: str | None
    value: str
    fixed: str

    @property
    def lead(self) -> str:
        return "**" if self.value.startswith("**") else self.value[0]

    def message(self, parsed: bool = False) -> str:
        """Why the value is not read as text; parsed: YAML read it, as something else."""
        where = f"第 {self.line} 行「{self.key}」的值" if self.key else f"第 {self.line} 行列表项的值"
        if parsed:
            role = ROLES[self.lead[0]]
            return f"{where}以「{self.lead}」开头：YAML 把它当作{role}（本系统不接受），而不是文字。"
        if self.lead in "\"'":
            closing = self.value.find(self.lead, 1)
            if closing < 0:
                return f"{where}以英文引号「{self.lead}」开头，却没有配对的结束引号，YAML 读不懂后面的内容。"
            rest = self.value[closing + 1:].strip()
            return (f"{where}以英文引号「{self.lead}」开头：YAML 认为值到配对的引号为止，"
                    f"引号后面的「{_short(rest)}」就多出来了。")
        if self.unclosed_bracket:
            return f"{where}以「{self.lead}」开头，却没有配对的「{CLOSING[self.lead]}」，YAML 读不懂这个值。"
        role = ROLES[self.lead[0]]
        bold = "（Markdown 的加粗「**」放在值的开头也会这样）" if self.lead == "**" else ""
        return f"{where}以「{self.lead}」开头：YAML 把开头的「{self.lead[0]}」当作{role}{bold}，所以读不懂这个值。"

    def hint(self) -> str:
        block = (f"；或写成多行文字：「{self.key}: |-」，下一行起每行缩进两个空格写内容"
                 if self.key else "")
        quotes = "（也可以把英文引号换成中文引号“”）" if self.lead in "\"'" else ""
        quote = f"请给整个值加上英文引号，改成：{self.fixed.strip()}{block}{quotes}。"
        if self.unclosed_bracket:
            return f"若这是{'列表' if self.lead == '[' else '若干「字段: 内容」'}，请在末尾补上「{CLOSING[self.lead]}」；若是一段文字，{quote}"
        return quote

    @property
    def unclosed_bracket(self) -> bool:
        return self.lead in CLOSING and CLOSING[self.lead] not in self.value


def _short(text: str, limit: int = 20) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def _special(value: str) -> bool:
    first = value[0]
    if first in "-?":
        return value == first or value[1] in " \t"  # "-第一" is plain text, "- 第一" a list
    return first in ROLES


def quoted(value: str) -> str:
    """value as one YAML scalar on one line, its text unchanged."""
    if '"' in value and "'" not in value:
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def at(lines: list[str], number: int) -> ValueStart | None:
    """The value-start problem on line `number` (1-based), if its value starts with an indicator."""
    content = lines[number - 1].rstrip("\r")
    match = MAP_VALUE.match(content) or ITEM_VALUE.match(content)
    if match is None or not _special(match["value"]):
        return None
    key = match.groupdict().get("key")
    return ValueStart(number, len(match["head"]) + 1, key, match["value"],
                      match["head"] + quoted(match["value"]))


def find(text: str, error_at: tuple[int, int], parse_error: Callable[[str], tuple[int, int] | None]) -> ValueStart | None:
    """The line, at or above the parser's error, whose quoted value gets the parser further.

    parse_error returns the (line, column) where a text fails to parse, or None if it parses.
    """
    lines = text.split("\n")
    trials = 0
    for number in range(min(error_at[0], len(lines)), 0, -1):
        found = at(lines, number)
        if found is None:
            continue
        trial = [*lines[: number - 1], found.fixed, *lines[number:]]
        after = parse_error("\n".join(trial))
        if after is None or after > error_at:
            return found
        trials += 1
        if trials >= MAX_TRIALS:
            break
    return None
