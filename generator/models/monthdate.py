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
    """'YYYY-MM' or 'YYYY-MM-DD' for an acceptable value, None for anything vaguer or wrong."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        # YAML reads an unquoted 2017.5 as a number; 2017.1 could have been 2017.10, so refuse it.
        text = repr(value)
        if re.fullmatch(r"(?:19|20)\d{2}\.\d{1,2}", text) and not text.endswith(".1"):
            return parse_month(text)
        return None
    if not isinstance(value, str):
        return None
    m = _MONTH.fullmatch(value.strip())
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
