"""奖牌清单.xlsx: one row per honored collective, the engraving spelled out, the registry's name."""

from __future__ import annotations

from openpyxl import load_workbook

from generator.forms.labels import registry_unit

from .helpers import Generated

SIGNER = "陕西公共图书馆服务联盟工作委员会"


def _rows(decided: Generated) -> list[tuple[object, ...]]:
    ws = load_workbook(decided.target / "奖牌清单.xlsx")["奖牌清单"]
    return [tuple(c.value for c in row) for row in ws.iter_rows(min_row=3)]


def test_one_row_per_collective_with_its_engraving(decided: Generated) -> None:
    head, *rows = _rows(decided)
    assert head == ("序号", "奖项", "专项工作", "单位全称（联盟名录）", "所在城市", "刻字内容", "数量", "备注",
                    "奖牌编号")
    assert [r[3] for r in rows] == ["宝鸡市渭川区图书馆", "汉中市天汉区图书馆", "西安市终南县图书馆",
                                    "延安市劳山县图书馆", "宝鸡市石鼓县图书馆", "汉中市牧马县图书馆"]
    assert rows[0] == (1, "联盟工作先进集体", None, "宝鸡市渭川区图书馆", "宝鸡市",
                       f"宝鸡市渭川区图书馆\n2023年度联盟工作先进集体\n{SIGNER}\n二〇二四年五月\n"
                       "编号：SXLA2023-JT-001", 1, None, "SXLA2023-JT-001")
    assert rows[4][:3] == (5, "联盟专项工作先进集体", "联合阅读推广")
    # The plaques are listed by project (地方文献 before 阅读推广), numbered in the decision's order.
    assert rows[4][5] == (f"宝鸡市石鼓县图书馆\n2023年度联盟专项工作先进集体\n（联合阅读推广）\n{SIGNER}\n"
                          "二〇二四年五月\n编号：SXLA2023-ZX-002")
    assert all(r[6] == 1 for r in rows)


def test_prints_on_a4_landscape_with_the_header_on_every_page(decided: Generated) -> None:
    ws = load_workbook(decided.target / "奖牌清单.xlsx")["奖牌清单"]
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == "$3:$3"
    assert ws.freeze_panes == "A4"
    assert ws["A1"].value == "2023年度先进集体奖牌制作清单"


def test_the_unit_is_spelled_as_in_the_registry(decided: Generated) -> None:
    registry = decided.campaign.registry
    assert registry is not None
    assert registry_unit(registry, "宝鸡市　渭川区图书馆 ") == "宝鸡市渭川区图书馆"
    assert registry_unit(registry, "宝鸡市渭川图书馆") is None
