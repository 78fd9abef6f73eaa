"""S004: a text longer than the notice's limit; E018: longer than the site's advice where the
notice sets none. Counted as printed (generator/core/textlength.py)."""

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


def advise_length(n: NominationRecord, label: str, text: str, advice: int, why: str, fix: str,
                  result: Result) -> None:
    """E018: a length the notice does not set, so a warning saying what the site will show."""
    length = count_chars(text)
    if length > advice:
        result.add(at(
            n, (label,), "E018",
            f"「{label}」有 {length} 字，超过建议的 {advice} 字：{why}（通知没有规定字数，所以只是提醒）。",
            f"建议精简到 {advice} 字以内（{COUNT_RULE}）；{fix}",
            "warning",
        ))
