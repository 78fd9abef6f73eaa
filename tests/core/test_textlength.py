"""The 字数 rule (generator/core/textlength.py) on the examples the online form is tested on too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.core.textlength import count_chars, printed_text

CASES = json.loads((Path(__file__).parents[1] / "textlength_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["说明"] for c in CASES])
def test_count_matches_the_shared_example(case: dict[str, Any]) -> None:
    assert count_chars(case["文字"]) == case["字数"]


def test_markup_is_gone_from_the_printed_text() -> None:
    assert printed_text("## 背景\n- **讲座** [网站](https://x.example)") == "背景\n讲座 网站"


def test_a_word_count_is_not_a_character_count() -> None:
    # 500 digits in a row are one number, as Word counts them; 500 Chinese characters are 500.
    assert count_chars("1" * 500) == 1
    assert count_chars("字" * 500) == 500
