"""The 填报指南's field reference, checked against rows written by hand.

test_site_pages compares the page with field_rows(), the function that wrote it; here a few
rows are spelled out from the forms of the notice, the 2024 scheme and the privacy rule, so a
wrong 必填, a lost choice or a private field shown as public fails.
"""

from __future__ import annotations

import pytest
from sitetools import BuiltSite, find_all, table_rows

PHONE = ('座机写区号和号码（如 "029-85420000"、"(029)8542 0000"、"029-85420000转8001"）或 11 位手机号；'
         '可写两个号码，用「、」隔开；须加英文引号')
COUNTED = ("字数按印出来的文字计，与 Word 的「字数」统计一致：Markdown 符号（**、列表符号、# 等）和空格不计，"
           "一个汉字或标点算 1 字，连写的英文或数字（如 2024、4,200、98%）算 1 字")
# The page's tables, in order: 附件 1-1, 1-2, 1-3, 1-4, then the service case.
TABLES = ["collective", "individual", "summary", "special", "case"]
HAND_ROWS = {
    "collective": [
        ["单位", "必填", "推荐单位的全称，须与联盟名录一致", "文字", "是"],
        ["单位负责人", "必填", "单位负责人姓名", "文字", "否"],
        ["加盟时间", "必填", "加入联盟的时间，写到年月，如 2016-05、2016年5月（可加日）",
         '写到年月，如 2016-05、2016年5月、"2016.5"（可加日）', "是"],
        ["评选条件", "必填", "本单位符合的评选条件序号：成员馆 1–2，委员馆 1–3",
         "条件序号列表，如 [1, 2]", "是"],
    ],
    "individual": [
        ["姓名", "必填", "被推荐人姓名", "文字，不超过 20 字", "是"],
        ["性别", "必填", "「男」或「女」（仅用于纸质表，不公开）", "「男」、「女」", "否"],
        ["年龄", "必填", "周岁（仅用于纸质表，不公开）", "整数，16–80", "否"],
        ["从事本工作时间", "必填", "如「2016年7月至今」或「8年」", "文字", "否"],
        ["学历", "必填", "如「大学本科」（仅用于纸质表，不公开）", "文字", "否"],
        ["职务", "选填", "职务，没有可不填", "文字", "是"],
        ["主要事迹", "必填", "主要事迹，500 字以内，可用 Markdown", "不超过 500 字，可用 Markdown；" + COUNTED, "是"],
        ["联系电话", "选填", "个人联系电话（仅用于纸质表，不公开）", PHONE, "否"],
    ],
    "summary": [
        ["经办人", "必填", "经办人姓名", "文字", "否"],
        ["电话", "必填", "经办人电话（仅用于纸质表，不公开）", PHONE, "否"],
    ],
    "special": [
        ["专项工作", "必填", "专项工作名称，须为评选方案中的专项工作之一",
         "「联合阅读推广」、「联合参考咨询」、「地方文献联合征集」、「数字资源服务」、「联盟巡展」、"
         "「特殊群体服务」", "是"],
        ["推荐依据", "必填", "「全省名列前茅」或「较上一年度有较大进步」",
         "「全省名列前茅」、「较上一年度有较大进步」", "是"],
    ],
    "case": [
        ["案例主题", "必填", "评选方案列出的案例主题之一；方案所列主题以「等方面」结尾，其他主题也可申报",
         "方案列出的主题：「数智赋能图书馆建设发展」、「基层服务模式创新」、「地域特色活动开展」、"
         "「图书馆总分馆体系建设」；其他主题也可申报（校验时提示警告）", "是"],
        ["案例简介", "必填", "一两句话的简介，显示在案例卡片上（建议 300 字以内）", f"建议不超过 300 字，超过时只提醒（{COUNTED}）", "是"],
        ["开始日期", "必填", "案例实施开始日期，如 2024-03-01", "日期，如 2024-05-01，也可写 2024年5月1日、2024.5.1", "是"],
        ["联系人", "选填", "案例联系人（可空）", "文字", "否"],
    ],
}


@pytest.fixture(scope="module")
def tables(demo_site: BuiltSite) -> dict[str, list[list[str]]]:
    found = find_all(demo_site.article("guide/fields/"), "table")
    assert len(found) == len(TABLES)
    return {kind: table_rows(t) for kind, t in zip(TABLES, found, strict=True)}


@pytest.mark.parametrize("kind", TABLES)
def test_field_reference_rows_spelled_out_by_hand(tables: dict[str, list[list[str]]],
                                                   kind: str) -> None:
    rows = {r[0]: r for r in tables[kind]}
    for expected in HAND_ROWS[kind]:
        assert rows.get(expected[0]) == expected


def test_form_order_is_the_papers(tables: dict[str, list[list[str]]]) -> None:
    """The keys of form 1-2 come in the order of the paper form's cells."""
    labels = [r[0] for r in tables["individual"]]
    paper = ["姓名", "性别", "年龄", "单位", "从事本工作时间", "所在部门", "学历", "职务", "职称",
             "主要事迹"]
    assert [label for label in labels if label in paper] == paper
