"""The validator's side of the rules the online form ports (phones, 加盟时间, who is a library's
head, when the work started): the shared examples hold for Python.

The browser tests (test_onlineform_browser.py) run the page's JavaScript on the very same
files, so both sides agree case by case.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sitetools import ROOT

from generator.models.monthdate import parse_day, parse_month
from generator.models.phone import phone_problem
from generator.rules.directors import director_role
from generator.rules.workperiod import work_start

PHONES = json.loads((ROOT / "tests/phone_cases.json").read_text(encoding="utf-8"))
MONTHS = json.loads((ROOT / "tests/monthdate_cases.json").read_text(encoding="utf-8"))
DAYS = json.loads((ROOT / "tests/day_cases.json").read_text(encoding="utf-8"))
DIRECTORS = json.loads((ROOT / "tests/director_cases.json").read_text(encoding="utf-8"))
STARTS = json.loads((ROOT / "tests/workperiod_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", PHONES, ids=[c["说明"] for c in PHONES])
def test_phone_example(case: dict[str, Any]) -> None:
    assert phone_problem(case["电话"]) == case["问题"]


@pytest.mark.parametrize("case", MONTHS, ids=[c["说明"] for c in MONTHS])
def test_month_example(case: dict[str, Any]) -> None:
    assert parse_month(case["文字"]) == case["结果"]


@pytest.mark.parametrize("case", DAYS, ids=[c["说明"] for c in DAYS])
def test_day_example(case: dict[str, Any]) -> None:
    try:
        day = parse_day(case["文字"])
    except ValueError:
        day = None  # not on the calendar: the model's finding names it
    assert (day.isoformat() if day else None) == case["结果"]


@pytest.mark.parametrize("case", DIRECTORS, ids=[c["说明"] for c in DIRECTORS])
def test_director_example(case: dict[str, Any]) -> None:
    assert director_role(case["职务"]) == case["结果"]


@pytest.mark.parametrize("case", STARTS, ids=[c["说明"] for c in STARTS])
def test_work_start_example(case: dict[str, Any]) -> None:
    start = work_start(case["文字"])
    assert (start.isoformat() if start else None) == case["开始"]


def test_the_examples_cover_both_outcomes() -> None:
    assert {c["结果"] for c in DIRECTORS} == {"head", "unsure", None}
    assert {c["开始"] is None for c in STARTS} == {True, False}
    assert {c["问题"] is None for c in PHONES} == {True, False}
    assert {c["结果"] is None for c in MONTHS} == {True, False}
    # every reason the validator gives appears at least once
    for reason in ("全角字符", "不该出现的字符", "11 位手机号", "缺少区号", "位数不对", "」里有"):
        assert any(reason in (c["问题"] or "") for c in PHONES), reason
