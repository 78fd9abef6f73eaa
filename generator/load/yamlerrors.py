"""ruamel.yaml's errors turned into findings (as schemacheck.py turns pydantic's): each kind of
error has its own wording (the table ERRORS, most specific first), with the line, the column and
a fix a librarian can follow. ruamel's English never reaches a user."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from generator.core.findings import Finding
from generator.load import valuestart
from generator.load.invisible import odd_character
from generator.load.safeload import safe_load
from generator.load.yamlguard import token_problem

FULL_WIDTH_COLON_KEY = re.compile(r"^[ \t]*[^\s:#：\-][^:：\n]{0,30}：")


def finding_for(path: str, text: str, err: BaseException) -> Finding:
    """The finding for an error ruamel (or Python, building a value) raised loading text."""
    word = next(word for kind, word in ERRORS if isinstance(err, kind))
    return word(path, text, err)


def _duplicate(path: str, text: str, err: DuplicateKeyError) -> Finding:
    mark = err.problem_mark
    key = re.search(r'duplicate key "(.*?)"', str(err.problem))
    return Finding(path, mark.line + 1 if mark else None, mark.column + 1 if mark else None, "F003", "error",
                   f"字段「{key.group(1) if key else ''}」出现了两次。",
                   "同一字段只能写一次：删掉重复的一行，或把内容合并到一处。")


def _marked(path: str, text: str, err: MarkedYAMLError) -> Finding:
    if "could not determine a constructor for the tag" in str(err.problem):
        mark = err.problem_mark
        return Finding(path, mark.line + 1 if mark else None, None, "F004", "error",
                       "文件使用了 YAML 标签（以 ! 开头），本系统不接受。", "请删除以 ! 开头的标记。")
    return _syntax(path, text, err)


def _too_deep(path: str, text: str, err: RecursionError) -> Finding:
    return token_problem(path, text) or Finding(path, None, None, "F004", "error", "文件嵌套层次过深。",
                                                "请检查括号与缩进。")


def _other_yaml(path: str, text: str, err: YAMLError) -> Finding:
    return Finding(path, None, None, "F002", "error", f"YAML 格式错误：{_explain(str(err))}", "请检查文件格式。")


def _key_not_text(path: str, text: str, err: TypeError) -> Finding:
    # A list or mapping nested inside a key ("[0, [1]]: x") cannot be a dict key.
    line = next((i for i, t in enumerate(text.split("\n"), 1) if t.lstrip()[:1] in ("[", "{", "?")), None)
    return Finding(path, line, None, "F002", "error",
                   "文件里有用列表或「{…}」当作字段名的写法，系统无法读取。",
                   "字段名只能是文字，例如「姓名: 张三」；以「[」或「{」开头的内容请给整段加引号。")


def _typing_slip(path: str, lines: list[str]) -> Finding | None:
    """What a Chinese keyboard leaves that YAML cannot read: a full-width colon, a Tab, a full-width space."""
    for number, content in enumerate(lines, 1):
        if FULL_WIDTH_COLON_KEY.match(content):
            return Finding(
                path, number, content.index("：") + 1, "F002", "error",
                f"第 {number} 行的冒号是中文全角冒号「：」，YAML 只认英文半角冒号「:」。",
                "把「：」改成英文冒号「:」，并在冒号后加一个空格，例如「姓名: 张三」。",
            )
    for number, content in enumerate(lines, 1):
        stripped = content.lstrip(" ")
        if stripped.startswith("\t"):
            return Finding(
                path, number, len(content) - len(stripped) + 1, "F002", "error",
                f"第 {number} 行用 Tab 键缩进，YAML 不允许 Tab。",
                "把行首的 Tab 换成空格（每层两个空格）。",
            )
        if ":\u3000" in content:
            return Finding(
                path, number, content.index(":\u3000") + 2, "F002", "error",
                f"第 {number} 行冒号后面是全角空格（中文输入法下的空格）。",
                "把冒号后的全角空格改成英文半角空格，例如「年龄: 30」。",
            )
        if stripped.startswith("\u3000"):
            return Finding(
                path, number, len(content) - len(stripped) + 1, "F002", "error",
                f"第 {number} 行行首有全角空格（中文输入法下的空格）。",
                "把行首的全角空格删掉，改用英文半角空格缩进。",
            )
    return None


def _syntax(path: str, text: str, err: MarkedYAMLError) -> Finding:
    """F002 for a syntax error: a typing slip named where it is, else the parser's place, worded."""
    mark = err.problem_mark or err.context_mark
    line = mark.line + 1 if mark else None
    col = mark.column + 1 if mark else None
    lines = text.split("\n")
    slip = _typing_slip(path, lines)
    if slip is not None:
        return slip
    hidden = odd_character(path, text, line)
    if hidden is not None:
        return hidden
    if line and col:
        start = valuestart.find(text, (line, col), _parse_error_at)
        if start is not None:
            return Finding(path, start.line, start.column, "F002", "error", start.message(), start.hint())
    problem = (err.problem or "").strip()
    here = lines[line - 1] if line and line <= len(lines) else ""
    if len(here) > 1024 and here.find(":") > 1000 and "expected ':'" in problem:
        return Finding(
            path, line, 1, "F002", "error", f"第 {line} 行的字段名太长（YAML 的字段名最多 1024 个字符）。",
            "字段名须是推荐表上的中文名称；长文字请写在冒号后面。",
        )
    return Finding(
        path, line, col, "F002", "error",
        f"YAML 格式错误：{_explain(problem)}",
        "每行写成「字段: 内容」（英文冒号后加空格）；多行文字用「字段: |」后换行并缩进两个空格；"
        "内容里有冒号、井号等符号时请给整段加引号。",
    )


def _parse_error_at(text: str) -> tuple[int, int] | None:
    """Where the parser stops on text ((0, 0) if unknown), or None if it parses."""
    try:
        safe_load(text)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        return (mark.line + 1, mark.column + 1) if mark else (0, 0)
    except YAMLError:
        return (0, 0)
    except (ValueError, OverflowError, TypeError, RecursionError):
        return None  # the syntax is fine; the value is not
    return None


_PROBLEMS = {
    "could not find expected ':'": "这一行或上一行缺少英文冒号「:」",
    "mapping values are not allowed here": "这一行多了一个冒号，或上一行缩进不对",
    "found character '\\t' that cannot start any token": "有 Tab 字符",
    "did not find expected key": "缩进不一致",
    "found undefined alias": "使用了未定义的别名",
    "did not find expected '-' indicator": "列表项缩进不一致",
}


TIMESTAMP = re.compile(
    r"(?<![\w.-])(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2}))?"
)
LONG_NUMBER = re.compile(r"\d{1000,}")


def _reader(path: str, text: str, err: ReaderError) -> Finding:
    position = err.position if isinstance(err.position, int) else 0
    line = text[:position].count("\n") + 1
    col = position - (text.rfind("\n", 0, position) + 1) + 1
    code = ord(err.character) if isinstance(err.character, str) else int(err.character)
    return Finding(
        path, line, col, "F002", "error",
        f"第 {line} 行有不可见的控制字符（U+{code:04X}），YAML 不允许。",
        "这类字符常在从 Word、网页或 PDF 复制文字时混入：请删掉该处前后的文字后重新输入。",
    )


def _bad_date(match: re.Match[str]) -> bool:
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        datetime(year, month, day, hour, minute, second)
    except ValueError:
        return True
    return False


def _value(path: str, text: str, err: ValueError | OverflowError) -> Finding:
    """Find the value the constructor could not build: an impossible date, a huge number."""
    for number, content in enumerate(text.split("\n"), 1):
        for match in TIMESTAMP.finditer(content):
            if _bad_date(match):
                return Finding(
                    path, number, match.start() + 1, "S003", "error",
                    f"第 {number} 行的日期「{match.group(0)}」不存在。",
                    "日期写成 2024-05-01（年-月-日）；请核对月份（1–12）和该月的天数。",
                )
        found = LONG_NUMBER.search(content)
        if found:
            return Finding(
                path, number, found.start() + 1, "S003", "error",
                f"第 {number} 行的数字太长（{len(found.group(0))} 位）。",
                "请核对这个数字；若是一段文字，请给它加引号。",
            )
    return Finding(
        path, None, None, "S003", "error", "文件中有无法识别的日期或数字。",
        "日期写成 2024-05-01，数字只写阿拉伯数字；若是一段文字，请给它加引号。",
    )


def _explain(problem: str) -> str:
    for english, chinese in _PROBLEMS.items():
        if english in problem:
            return chinese + "。"
    return "文件结构不正确（位置见行号）。"


Word = Callable[[str, str, Any], Finding]
# By the error's type, the most specific first. ValueError and OverflowError come from building a
# value (2024-02-30, a 5,000-digit number), TypeError from a list or mapping used as a key.
ERRORS: tuple[tuple[type[BaseException], Word], ...] = (
    (DuplicateKeyError, _duplicate),
    (MarkedYAMLError, _marked),
    (ReaderError, _reader),
    (YAMLError, _other_yaml),
    (RecursionError, _too_deep),
    (ValueError, _value),
    (OverflowError, _value),
    (TypeError, _key_not_text),
)
LOAD_ERRORS = tuple(kind for kind, _ in ERRORS)
