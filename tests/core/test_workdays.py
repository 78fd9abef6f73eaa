"""Working days with China's holidays and 调休: the 公示 period is counted in them."""

from __future__ import annotations

from datetime import date

import pytest

from generator.core.workdays import (
    OutsideCalendar,
    is_workday,
    known_years,
    nth_workday,
    workdays_between,
)


def test_a_weekend_and_a_plain_week() -> None:
    assert nth_workday(date(2025, 5, 21), 5) == date(2025, 5, 27)  # Wed … Tue over one weekend
    assert workdays_between(date(2025, 5, 24), date(2025, 5, 25)) == 0


def test_national_day_with_its_weekend_workdays() -> None:
    # 2025: 10月1日—8日 放假; 9月28日（周日）、10月11日（周六）上班.
    assert is_workday(date(2025, 9, 28)) and is_workday(date(2025, 10, 11))
    assert not is_workday(date(2025, 10, 3)) and not is_workday(date(2025, 10, 6))
    assert nth_workday(date(2025, 9, 29), 5) == date(2025, 10, 11)
    assert workdays_between(date(2025, 9, 29), date(2025, 10, 10)) == 4


def test_spring_festival_with_a_saturday_workday() -> None:
    # 2026: 2月15日—23日 放假; 2月14日（周六）上班.
    assert nth_workday(date(2026, 2, 12), 3) == date(2026, 2, 14)
    assert nth_workday(date(2026, 2, 12), 5) == date(2026, 2, 25)


def test_a_start_on_a_holiday_counts_from_the_next_workday() -> None:
    assert nth_workday(date(2025, 10, 1), 1) == date(2025, 10, 9)


def test_a_year_without_data_is_said_not_guessed() -> None:
    first, last = known_years()
    assert first <= 2023 and last >= 2025
    with pytest.raises(OutsideCalendar) as raised:
        nth_workday(date(last + 1, 1, 5), 3)
    assert f"{last + 1} 年的放假安排还没有收录" in str(raised.value)
    assert f"{first}—{last}" in str(raised.value)
