"""S004: a text longer than its limit, counted as printed (generator/textlength.py)."""

from __future__ import annotations

from generator.findings import Result
from generator.records import NominationRecord
from generator.rules.context import at
from generator.textlength import COUNT_RULE, count_chars


def check_length(n: NominationRecord, label: str, text: str, limit: int, result: Result) -> None:
    length = count_chars(text)
    if length > limit:
        result.add(at(
            n, (label,), "S004",
            f"「{label}」有 {length} 字，比 {limit} 字的上限多 {length - limit} 字。",
            f"请删减 {length - limit} 字以上（{COUNT_RULE}）。",
        ))
