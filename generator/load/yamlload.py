"""Load one YAML file safely: size, encoding, alias, tag and depth guards; positions on demand.

Reading is here; what a refused construct is called lives in yamlguard.py, how ruamel's errors
are worded in yamlerrors.py, where a value stands in positions.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.core.findings import Finding
from generator.load.invisible import strip_invisible_from
from generator.load.positions import Loc, Place, Table, index_all, scan_top_level
from generator.load.safeload import safe_load
from generator.load.textdecode import DecodeProblem, decode
from generator.load.yamlerrors import LOAD_ERRORS, finding_for
from generator.load.yamlguard import MAX_DEPTH, SUSPECT, shape_problem, token_problem

__all__ = ["MAX_BYTES", "MAX_DEPTH", "SUSPECT", "Document", "LoadError", "load_file", "load_text"]

MAX_BYTES = 512 * 1024


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

    def where(self, loc: Loc, key: bool = False) -> Place:
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


def _fail(path: str, code: str, message: str, hint: str, line: int | None, col: int | None = None) -> LoadError:
    return LoadError(Finding(path, line, col, code, "error", message, hint))


def _refuse_if(found: Finding | None) -> None:
    if found is not None:
        raise LoadError(found)


def load_text(path: str, text: str) -> Document:
    """Parse decoded text into a Document, or raise LoadError."""
    if SUSPECT.search(text):
        _refuse_if(token_problem(path, text))
    try:
        data = safe_load(text)
    except LOAD_ERRORS as err:
        raise LoadError(finding_for(path, text, err)) from None
    return _document(path, text, data)


def _document(path: str, text: str, data: Any) -> Document:
    """The loaded data as a Document, when it is a mapping of plain values."""
    if shape_problem(data) is not None:
        _refuse_if(token_problem(path, text))  # with the exact place
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
