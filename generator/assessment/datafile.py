"""A working group's 业务数据 file (CSV or YAML) -> rows of numbers, with file:line:column findings.

CSV as Excel and WPS save it (UTF-8, with or without BOM; a GBK file is explained as F001 does):
a header row with 「单位」 and one column per indicator. YAML: each library a key, under it
「指标: 数值」.
"""

from __future__ import annotations

import csv
import difflib
import functools
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.assessment.numbers import NumberProblem, parse_number
from generator.core.findings import Finding, Severity
from generator.load.textdecode import DecodeProblem, decode
from generator.load.yamlload import LoadError, load_text
from generator.models.names import norm

DATA_FOLDER = "data"
SUFFIXES = (".csv", ".yaml")
MAX_BYTES = 2 * 1024 * 1024
UNIT_COLUMNS = ("单位", "单位名称", "图书馆", "馆名")
CSV_RESAVE_HINT = (
    "请用 Excel 或 WPS 打开该文件，选择「文件 → 另存为」，保存类型选「CSV UTF-8（逗号分隔）」后保存；"
    "或在 GitHub 网页上直接编辑（网页编辑器总是保存为 UTF-8）。"
)


@dataclass
class Row:
    """One library's line: the values read, each with where it was written."""

    unit: str
    line: int
    column: int
    values: dict[str, float] = field(default_factory=dict)


@dataclass
class DataTable:
    path: str  # repo-relative
    rows: list[Row] = field(default_factory=list)


def _f(path: str, line: int | None, col: int | None, code: str, message: str, hint: str,
       severity: Severity = "error") -> Finding:
    return Finding(path, line, col, code, severity, message, hint)


def find_file(folder: Path, stem: str) -> Path | None:
    """The data file named stem (.csv first), or None. Links are not followed (the loader reports
    them): a linked folder or file could read outside the repository."""
    if folder.is_symlink() or folder.parent.is_symlink():
        return None
    for suffix in SUFFIXES:
        candidate = folder / (stem + suffix)
        if candidate.is_file() and not candidate.is_symlink():
            return candidate
    return None


Needs = Callable[[str], list[str]]  # a library's name -> the indicators its standard ranks it on


def read_table(file: Path, rel: str, indicators: list[str], needs: Needs | None = None,
               ) -> tuple[DataTable | None, list[Finding]]:
    """Read one data file; findings for what cannot be read (never raises for bad input).

    indicators: every column the file must have; needs: which of them a given library's row must
    fill (委员馆 and 成员馆 may be ranked on different indicators); all of them by default."""
    needs = needs or (lambda unit: indicators)
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            return None, [_f(rel, None, None, "F004", f"数据文件过大（{size // 1024} KB，上限 {MAX_BYTES // 1024} KB）。",
                             "业务数据每馆一行、每个指标一列即可，请删去与考核无关的内容。")]
        raw = file.read_bytes()
    except OSError as err:
        return None, [_f(rel, None, None, "F005", f"无法读取文件：{err.strerror}", "请检查文件是否存在。")]
    text = decode(raw)
    if isinstance(text, DecodeProblem):
        hint = CSV_RESAVE_HINT if file.suffix == ".csv" else text.hint
        return None, [_f(rel, text.line, None, "F001", text.message, hint)]
    if file.suffix == ".csv":
        return _read_csv(text, rel, indicators, needs)
    return _read_yaml(text, rel, indicators, needs)


def _cell(rel: str, row: Row, name: str, value: object, place: Callable[[], tuple[int, int]],
          findings: list[Finding]) -> None:
    """One value into row; place (line, column) is worked out only when a finding needs it."""
    number = parse_number(value)
    if type(number) is float:
        row.values[name] = number
        return
    line, col = place()
    if isinstance(number, NumberProblem):
        findings.append(_f(rel, line, col, "A003", f"「{row.unit}」的「{name}」：{number.message}", number.hint))
    else:
        # A blank cell is a figure not reported: counted as 0, said so.
        findings.append(_f(rel, line, col, "A003", f"「{row.unit}」的「{name}」是空白，按 0 计算。",
                           "没有开展的请写 0；有数据的请补上。", "warning"))
        row.values[name] = 0.0


def _at_column(line: int, col: Callable[[int], int], i: int) -> tuple[int, int]:
    return line, col(i)


def _columns(line: str) -> list[int]:
    """1-based start column of each field of one CSV line (quotes respected)."""
    starts, quoted, i = [1], False, 0
    while i < len(line):
        ch = line[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            starts.append(i + 2)
        i += 1
    return starts


def _header(rel: str, header: list[str], line: int, cols: list[int], indicators: list[str],
            findings: list[Finding]) -> tuple[int | None, dict[str, int]]:
    names = [norm(h) for h in header]
    unit_at = next((i for i, h in enumerate(names) if h in UNIT_COLUMNS), None)
    if unit_at is None:
        findings.append(_f(rel, line, 1, "A001", "表头（第一行）没有「单位」列。",
                           "第一行写列名：单位,指标1,指标2……，以下每馆一行。"))
        return None, {}
    where: dict[str, int] = {}
    wanted = {norm(i): i for i in indicators}
    for i, h in enumerate(names):
        if h in wanted:
            where[wanted[h]] = i
    for i, h in enumerate(names):
        if i == unit_at or not h or h in wanted:
            continue
        near = difflib.get_close_matches(h, [n for n in wanted if wanted[n] not in where], n=1, cutoff=0.6)
        if near:
            findings.append(_f(rel, line, cols[i] if i < len(cols) else 1, "A001",
                               f"列名「{header[i].strip()}」不是本专项配置的指标，是否想写「{wanted[near[0]]}」？",
                               "列名须与评选方案「考核」中的指标名称一致。"))
    for name in indicators:
        if name not in where:
            findings.append(_f(rel, line, 1, "A001", f"缺少指标「{name}」这一列。",
                               "本专项的指标：" + "、".join(indicators) + "。请在表头加上这一列。"))
    return unit_at, where


def _read_csv(text: str, rel: str, indicators: list[str], needs: Needs) -> tuple[DataTable | None, list[Finding]]:
    findings: list[Finding] = []
    table = DataTable(rel)
    lines = text.split("\n")
    reader = csv.reader(io.StringIO(text))
    unit_at: int | None = None
    where: dict[str, int] = {}
    seen: dict[str, int] = {}
    start = 1
    try:
        for record in reader:
            line, start = start, reader.line_num + 1
            if not any(c.strip() for c in record):
                continue
            raw = lines[line - 1] if line - 1 < len(lines) else ""
            if unit_at is None:
                unit_at, where = _header(rel, record, line, _columns(raw), indicators, findings)
                if unit_at is None:
                    return None, findings
                continue
            _csv_row(rel, record, line, raw, unit_at, where, needs, seen, table, findings)
    except csv.Error as err:
        findings.append(_f(rel, start, None, "A001", f"第 {start} 行的引号没有配对，无法读取：{err}",
                           "请用 Excel 或 WPS 打开后重新另存为 CSV。"))
        return None, findings
    if unit_at is None:
        findings.append(_f(rel, 1, 1, "A001", "数据文件是空的。", "第一行写列名（单位,指标……），以下每馆一行。"))
        return None, findings
    return table, findings


def _csv_row(rel: str, record: list[str], line: int, raw: str, unit_at: int,
             where: dict[str, int], needs: Needs, seen: dict[str, int], table: DataTable,
             findings: list[Finding]) -> None:
    cols: list[int] = []

    def col(i: int) -> int:
        if not cols:  # only where a finding needs it: scanning every line would double the time
            cols.extend(_columns(raw))
        return cols[min(i, len(cols) - 1)]

    unit = record[unit_at].strip() if unit_at < len(record) else ""
    if not unit:
        findings.append(_f(rel, line, col(unit_at), "A001", "这一行没有填「单位」。", "请填写图书馆全称，或删去这一行。"))
        return
    if _duplicate(rel, unit, line, col(unit_at), seen, findings):
        return
    row = Row(unit, line, col(unit_at) if unit_at else 1)
    for name in needs(unit):
        if name in where:
            i = where[name]
            _cell(rel, row, name, record[i] if i < len(record) else None,
                  functools.partial(_at_column, line, col, i), findings)
    table.rows.append(row)


def _duplicate(rel: str, unit: str, line: int, col: int, seen: dict[str, int], findings: list[Finding]) -> bool:
    key = norm(unit)
    if key in seen:
        findings.append(_f(rel, line, col, "A004", f"「{unit}」已在第 {seen[key]} 行出现过。",
                           "每馆只写一行：请合并或删去重复的一行。"))
        return True
    seen[key] = line
    return False


def _read_yaml(text: str, rel: str, indicators: list[str], needs: Needs) -> tuple[DataTable | None, list[Finding]]:
    try:
        doc = load_text(rel, text)
    except LoadError as err:
        return None, [err.finding]
    findings: list[Finding] = []
    table = DataTable(rel)
    seen: dict[str, int] = {}
    for unit, values in doc.data.items():
        line, col = doc.where((str(unit),), key=True)
        if _duplicate(rel, str(unit), line, col, seen, findings):
            continue
        if not isinstance(values, dict):
            findings.append(_f(rel, line, col, "A001", f"「{unit}」下面应是「指标: 数值」，这里不是。",
                               "例如：\n  活动场次: 120\n  参与人次: 3.5万"))
            continue
        row = Row(str(unit), line, col)
        given = {norm(str(k)): k for k in values}
        for name in needs(str(unit)):
            key = given.get(norm(name))
            if key is None:
                near = difflib.get_close_matches(name, [str(k) for k in values], n=1, cutoff=0.6)
                findings.append(_f(rel, line, col, "A001", f"「{unit}」缺少指标「{name}」。",
                                   (f"「{near[0]}」是否就是「{name}」？指标名须与配置一致。" if near
                                    else f"请在「{unit}」下加一行「{name}: 数值」。")))
                continue
            _cell(rel, row, name, values[key], functools.partial(doc.where, (str(unit), str(key))), findings)
        table.rows.append(row)
    return table, findings
