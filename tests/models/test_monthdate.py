"""加盟时间: a month as people write it, nothing vaguer."""

from __future__ import annotations

from datetime import date

import pytest

from generator.models.monthdate import parse_month


@pytest.mark.parametrize(("value", "month"), [
    ("2017-05", "2017-05"), ("2017-5", "2017-05"), ("2017.5", "2017-05"), ("2017/05", "2017-05"),
    ("2017年5月", "2017-05"), ("2017 年 5 月", "2017-05"), ("2017年5月份", "2017-05"),
    ("2017-05-10", "2017-05-10"), ("2017年5月10日", "2017-05-10"), ("2017.5.10", "2017-05-10"),
])
def test_accepted(value: object, month: str) -> None:
    assert parse_month(value) == month


@pytest.mark.parametrize("value", ["十年前", "2017", "2017年", 2017, "2017-13", "2017-051", "2017-05/10",
                                   "2017年2月30日", 2017.1, 2017.5, date(2017, 5, 10), None, True])
def test_refused(value: object) -> None:
    # Only text: the loader passes a text field as written (load/aswritten.py), never YAML's guess.
    assert parse_month(value) is None
