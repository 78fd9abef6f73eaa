"""The rules page's texts: every code explained, every quotation the notice's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.codes import CODES
from generator.check.rulebook import RULES

NOTICE = (Path(__file__).parents[1] / "data/notice-2024.txt").read_text(encoding="utf-8")


def _bare(text: str) -> str:
    return "".join(text.split()).replace("*", "")


def test_every_code_is_explained_once() -> None:
    assert [r.code for r in RULES] == list(CODES)


@pytest.mark.parametrize("rule", [r for r in RULES if r.notice], ids=lambda r: r.code)
def test_quotations_are_the_notices_words(rule) -> None:
    assert _bare(rule.notice) in _bare(NOTICE)


def test_rules_the_notice_decides_quote_it() -> None:
    decided = {c for c in CODES if c[0] in "EQDA"} - {"E009", "D007"}
    assert {r.code for r in RULES if r.notice} >= decided
