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
])
def test_nearest_library_keeps_the_county(typed: str, meant: list[str]) -> None:
    assert nearest_libraries(typed, ANKANG | {"陕西省图书馆"}, CITIES) == meant
