"""「是否想写…」 must not change the nominee: a county library is never offered its city's library."""

from __future__ import annotations

import pytest

from generator.rules.context import nearest_libraries

CITIES = ["安康市", "西安市"]
ANKANG = {"安康市图书馆", "安康市瀛湖区图书馆", "安康市汉滨区图书馆"}


@pytest.mark.parametrize(("typed", "meant"), [
    ("安康市宁陕县图书馆", []),  # a county the registry lacks: offering 安康市图书馆 would be wrong
    ("安康图书馆", ["安康市图书馆"]),
    ("安康市瀛湖图书馆", ["安康市瀛湖区图书馆"]),
    ("安康瀛湖区图书馆", ["安康市瀛湖区图书馆"]),
    ("汉滨区图书馆", ["安康市汉滨区图书馆"]),
    ("安康市汉湖区图书馆", ["安康市汉滨区图书馆", "安康市瀛湖区图书馆"]),  # a tie: both offered
    ("西安市碑林区图书馆", []),
    ("陕西省少年儿童图书馆", []),  # another library, not a typo of 陕西省图书馆
    ("安康市瀛胡区图书馆", ["安康市瀛湖区图书馆"]),  # one character wrong in three: still close
    ("安康市宁湖县图书馆", []),  # one character right in three: another county
])
def test_nearest_library_keeps_the_county(typed: str, meant: list[str]) -> None:
    assert nearest_libraries(typed, ANKANG | {"陕西省图书馆"}, CITIES) == meant


def test_at_most_two_of_a_tie_are_offered() -> None:
    pool = {"西安市甲乙区图书馆", "西安市甲丙区图书馆", "西安市甲丁区图书馆"}
    assert nearest_libraries("西安市甲戊区图书馆", pool, ["西安市"]) == ["西安市甲丁区图书馆", "西安市甲丙区图书馆"]


YANGLING = {"杨凌示范区图书馆", "杨凌示范区后稷区图书馆", "西安市图书馆", "宝鸡市图书馆"}
CITY_NAMES = ["杨凌示范区", "西安市", "宝鸡市"]


@pytest.mark.parametrize(("typed", "meant"), [
    ("杨凌农业高新技术产业示范区图书馆", ["杨凌示范区图书馆"]),  # the official full title
    ("杨凌农业高新技术产业示范区后稷区图书馆", ["杨凌示范区后稷区图书馆"]),
    ("西安市图书馆高新分馆", ["西安市图书馆"]),  # a branch is nominated as its library
    ("西安市图书馆（西安市少年儿童图书馆）", ["西安市图书馆"]),  # a second plaque
    ("西安市少年儿童图书馆(西安市图书馆)", ["西安市图书馆"]),
    ("西安市圖書館高新分館", ["西安市图书馆"]),  # traditional characters too
    ("宝鸡市图书馆", []),  # another city's own library is not a typo of this city's
    ("咸阳市图书馆", []),
])
def test_one_matcher_reads_long_titles_branches_and_plaques(typed: str, meant: list[str]) -> None:
    pool = {name for name in YANGLING if name != "宝鸡市图书馆"}
    assert nearest_libraries(typed, pool, CITY_NAMES) == meant
