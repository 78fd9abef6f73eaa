"""「是否想写…」 must not change the nominee: a county library is never offered its city's library."""

from __future__ import annotations

import pytest

from generator.rules.context import nearest_library

CITIES = ["安康市", "西安市"]
ANKANG = {"安康市图书馆", "安康市瀛湖区图书馆", "安康市汉滨区图书馆"}


@pytest.mark.parametrize(("typed", "meant"), [
    ("安康市宁陕县图书馆", None),  # a county the registry lacks: offering 安康市图书馆 would be wrong
    ("安康图书馆", "安康市图书馆"),
    ("安康市瀛湖图书馆", "安康市瀛湖区图书馆"),
    ("安康瀛湖区图书馆", "安康市瀛湖区图书馆"),
    ("汉滨区图书馆", "安康市汉滨区图书馆"),
    ("西安市碑林区图书馆", None),
])
def test_nearest_library_keeps_the_county(typed: str, meant: str | None) -> None:
    assert nearest_library(typed, ANKANG, CITIES) == meant
