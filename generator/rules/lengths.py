"""S004: a text longer than its limit, counted as printed (generator/textlength.py)."""

from __future__ import annotations

from generator.findings import Result
from generator.records import NominationRecord
from generator.rules.context import at
from generator.textlength import count_chars

COUNT_RULE = (
    "字数按印出来的文字计：Markdown 符号和空格不计，一个汉字或标点算 1 字，"
    "连写的英文或数字（如 2024、98%）算 1 字"
)


def check_length(n: NominationRecord, label: str, text: str, limit: int, result: Result) -> None:
    length = count_chars(text)
    if length > limit:
        result.add(at(
            n, (label,), "S004",
            f"「{label}」有 {length} 字，比 {limit} 字的上限多 {length - limit} 字。",
            f"请删减 {length - limit} 字以上（{COUNT_RULE}）。",
        ))
