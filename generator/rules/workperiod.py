"""When a person started the work of 从事本工作时间, as far as the text says.

The form asks for free text: 「2016年7月至今」, 「2016.07—」, 「2016-07 至今」, 「8年」. A start month
is read when the text begins with a year (and maybe a month); a duration (「8年」) gives none.
"""

from __future__ import annotations

import re
from datetime import date

_START = re.compile(r"((?:19|20)\d{2})\s*(?:[年.\-/／]\s*(\d{1,2})\s*月?)?")


def work_start(text: str) -> date | None:
    """The first day of the month (or year) the work started, or None for a duration."""
    m = _START.search(text)
    if m is None:
        return None
    year, month = int(m[1]), int(m[2]) if m[2] else 1
    return date(year, month, 1) if 1 <= month <= 12 else date(year, 1, 1)
