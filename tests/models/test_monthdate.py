"""加盟时间: a month as people write it, nothing vaguer."""

from __future__ import annotations

from datetime import date

import pytest

from generator.models.monthdate import parse_day, parse_month


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


@pytest.mark.parametrize(("value", "day"), [
    ("2024-03-01", date(2024, 3, 1)), ("2024-3-1", date(2024, 3, 1)), ("2024年3月1日", date(2024, 3, 1)),
    ("2024 年 3 月 1 号", date(2024, 3, 1)), ("2024.3.1", date(2024, 3, 1)), ("2024/03/01", date(2024, 3, 1)),
    (" 2024 - 12 - 31 ", date(2024, 12, 31)),
])
def test_a_day_as_people_write_it(value: str, day: date) -> None:
    assert parse_day(value) == day


@pytest.mark.parametrize("value", ["2024-03", "2024年3月", "2024.3/1", "3月1日", "2024年3月1", "明天", 20240301])
def test_another_shape_is_left_to_the_model(value: object) -> None:
    assert parse_day(value) is None


def test_a_day_not_on_the_calendar_is_named() -> None:
    with pytest.raises(ValueError, match=r"「2023年2月29日」不是日历上的日期（2023年没有 2 月 29 日）"):
        parse_day("2023年2月29日")
    assert parse_day("2024年2月29日") == date(2024, 2, 29)
