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
