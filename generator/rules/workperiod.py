"""When a person started the work of 从事本工作时间, as far as the text says.

The form asks for free text: 「2016年7月至今」, 「2016.07—」, 「2016-07 至今」, 「8年」. A start month
is read from the first year in the text (and its month, 1–12, if one follows); a duration
(「8年」) gives none. Full-width digits (typed with a Chinese input method) count as digits.
The online form reads it the same way (webform/src/workperiod.js, tests/workperiod_cases.json).
"""

from __future__ import annotations

import re
from datetime import date

from generator.models.phone import FULL_WIDTH_DIGITS

_START = re.compile(r"((?:19|20)[0-9]{2})\s*(?:[年.\-/／]\s*(1[0-2]|0?[1-9])(?![0-9])\s*月?)?")


def work_start(text: str) -> date | None:
    """The first day of the month (or of the year) the work started, or None for a duration."""
    m = _START.search(text.translate(FULL_WIDTH_DIGITS))
    if m is None:
        return None
    return date(int(m[1]), int(m[2] or 1), 1)


_ONGOING = ("至今", "今", "现在", "目前")


def work_end(text: str) -> date | None:
    """The last day of the month a 从事本工作时间 range ends (「2010年3月至2019年6月」), or None
    when the work goes on (「至今」), is a duration, or names a single start."""
    plain = text.translate(FULL_WIDTH_DIGITS)
    found = list(_START.finditer(plain))
    if len(found) < 2 or any(word in plain for word in _ONGOING):
        return None
    last = found[-1]
    year, month = int(last[1]), int(last[2] or 12)
    following = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")


def years_named(text: str) -> list[int]:
    """Every year a text names (「2023年」, 「2019—2023」), full-width digits included."""
    return [int(y) for y in _YEAR.findall(text.translate(FULL_WIDTH_DIGITS))]
