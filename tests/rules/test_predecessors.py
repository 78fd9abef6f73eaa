"""A working group's 前身: the successor of a former code, and cycles of predecessors."""

from __future__ import annotations

from typing import Any

from generator.models import Registry
from generator.rules.predecessors import cycle_from


def _registry(groups: list[dict[str, Any]]) -> Registry:
    return Registry.model_validate({
        "联盟名称": "联盟", "联盟办": {"名称": "联盟办", "所在单位": "省馆"},
        "城市": [{"代码": "xian", "名称": "西安市", "委员馆": "西安市图书馆", "委员馆加盟时间": "2014-03"}],
        "工作组": [{"名称": g["code"] + "组", "牵头馆": "省馆", "代码": g["code"],
                  "前身": [{"代码": c, "名称": c + "组旧", "变更年份": y} for c, y in g.get("from", [])]}
                 for g in groups],
    })


def test_the_successor_of_a_former_code_from_the_year_of_change() -> None:
    registry = _registry([{"code": "promotion", "from": [("reading", 2025), ("readers", 2026)]},
                          {"code": "reference"}])
    assert registry.successor("reading", 2025).code == "promotion"  # type: ignore[union-attr]
    assert registry.successor("reading", 2024) is None  # not yet changed
    assert registry.successor("readers", 2025) is None and registry.successor("readers", 2026) is not None
    assert registry.successor("reference", 2030) is None  # still a group of its own
    assert registry.successor("unknown", 2030) is None


def test_a_cycle_is_found_whatever_its_length_and_a_chain_is_not_one() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert cycle_from("a", edges) == ["a", "b", "c"]  # a's predecessor is b, b's is c, c's is a
    assert cycle_from("c", edges) == ["c", "a", "b"]
    assert cycle_from("d", edges) is None  # leads into a cycle, is not part of it
    assert cycle_from("e", edges) == ["e"]
    assert cycle_from("x", {"x": {"y"}, "y": {"z"}}) is None
