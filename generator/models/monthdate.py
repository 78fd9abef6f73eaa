"""加盟时间 as people write it: a month (or a day), never vaguer, normalised to 2017-05[-10]."""

from __future__ import annotations

import re
from datetime import date

# 2017-05, 2017-5, 2017.5, 2017/05, 2017年5月, 2017-05-10, 2017年5月10日, 2017.5.10
_MONTH = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:"
    r"年\s*(?P<cm>\d{1,2})\s*月份?(?:\s*(?P<cd>\d{1,2})\s*日)?"  # 2017年5月[10日]
    r"|(?P<sep>[-./])\s*(?P<m>\d{1,2})(?:\s*(?P=sep)\s*(?P<d>\d{1,2}))?"  # 2017-05[-10]
    r")"
)


def parse_month(value: object) -> str | None:
    """'YYYY-MM' or 'YYYY-MM-DD' for an acceptable value, None for anything vaguer or wrong.

    The loader hands text fields over as written (load/aswritten.py): an unquoted 2017.10 arrives
    as "2017.10", never as YAML's number 2017.1, so only text is read here."""
    m = _MONTH.fullmatch(value.strip()) if isinstance(value, str) else None
    if m is None:
        return None
    year, month = int(m["y"]), int(m["m"] or m["cm"])
    day = m["d"] or m["cd"]
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, int(day)).isoformat()
    except ValueError:
        return None


# A day as people type it (the online form's webform/src/monthdate.js parseDay takes the same):
# 2024-03-01, 2024-3-1, 2024年3月1日, 2024.3.1, 2024/3/1, spaces between the parts allowed.
_DAY = re.compile(
    r"(?P<y>\d{4})\s*(?:"
    r"年\s*(?P<cm>\d{1,2})\s*月\s*(?P<cd>\d{1,2})\s*[日号]"  # 2024年3月1日
    r"|(?P<sep>[-./])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})"  # 2024-3-1, 2024.3.1, 2024/3/1
    r")"
)


def parse_day(value: object) -> date | None:
    """The day a text names, None for a text of another shape (left to the model's own message).

    Raises ValueError with a Chinese reason for a day's shape that is not on the calendar."""
    text = value.strip() if isinstance(value, str) else ""
    m = _DAY.fullmatch(text)
    if m is None:
        return None
    year, month, day = int(m["y"]), int(m["m"] or m["cm"]), int(m["d"] or m["cd"])
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"「{text}」不是日历上的日期（{year}年没有 {month} 月 {day} 日），请核对") from None
