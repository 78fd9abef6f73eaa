"""Numbers as librarians type them: read exactly, or refused with a reason."""

from __future__ import annotations

import pytest

from generator.assessment.numbers import NumberProblem, parse_number


@pytest.mark.parametrize(("written", "value"), [
    ("1234", 1234.0),
    ("1,234", 1234.0),
    ("12,345,678", 12345678.0),
    ("3.5万", 35000.0),
    ("12万", 120000.0),
    ("1.2亿", 120000000.0),
    ("0.42万", 4200.0),
    ("１２３", 123.0),                # full-width digits (a Chinese input method)
    ("１，２３４．５", 1234.5),        # full-width comma and point
    ("99.1%", 99.1),
    ("９９.１％", 99.1),
    (" 1 234 ", 1234.0),               # spaces of any width dropped (Word, Excel padding)
    ("\u3000８８\u200b", 88.0),        # full-width space, zero-width space
    ("+5", 5.0),
    (120, 120.0),
    (2.5, 2.5),
    (0, 0.0),
])
def test_numbers_read_as_written(written: object, value: float) -> None:
    assert parse_number(written) == pytest.approx(value)


@pytest.mark.parametrize("blank", [None, "", "   ", "\u3000", "\u200b"])
def test_blank_is_none(blank: object) -> None:
    assert parse_number(blank) is None


@pytest.mark.parametrize(("written", "says"), [
    ("约300", "不是数字"),
    ("300场", "不是数字"),
    ("1,23", "千分位逗号位置不对"),
    ("12,34,567", "千分位逗号位置不对"),
    ("1.2.3", "不是数字"),
    ("-5", "负数"),
    ("\u22125", "负数"),               # the minus sign Word substitutes
    ("-3.5万", "负数"),
    (-1, "负数"),
    (True, "不是数字"),
    ([1, 2], "不是数字"),
    (float("nan"), "不是数字"),
    ("万", "不是数字"),
])
def test_refused_with_a_reason(written: object, says: str) -> None:
    problem = parse_number(written)
    assert isinstance(problem, NumberProblem)
    assert says in problem.message
    assert problem.hint
