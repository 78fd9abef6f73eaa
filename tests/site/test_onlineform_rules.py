"""The validator's side of the rules the online form ports: the shared examples hold for Python.

The browser tests (test_onlineform_browser.py) run the page's JavaScript on the very same
files, so both sides agree case by case.
"""

from __future__ import annotations

import json

import pytest
from sitetools import ROOT

from generator.models.monthdate import parse_month
from generator.models.phone import phone_problem

PHONES = json.loads((ROOT / "tests/phone_cases.json").read_text(encoding="utf-8"))
MONTHS = json.loads((ROOT / "tests/monthdate_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", PHONES, ids=[c["说明"] for c in PHONES])
def test_phone_example(case: dict) -> None:
    assert phone_problem(case["电话"]) == case["问题"]


@pytest.mark.parametrize("case", MONTHS, ids=[c["说明"] for c in MONTHS])
def test_month_example(case: dict) -> None:
    assert parse_month(case["文字"]) == case["结果"]


def test_the_examples_cover_both_outcomes() -> None:
    assert {c["问题"] is None for c in PHONES} == {True, False}
    assert {c["结果"] is None for c in MONTHS} == {True, False}
    # every reason the validator gives appears at least once
    for reason in ("全角字符", "不该出现的字符", "11 位手机号", "缺少区号", "位数不对", "是空的"):
        assert any(reason in (c["问题"] or "") for c in PHONES), reason
