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
