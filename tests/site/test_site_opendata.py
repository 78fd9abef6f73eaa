"""The honor roll is published as open data (CSV) beside its page, with public fields only."""

from __future__ import annotations

import csv
import io

import pytest
from ruamel.yaml import YAML
from sitetools import ROOT, BuiltSite, find_all

from generator.forms.roll import PUBLIC_COLUMNS, public_rows
from generator.load.records import Repository
from generator.models import Individual


def test_each_decided_year_links_its_roll_csv(demo_site: BuiltSite, demo_repo: Repository) -> None:
    for campaign in demo_repo.campaigns:
        assert campaign.decisions is not None
        page = f"{campaign.year}/honors/"
        links = [a.attrs["href"] for a in find_all(demo_site.article(page), "a")
                 if a.attrs.get("href", "").endswith(".csv")]
        assert links == [f"../honor-roll-{campaign.year}.csv"]
        data = (demo_site.path / str(campaign.year) / f"honor-roll-{campaign.year}.csv").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")  # Excel on Windows reads the BOM as UTF-8
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        assert tuple(rows[0]) == PUBLIC_COLUMNS
        assert demo_repo.registry is not None
        assert rows == public_rows(demo_repo.registry, campaign)
        assert len(rows) == len(campaign.decisions.entries) + len(campaign.decisions.liaisons)


def test_roll_csv_carries_no_private_field(demo_site: BuiltSite, demo_repo: Repository) -> None:
    campaign = demo_repo.campaigns[0]
    text = (demo_site.path / str(campaign.year) / f"honor-roll-{campaign.year}.csv").read_text("utf-8-sig")
    people = [n.form for n in campaign.nominations if isinstance(n.form, Individual)]
    assert people
    for person in people:
        if person.personal_phone:
            assert person.personal_phone not in text
        assert f"{person.name},{person.age}" not in text
    for summary in campaign.summaries.values():
        assert summary.phone not in text


# Rows spelled out by hand from the demo's decisions, nominations and registry: a bug in
# public_rows or roll_csv shows here, where comparing with their own output would not.
HEADER = "年度,奖项,专项工作,名称/姓名,单位,城市,推荐单位,状态,备注"
OFFICE = "陕西公共图书馆服务联盟工作委员会办公室"
LIAISON = "委员馆联盟工作联络人（另行表彰，不占名额）"
# 2024 lists its liaisons among the 先进个人 (联络人表彰方式: 列入先进个人名单), 2023 apart.
HAND_ROWS = {
    2024: [
        "2024,联盟工作先进集体,,西安市灞水区图书馆,西安市灞水区图书馆,西安市,西安市图书馆,拟表彰,",
        f"2024,联盟工作先进集体,,西安市图书馆,西安市图书馆,西安市,{OFFICE},拟表彰,",
        "2024,联盟专项工作先进集体,联合阅读推广,宝鸡市秦岭区图书馆,宝鸡市秦岭区图书馆,宝鸡市,阅读推广工作组,拟表彰,",
        "2024,联盟工作先进个人,,王岚,西安市图书馆,西安市,西安市图书馆,拟表彰,",
        "2024,联盟工作先进个人,,钱丽君,阅读推广工作组,,阅读推广工作组,拟表彰,",
        f"2024,联盟优秀服务案例,,书香专线：县域总分馆图书物流,商洛市天竺县图书馆,商洛市,{OFFICE},拟表彰,",
        f"2024,联盟工作先进个人,,韩雪梅,西安市图书馆,西安市,{OFFICE},拟表彰,{LIAISON}",
    ],
    2023: [
        "2023,联盟工作先进个人,,李博,西安市图书馆,西安市,西安市图书馆,已表彰,",
        f"2023,联盟优秀服务案例,,智慧书架：RFID定位找书,西安市图书馆,西安市,{OFFICE},已表彰,",
        f"2023,联络人表彰,,孙立军,宝鸡市图书馆,宝鸡市,{OFFICE},已表彰,{LIAISON}",
    ],
}


@pytest.mark.parametrize("year", sorted(HAND_ROWS))
def test_roll_csv_rows_spelled_out_by_hand(demo_site: BuiltSite, year: int) -> None:
    data = (demo_site.path / str(year) / f"honor-roll-{year}.csv").read_bytes()
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == HEADER
    assert lines[-1] == ""  # every row ends with CRLF, the last one too
    for row in HAND_ROWS[year]:
        assert row in lines[1:], row
    decisions = YAML(typ="safe").load(
        (ROOT / "submissions" / str(year) / "decisions.yaml").read_text(encoding="utf-8"))
    assert len(lines) - 2 == len(decisions["表彰名单"]) + len(decisions["联络人表彰"])
    liaisons = [i for i, line in enumerate(lines) if line.endswith(f",{LIAISON}")]
    assert liaisons
    assert liaisons == list(range(len(lines) - 1 - len(liaisons), len(lines) - 1))  # last
