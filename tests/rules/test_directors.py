"""「馆长原则上不参评」: which 职务 make the person the library's head."""

from __future__ import annotations

import pytest

from generator.rules.directors import director_role

HEADS = ["馆长", "代馆长", "执行馆长", "总馆馆长", "西安市图书馆馆长", "副馆长（主持工作）",
         "副馆长(主持工作)", "主持工作的副馆长", "书记、馆长", "党支部书记兼馆长", "馆长（兼）", "书记 馆长"]
NOT_HEADS = ["副馆长", "常务副馆长", "馆长助理", "副馆长、馆长助理", "辅导部主任兼副馆长", "办公室主任",
             "研究馆员", "", None]
UNSURE = ["名誉馆长", "少儿分馆馆长", "荣誉馆长", "业务馆长"]


@pytest.mark.parametrize("position", HEADS)
def test_heads(position: str) -> None:
    assert director_role(position) == "head"


@pytest.mark.parametrize("position", NOT_HEADS)
def test_not_heads(position: str | None) -> None:
    assert director_role(position) is None


@pytest.mark.parametrize("position", UNSURE)
def test_titles_the_notice_does_not_settle(position: str) -> None:
    assert director_role(position) == "unsure"
