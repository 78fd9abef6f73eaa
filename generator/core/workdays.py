"""Working days in mainland China: weekends, the statutory holidays and their 调休 workdays.

The State Council publishes each year's holiday arrangement late in the year before; the
`chinesecalendar` package carries those announcements as data. A date outside its years is not
guessed: OutsideCalendar says which years it knows, so the caller can tell the office plainly.
"""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar


class OutsideCalendar(Exception):
    """A date whose year's holiday arrangement the calendar data does not hold."""

    def __init__(self, day: date) -> None:
        first, last = known_years()
        super().__init__(f"节假日数据只包含 {first}—{last} 年，{day.year} 年的放假安排还没有收录")
        self.day = day


def known_years() -> tuple[int, int]:
    """The first and last year the holiday data covers."""
    years = sorted({d.year for d in chinese_calendar.holidays})
    return years[0], years[-1]


def is_workday(day: date) -> bool:
    """Whether government offices work that day (a 调休 Saturday is a workday)."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        raise OutsideCalendar(day) from None


def workdays_between(start: date, end: date) -> int:
    """The working days from start to end, both counted; 0 when end is before start."""
    count, day = 0, start
    while day <= end:
        count += is_workday(day)
        day += timedelta(days=1)
    return count


def nth_workday(start: date, n: int) -> date:
    """The day on which a period of n working days that starts on start ends (n >= 1);
    a start on a holiday begins counting from the next working day."""
    day, count = start, 0
    while True:
        if is_workday(day):
            count += 1
            if count == n:
                return day
        day += timedelta(days=1)
