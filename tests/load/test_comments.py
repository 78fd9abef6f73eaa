"""F007: text after ` #` in a plain value is a YAML comment and would be lost without a word."""

from __future__ import annotations

from generator.load.comments import cut_comments
from generator.load.yamlload import load_text


def _findings(text: str) -> list[tuple[int, int | None, str]]:
    doc = load_text("x.yaml", text)
    return [(f.line or 0, f.column, f.severity) for f in cut_comments("x.yaml", doc.text, doc.data)]


def test_a_hashtag_after_a_plain_value_is_lost() -> None:
    assert _findings("姓名: 张三\n主要事迹: 全年开展活动120场 #全民阅读\n") == [(2, 18, "warning")]


def test_comments_after_lists_and_numbers_count_too() -> None:
    assert [f[0] for f in _findings("评选条件: [1, 2] # 成员馆\n年龄: 35 #岁\n")] == [1, 2]


def test_hashes_that_are_text_are_kept() -> None:
    text = ('# 说明行\n案例名称: "流动图书车 #进乡村"\n主要事迹: |-\n  活动 #全民阅读\n'
            "网址: https://lib.example/#top\n编号: 第#1名\n")
    assert _findings(text) == []
