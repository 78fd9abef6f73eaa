"""A number as a librarian writes it in a spreadsheet: 1,234 / 3.5万 / １２３ / 99.1%."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from generator.models.names import visible

_NUMBER = re.compile(r"^(?P<sign>[+-]?)(?P<int>\d+(?:,\d+)*)(?P<frac>\.\d+)?(?P<scale>万|亿)?(?P<pct>%)?$")
_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_SCALES = {"万": 10_000, "亿": 100_000_000}


@dataclass(frozen=True)
class NumberProblem:
    """Why a cell is not read as a number, worded for the person who typed it."""

    message: str
    hint: str


NUMBER_HINT = "请只写数字，如 1234、1,234、3.5万 或 99.1%；计量单位写在表头（配置的指标单位），不写在格子里。"


def parse_number(value: object) -> float | NumberProblem | None:
    """The value of one cell; None when it is blank."""
    if type(value) is str and value.isdigit() and value.isascii():
        return float(value)  # the usual cell, read without the folding below
    if isinstance(value, bool) or (not isinstance(value, (int, float, str)) and value is not None):
        return NumberProblem(f"「{value}」不是数字。", NUMBER_HINT)
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return _non_negative(float(value), str(value))
    # NFKC folds full-width digits, comma, point and percent sign (１，２３４．５％ -> 1,234.5%).
    text = value if value.isascii() else visible(unicodedata.normalize("NFKC", value)).replace("\u2212", "-")
    text = "".join(text.split())
    if not text:
        return None
    match = _NUMBER.match(text)
    if match is None:
        return NumberProblem(f"「{value.strip()}」不是数字。", NUMBER_HINT)
    digits = match["int"]
    if "," in digits and not _GROUPED.match(digits):
        return NumberProblem(
            f"「{value.strip()}」的千分位逗号位置不对，读不出确定的数。",
            "千分位逗号每三位一个，如 12,345；也可以不写逗号。",
        )
    number = float(digits.replace(",", "") + (match["frac"] or ""))
    number *= _SCALES.get(match["scale"] or "", 1)
    if match["sign"] == "-":
        number = -number
    return _non_negative(number, value.strip())


def _non_negative(number: float, written: str) -> float | NumberProblem:
    if number != number or number in (float("inf"), float("-inf")):
        return NumberProblem(f"「{written}」不是数字。", NUMBER_HINT)
    if number < 0:
        return NumberProblem(f"「{written}」是负数；业务数据是场次、人次、册数等，不能为负。",
                             "请核对原始统计；没有开展的写 0。")
    return number
