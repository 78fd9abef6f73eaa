"""Phone numbers as people write them (tests/phone_cases.json is shared with the online form)."""

from __future__ import annotations

import pytest

from generator.models.phone import phone_problem

ACCEPTED = ["029-85420000", "029 8542 0000", "029-8462 0101", "02985420000", "(029)84620101",
            "（029）8462-0101", "029-84620101转8001", "029-84620101-8001", "029-84620101分机8001",
            "0917-3210000", "010-12345678", "13800000000", "138-0000-0000", "138 0000 0000",
            "+86 138 0000 0000", "0086-13800000000", "+86-29-85420000", "400-123-4567",
            "029-85420000、13800000000", "029-85420000 / 029-85420001", "029-8542000"]
REFUSED = {
    "０２９-85420000": "全角字符「０」",
    "029-8462O101": "字符「O」",
    "85420000": "缺少区号",
    "1380000000": "不像 11 位手机号",
    "029-123": "位数不对",
    "": "位数不对",
    "029-85420000、8542": "「8542」",
}


@pytest.mark.parametrize("text", ACCEPTED)
def test_accepted(text: str) -> None:
    assert phone_problem(text) is None


@pytest.mark.parametrize(("text", "reason"), REFUSED.items())
def test_refused_with_the_reason(text: str, reason: str) -> None:
    problem = phone_problem(text)
    assert problem is not None and reason in problem
