"""Names compare equal however they were written; what differs in meaning stays apart."""

from __future__ import annotations

import pytest

from generator.models.names import norm

SAME = [
    ("阿依古丽·买买提", "阿依古丽•买买提"),  # bullet from Word's symbol menu
    ("阿依古丽·买买提", "阿依古丽・买买提"),  # Japanese katakana middle dot (an IME's default)
    ("阿依古丽·买买提", "阿依古丽 ･ 买买提"),  # half-width katakana dot, spaces around it
    ("阿依古丽·买买提", "阿依古丽‧买买提"),  # hyphenation point
    ("西安市长安塬区图书馆", "西安市長安塬區圖書館"),  # traditional characters
    ("西安市长安塬区图书馆", "西安市长安塬区图书馆\u200b"),  # zero-width space from a web page
    ("西安市长安塬区图书馆", "\ufeff西安市 长安塬区\u3000图书馆"),  # BOM, spaces of any width
    ("ABC图书馆", "ＡＢＣ图书馆"),  # full-width letters
    ("乾县图书馆", "乾縣圖書館"),  # a real county: 乾 is not 干
    ("张  伟", "張偉"),
]
DIFFERENT = [
    ("乾县图书馆", "干县图书馆"),
    ("张伟", "张玮"),
    ("阿依古丽·买买提", "阿依古丽买买提"),  # the dot is part of the name; only its shape is folded
]


@pytest.mark.parametrize(("written", "other"), SAME)
def test_one_name_however_written(written: str, other: str) -> None:
    assert norm(written) == norm(other)


@pytest.mark.parametrize(("written", "other"), DIFFERENT)
def test_different_names_stay_apart(written: str, other: str) -> None:
    assert norm(written) != norm(other)
