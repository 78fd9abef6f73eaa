"""Load one YAML file safely: size, alias, tag and depth guards; positions for every value."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError
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
from generator.load.invisible import odd_character, strip_invisible_from
from generator.load.positions import Loc, Table, index_all, scan_top_level
from generator.load.safeload import safe_load
from generator.load.textdecode import DecodeProblem, decode

MAX_BYTES = 512 * 1024
MAX_DEPTH = 12
# Anchors need "&", tags "!", directives a "%" at a line start, merge keys "<<": only files with one of
# these get the (pure-Python) token scan; the rest go straight to the C loader.
SUSPECT = re.compile(r"[&!]|^%|<<", re.MULTILINE)
PLAIN_SCALARS = (str, int, float, bool, type(None), date, datetime)
FULL_WIDTH_COLON_KEY = re.compile(r"^[ \t]*[^\s:#：\-][^:：\n]{0,30}：")
CJK = re.compile(r"[\u4e00-\u9fff]")


class LoadError(Exception):
    """A file that cannot be loaded; carries its finding (not a ValueError on purpose)."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


@dataclass
class Document:
    """A loaded YAML file: plain data, and positions computed on demand."""

    path: str
    text: str
    data: Any
    # The top-level keys as loaded: the line scan for their positions is checked against them
    # (data itself is dropped once a nomination has passed its schema).
    top: tuple[str, ...] = ()
    _top: tuple[Table, Table] | None = field(default=None, repr=False)
    _scanned: bool = field(default=False, repr=False)
    _full: tuple[Table, Table] | None = field(default=None, repr=False)

    def where(self, loc: Loc, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at loc, or of its nearest ancestor."""
        probe = tuple(loc)
        values, keys = (self._top_level() if len(probe) <= 1 else None) or self._everything()
        table = keys if key else values
        while probe:
            if probe in table:
                return table[probe]
            if not key and probe in keys:
                return keys[probe]
            probe = probe[:-1]
        return (1, 1)

    def _top_level(self) -> tuple[Table, Table] | None:
        if not self._scanned:
            self._scanned = True
            self._top = scan_top_level(self.text, self.top) if self._full is None else None
        return self._top

    def _everything(self) -> tuple[Table, Table]:
        if self._full is None:
            self._full = index_all(self.text)
        return self._full


def _fail(path: str, code: str, message: str, hint: str, line: int | None, col: int | None = None):
    return LoadError(Finding(path, line, col, code, "error", message, hint))


def _guard_tokens(path: str, text: str) -> None:
    """Reject aliases, tags, directives and deep nesting before anything is built."""
    depth = 0
    previous = None
    yaml = YAML(typ="rt", pure=True)
    try:
        for token in yaml.scan(text):
            mark = token.start_mark
            line, col = mark.line + 1, mark.column + 1
            if isinstance(token, ScalarToken) and isinstance(previous, KeyToken) and token.plain and token.value == "<<":
                raise _fail(
                    path, "F004", "文件使用了 YAML 合并键「<<」，本系统不接受。",
                    "请把字段直接写出来；若「<<」是正文，请给整段文字加引号。", line, col,
                )
            previous = token
            if isinstance(token, (AnchorToken, AliasToken, TagToken)):
                _text_taken_for_syntax(path, text, line, col)
            if isinstance(token, (AnchorToken, AliasToken)):
                raise _fail(
                    path, "F004", "文件使用了 YAML 锚点或别名（& 或 *），本系统不接受。",
                    "请把内容直接写出来，不要用 & 和 * 引用；若是正文里的星号，请给整段文字加引号。",
                    line, col,
                )
            if isinstance(token, TagToken):
                raise _fail(
                    path, "F004", "文件使用了 YAML 标签（以 ! 开头），本系统不接受。",
                    "请删除以 ! 开头的标记；若是正文里的感叹号，请给整段文字加引号。",
                    line, col,
                )
            if isinstance(token, DirectiveToken):
                raise _fail(
                    path, "F004", "文件使用了 YAML 指令（以 % 开头的行），本系统不接受。",
                    "请删除以 % 开头的那一行（本系统按 YAML 1.2 读取）。", line, col,
                )
            if isinstance(
                token,
                (BlockMappingStartToken, BlockSequenceStartToken,
                 FlowMappingStartToken, FlowSequenceStartToken),
            ):
                depth += 1
                if depth > MAX_DEPTH:
                    raise _fail(
                        path, "F004", f"文件嵌套层次过深（超过 {MAX_DEPTH} 层）。",
                        "推荐材料只需「字段: 内容」两三层结构，请检查缩进或括号是否多余。",
                        line, col,
                    )
            elif isinstance(token, (BlockEndToken, FlowMappingEndToken, FlowSequenceEndToken)):
                depth -= 1
    except YAMLError:
        return  # the parser reports syntax errors with better context


def _text_taken_for_syntax(path: str, text: str, line: int, col: int) -> None:
    """A value starting with & * or ! whose first word is Chinese (「&某某 主任」) is text YAML
    took for an anchor, alias or tag: raise F004 saying so, with the quoted line. A real anchor
    (「&d 阅读推广部」) keeps the general F004 message."""
    start = valuestart.at(text.split("\n"), line)
    if start is not None and start.column == col and CJK.search(start.value.split()[0]):
        raise _fail(path, "F004", start.message(parsed=True), start.hint(), line, col)


def _syntax_finding(path: str, text: str, err: MarkedYAMLError) -> Finding:
    mark = err.problem_mark or err.context_mark
    line = mark.line + 1 if mark else None
    col = mark.column + 1 if mark else None
    lines = text.split("\n")
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


def _reader_finding(path: str, text: str, err: ReaderError) -> Finding:
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


def _value_finding(path: str, text: str) -> Finding:
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


def _shape_problem(data: Any) -> str | None:
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


def load_text(path: str, text: str) -> Document:
    """Parse decoded text into a Document, or raise LoadError."""
    if SUSPECT.search(text):
        _guard_tokens(path, text)
    try:
        data = safe_load(text)
    except DuplicateKeyError as err:
        mark = err.problem_mark
        key = re.search(r'duplicate key "(.*?)"', str(err.problem))
        name = key.group(1) if key else ""
        raise _fail(
            path, "F003", f"字段「{name}」出现了两次。",
            "同一字段只能写一次：删掉重复的一行，或把内容合并到一处。",
            mark.line + 1 if mark else None, mark.column + 1 if mark else None,
        ) from None
    except MarkedYAMLError as err:
        if "could not determine a constructor for the tag" in str(err.problem):
            mark = err.problem_mark
            raise _fail(
                path, "F004", "文件使用了 YAML 标签（以 ! 开头），本系统不接受。",
                "请删除以 ! 开头的标记。", mark.line + 1 if mark else None, None,
            ) from None
        raise LoadError(_syntax_finding(path, text, err)) from None
    except RecursionError:
        _guard_tokens(path, text)
        raise _fail(path, "F004", "文件嵌套层次过深。", "请检查括号与缩进。", None) from None
    except ReaderError as err:
        raise LoadError(_reader_finding(path, text, err)) from None
    except YAMLError as err:
        raise _fail(path, "F002", f"YAML 格式错误：{_explain(str(err))}", "请检查文件格式。", None) from None
    except (ValueError, OverflowError):
        # The constructor builds dates and numbers: 2024-02-30 or a 5,000-digit number.
        raise LoadError(_value_finding(path, text)) from None
    except TypeError:
        # A list or mapping nested inside a key ("[0, [1]]: x") cannot be a dict key.
        line = next((i for i, t in enumerate(text.split("\n"), 1) if t.lstrip()[:1] in ("[", "{", "?")), None)
        raise _fail(
            path, "F002", "文件里有用列表或「{…}」当作字段名的写法，系统无法读取。",
            "字段名只能是文字，例如「姓名: 张三」；以「[」或「{」开头的内容请给整段加引号。", line,
        ) from None
    if _shape_problem(data) is not None:
        _guard_tokens(path, text)  # raises with the exact place
        raise _fail(path, "F004", "文件含有本系统不接受的 YAML 结构（别名、标签或过深的嵌套）。",
                    "推荐材料只需「字段: 内容」两三层结构。", None)
    if data is None:
        raise _fail(path, "F002", "文件是空的。", "请按模板填写各字段（可用 honors new 生成模板）。", 1, 1)
    if not isinstance(data, dict):
        fw = next((i for i, t in enumerate(text.split("\n"), 1) if "：" in t), None)
        hint = (
            f"第 {fw} 行用了中文全角冒号「：」，请改成英文冒号「:」加空格。"
            if fw
            else "文件应由「字段: 内容」组成，例如「姓名: 张三」，不要以「- 」开头写成列表。"
        )
        raise _fail(path, "F002", "文件内容不是「字段: 内容」的形式。", hint, fw or 1, 1)
    data = strip_invisible_from(text, data)
    return Document(path, text, data, tuple(str(k) for k in data))


def load_file(file: Path, rel: str) -> Document:
    """Read, decode and parse one file, or raise LoadError with an F00x finding."""
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise _fail(
                rel, "F004", f"文件过大（{size // 1024} KB，上限 {MAX_BYTES // 1024} KB）。",
                "推荐材料是文字表格，不要把图片或附件内容放进 YAML 文件。", None,
            )
        raw = file.read_bytes()
    except OSError as err:
        raise _fail(rel, "F005", f"无法读取文件：{err.strerror}", "请检查文件是否存在、是否有权限读取。", None) from None
    decoded = decode(raw)
    if isinstance(decoded, DecodeProblem):
        raise _fail(rel, "F001", decoded.message, decoded.hint, decoded.line)
    return load_text(rel, decoded)
