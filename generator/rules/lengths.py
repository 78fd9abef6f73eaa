"""S004: a text longer than its limit, counted as printed (generator/core/textlength.py)."""

from __future__ import annotations

from generator.core.findings import Result
from generator.core.textlength import COUNT_RULE, count_chars
from generator.load.records import NominationRecord
from generator.rules.context import at


def check_length(n: NominationRecord, label: str, text: str, limit: int, result: Result) -> None:
    length = count_chars(text)
    if length > limit:
        result.add(at(
            n, (label,), "S004",
            f"「{label}」有 {length} 字，比 {limit} 字的上限多 {length - limit} 字。",
            f"请删减 {length - limit} 字以上（{COUNT_RULE}）。",
        ))
