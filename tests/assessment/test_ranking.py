"""The ranking's arithmetic against a small table computed by hand."""

from __future__ import annotations

from typing import Any

import pytest

from generator.assessment.datafile import DataTable, Row
from generator.assessment.ranking import normalise, rank_project
from generator.models.campaign_config import ProjectAssessment
from generator.models.registry import Registry
from generator.rules.claims import claimed_rank

REGISTRY = Registry.model_validate({
    "联盟名称": "测试联盟",
    "联盟办": {"名称": "联盟办", "所在单位": "陕西省图书馆"},
    "城市": [
        {"代码": "xian", "名称": "西安市", "委员馆": "西安市图书馆", "委员馆加盟时间": "2014-03",
         "委员馆服务人口": 1000,
         "成员馆": [{"名称": "西安市甲区图书馆", "加盟时间": "2015-01", "服务人口": 50},
                   {"名称": "西安市乙县图书馆", "加盟时间": "2015-01"}]},
        {"代码": "baoji", "名称": "宝鸡市", "委员馆": "宝鸡市图书馆", "委员馆加盟时间": "2014-03",
         "委员馆服务人口": 300,
         "成员馆": [{"名称": "宝鸡市丙区图书馆", "加盟时间": "2016-01"}]},
    ],
})

ACTIVITY = {"名称": "活动场次", "权重": 3}
RESPONSE = {"名称": "响应时长", "权重": 1, "方向": "越低越好", "地区调整": "否"}
BOOKS = {"名称": "征集册数", "权重": 1}


def _config(committee: dict[str, Any] | None = None, member: dict[str, Any] | None = None,
            ) -> ProjectAssessment:
    data: dict[str, Any] = {"数据文件": "test"}
    if committee:
        data["委员馆标准"] = committee
    if member:
        data["成员馆标准"] = member
    return ProjectAssessment.model_validate(data)


def _table(rows: dict[str, dict[str, float]]) -> DataTable:
    return DataTable("t.csv", [Row(unit, i + 2, 1, values) for i, (unit, values) in enumerate(rows.items())])


THIS_YEAR = _table({
    "西安市图书馆": {"活动场次": 2000, "响应时长": 2},
    "宝鸡市图书馆": {"活动场次": 900, "响应时长": 4},
    "西安市甲区图书馆": {"征集册数": 400},
    "西安市乙县图书馆": {"征集册数": 100},
    "宝鸡市丙区图书馆": {"征集册数": 250},
})


def test_committee_per_capita_turns_the_order() -> None:
    # Per 万人: 西安 2000/1000 = 2, 宝鸡 900/300 = 3 -> 活动 西安 0, 宝鸡 100 (极差);
    # 响应时长 (lower is better, not adjusted): 西安 (4-2)/2*100 = 100, 宝鸡 0.
    # Totals (3×活动 + 1×响应) / 4: 西安 25, 宝鸡 75.
    config = _config(committee={"地区调整": "人均", "指标": [ACTIVITY, RESPONSE]})
    [ranking] = rank_project(config, THIS_YEAR, REGISTRY)
    assert ranking.label == "委员馆"
    totals: list[tuple[str, int, object]] = [(e.unit, e.rank, e.total) for e in ranking.entries]
    assert totals == [("宝鸡市图书馆", 1, pytest.approx(75.0)), ("西安市图书馆", 2, pytest.approx(25.0))]
    xian = ranking.entry("西安市图书馆")
    assert xian is not None
    assert xian.raw == {"活动场次": 2000, "响应时长": 2}
    assert xian.adjusted == {"活动场次": pytest.approx(2.0), "响应时长": 2}
    assert xian.scores == {"活动场次": pytest.approx(0.0), "响应时长": pytest.approx(100.0)}
    assert "服务人口" in ranking.method and "Σ" in ranking.method


def test_without_adjustment_raw_values_decide() -> None:
    # 活动 西安 2000 -> 100, 宝鸡 0; 响应 西安 100, 宝鸡 0: 西安 100, 宝鸡 0.
    config = _config(committee={"指标": [ACTIVITY, RESPONSE]})
    [ranking] = rank_project(config, THIS_YEAR, REGISTRY)
    assert [(e.unit, e.rank, round(e.total, 6)) for e in ranking.entries] == [
        ("西安市图书馆", 1, 100.0), ("宝鸡市图书馆", 2, 0.0)]


def test_members_ranked_apart_with_city_baselines_and_max_normalisation() -> None:
    # 市基准: 西安 ÷2, 宝鸡 unlisted ÷1 -> 甲 200, 乙 50, 丙 250; 最大值: 80, 20, 100.
    config = _config(
        committee={"指标": [ACTIVITY]},
        member={"标准化": "最大值", "地区调整": "市基准", "市基准系数": {"xian": 2}, "指标": [BOOKS]},
    )
    committee, member = rank_project(config, THIS_YEAR, REGISTRY)
    assert [e.unit for e in committee.entries] == ["西安市图书馆", "宝鸡市图书馆"]
    assert member.label == "成员馆"
    assert [(e.unit, e.rank, round(e.total, 6)) for e in member.entries] == [
        ("宝鸡市丙区图书馆", 1, 100.0), ("西安市甲区图书馆", 2, 80.0), ("西安市乙县图书馆", 3, 20.0)]
    assert "xian 2" in member.method


def test_only_configured_standards_rank() -> None:
    [ranking] = rank_project(_config(member={"指标": [BOOKS]}), THIS_YEAR, REGISTRY)
    assert ranking.label == "成员馆"
    assert ranking.entry("西安市图书馆") is None


def test_per_capita_without_population_leaves_the_library_out() -> None:
    config = _config(member={"地区调整": "人均", "指标": [BOOKS]})
    [ranking] = rank_project(config, THIS_YEAR, REGISTRY)
    assert [e.unit for e in ranking.entries] == ["西安市甲区图书馆"]  # 400 / 50 万人
    assert sorted((row.unit, why) for row, why in ranking.excluded) == [
        ("宝鸡市丙区图书馆", "联盟名录没有登记服务人口，无法按人均调整"),
        ("西安市乙县图书馆", "联盟名录没有登记服务人口，无法按人均调整"),
    ]


def test_equal_scores_share_a_rank() -> None:
    table = _table({"西安市甲区图书馆": {"征集册数": 10}, "西安市乙县图书馆": {"征集册数": 10},
                    "宝鸡市丙区图书馆": {"征集册数": 4}})
    [ranking] = rank_project(_config(member={"指标": [BOOKS]}), table, REGISTRY)
    assert [(e.unit, e.rank) for e in ranking.entries] == [
        ("西安市乙县图书馆", 1), ("西安市甲区图书馆", 1), ("宝鸡市丙区图书馆", 3)]


def test_progress_over_last_year() -> None:
    # 西安: 活动 1600 -> 2000 is +25 %; 响应 2.5 -> 2 h is 20 % less, lower is better: +20 %.
    # Weighted (3×25 + 1×20) / 4 = 23.75. 宝鸡: 活动 0 last year (no rate), 响应 4 -> 4: 0 %.
    last = _table({"西安市图书馆": {"活动场次": 1600, "响应时长": 2.5},
                   "宝鸡市图书馆": {"活动场次": 0, "响应时长": 4}})
    config = _config(committee={"地区调整": "人均", "指标": [ACTIVITY, RESPONSE]})
    [ranking] = rank_project(config, THIS_YEAR, REGISTRY, last)
    xian, baoji = ranking.entry("西安市图书馆"), ranking.entry("宝鸡市图书馆")
    assert xian is not None and baoji is not None
    assert xian.growth == {"活动场次": pytest.approx(25.0), "响应时长": pytest.approx(20.0)}
    assert xian.progress == pytest.approx(23.75)
    assert baoji.growth == {"响应时长": pytest.approx(0.0)}
    assert baoji.progress == pytest.approx(0.0)
    # Last year ranked with this year's standard: 西安 1.6 per 万人 and 2.5 h beats 宝鸡 0 and 4 h.
    assert (xian.last_rank, baoji.last_rank) == (1, 2)


def test_no_progress_without_last_year_row() -> None:
    last = _table({"西安市图书馆": {"活动场次": 1600, "响应时长": 2.5}})
    [ranking] = rank_project(_config(committee={"指标": [ACTIVITY, RESPONSE]}), THIS_YEAR, REGISTRY, last)
    baoji = ranking.entry("宝鸡市图书馆")
    assert baoji is not None and baoji.progress is None and baoji.last_rank is None


@pytest.mark.parametrize(("values", "how", "higher", "scores"), [
    ([2, 4, 6], "极差", True, [0, 50, 100]),
    ([2, 4, 6], "极差", False, [100, 50, 0]),
    ([5, 5], "极差", True, [100, 100]),
    ([2, 4, 8], "最大值", True, [25, 50, 100]),
    ([2, 4, 8], "最大值", False, [100, 50, 25]),
    ([0, 0], "最大值", True, [0, 0]),
    ([0, 4], "最大值", False, [100, 0]),
    ([], "极差", True, []),
])
def test_normalise(values: list[float], how: str, higher: bool, scores: list[float]) -> None:
    assert normalise(values, how, higher) == pytest.approx(scores)


@pytest.mark.parametrize(("text", "rank"), [
    ("联合参考咨询考核全省第1名", 1),
    ("全省第 ３ 名；专题咨询单项第1名", 3),
    ("专题咨询单项第1名；全省第4名", 4),
    ("由2023年度第45名上升至第14名", 14),
    ("2024年度考核第2名", 2),
    ("排名靠前", None),
    ("2023年度第5名", None),
])
def test_claimed_rank(text: str, rank: int | None) -> None:
    assert claimed_rank(text, 2024) == rank
