"""Turning form values into the text printed on paper and safe file names."""

from __future__ import annotations

import re
from datetime import date

from generator.core.textlength import strip_inline

# XML 1.0 (docx, xlsx) cannot hold C0 controls other than tab and newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_BULLET = re.compile(r"^\s*[-*+]\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def clean(text: str) -> str:
    """Text without characters that XML (and so Word and Excel) cannot store."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def cn_date(day: date) -> str:
    """2025-04-01 -> 2025年4月1日, as forms write dates."""
    return f"{day.year}年{day.month}月{day.day}日"


def show(value: object) -> str:
    """A form value as printed: dates in Chinese, 2016-05 as 2016年5月, None as blank."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, date):
        return cn_date(value)
    if isinstance(value, list):
        return "、".join(show(v) for v in value)
    text = clean(str(value))
    match = _YEAR_MONTH.match(text)
    if match:
        return f"{match[1]}年{int(match[2])}月"
    return text


def paragraphs(markdown: str | None) -> list[str]:
    """Light Markdown -> plain paragraphs for paper: links, emphasis and headings unwrapped."""
    if not markdown:
        return []
    result = []
    for line in clean(markdown).split("\n"):
        line = _HEADING.sub("", line)
        line = _BULLET.sub("• ", line)
        line = strip_inline(line).strip()
        if line:
            result.append(line)
    return result


def position_title(position: str | None, title: str | None) -> str:
    """The 职务（职称） column of form 1-3."""
    if position and title:
        return f"{position}（{title}）"
    return position or title or ""


def file_name(stem: str) -> str:
    """A file name Windows accepts: forbidden characters replaced, no trailing dots."""
    name = _WINDOWS_FORBIDDEN.sub("_", clean(stem)).strip().rstrip(".")
    return name[:80] or "未命名"


def enumerate_cn(items: list[str]) -> str:
    """「甲」, 「甲和乙」, 「甲、乙和丙」: a list in running Chinese text."""
    if len(items) < 2:
        return "".join(items)
    return "、".join(items[:-1]) + "和" + items[-1]


WORD_ENDS = "：省市区县"  # a title's colon, a place name's last character: a line may end there


def break_title(title: str, fits: int) -> str:
    """A name or title longer than `fits` characters broken into lines where its words end (after
    a colon, or after 省/市/区/县 of a place: 「榆林市窟野县」「图书馆」), each line as full as it
    may be, so that a table cell never wraps it mid-word (「回行时要做到词意完整」)."""
    if len(title) <= fits:
        return title
    parts = [p for p in re.split(f"(?<=[{WORD_ENDS}])", title) if p]
    lines = [""]
    for part in parts:
        if lines[-1] and len(lines[-1]) + len(part) > fits:
            lines.append("")
        lines[-1] += part
    return "\n".join(lines)
