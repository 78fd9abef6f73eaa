"""The start of 从事本工作时间, read from the free text people write."""

from __future__ import annotations

from datetime import date

import pytest

from generator.rules.workperiod import work_start


@pytest.mark.parametrize(("text", "start"), [
    ("2016年7月至今", date(2016, 7, 1)),
    ("2016.07—", date(2016, 7, 1)),
    ("2016-07 至今", date(2016, 7, 1)),
    ("自2016年起", date(2016, 1, 1)),
    ("2025年1月至今", date(2025, 1, 1)),
    ("2016年", date(2016, 1, 1)),
    ("2016年13月", date(2016, 1, 1)),
    ("２０１６年７月", date(2016, 7, 1)),
    ("8年", None),
    ("十余年", None),
])
def test_work_start(text: str, start: date | None) -> None:
    assert work_start(text) == start
