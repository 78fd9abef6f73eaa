"""表彰名单.csv: the decided honors, public fields only, readable by Excel."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from generator.check.validate import validate_repository
from generator.forms.roll import PUBLIC_COLUMNS, public_rows, roll_csv
from generator.models import CitySummary, Individual

from .helpers import Generated

PRIVATE_LABELS = {"年龄", "性别", "学历", "联系电话", "电话"}


def _read(demo: Generated) -> tuple[bytes, list[dict[str, str]]]:
    raw = (demo.target / "表彰名单.csv").read_bytes()
    return raw, list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def test_csv_opens_in_excel(demo: Generated) -> None:
    raw, rows = _read(demo)
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads it as UTF-8
    assert b"\r\n" in raw
    assert tuple(rows[0]) == PUBLIC_COLUMNS
    assert not PRIVATE_LABELS & set(rows[0])


def test_columns_as_published(demo: Generated) -> None:
    _, rows = _read(demo)
    assert list(rows[0]) == ["年度", "奖项", "专项工作", "名称/姓名", "单位", "城市", "推荐单位", "状态",
                             "备注"]


def test_special_rows_keep_their_project_by_its_canonical_name(demo_copy: Path) -> None:
    special = demo_copy / "submissions/2024/groups/reading/special-qinling.yaml"
    text = special.read_text(encoding="utf-8").replace("专项工作: 联合阅读推广", "专项工作: 阅读推广服务")
    special.write_text(text, encoding="utf-8")
    repo, _ = validate_repository(demo_copy)  # the rules' view of aliases is not this test's
    campaign = repo.campaigns[0]
    assert campaign.registry is not None or repo.registry is not None
    rows = public_rows(campaign.registry or repo.registry, campaign)  # type: ignore[arg-type]
    qinling = next(r for r in rows if r["名称/姓名"] == "宝鸡市秦岭区图书馆")
    assert (qinling["奖项"], qinling["专项工作"]) == ("联盟专项工作先进集体", "联合阅读推广")
    assert {r["专项工作"] for r in rows if r["奖项"] != "联盟专项工作先进集体"} == {""}


def test_liaisons_listed_as_the_year_says(demo: Generated, decided: Generated) -> None:
    """2024: among the 先进个人 (列入先进个人名单); 2023: a list of their own (单独名单)."""
    _, rows_2024 = _read(demo)
    han = next(r for r in rows_2024 if r["名称/姓名"] == "韩雪梅")
    assert (han["奖项"], han["单位"], han["推荐单位"]) == (
        "联盟工作先进个人", "西安市图书馆", "陕西公共图书馆服务联盟工作委员会办公室")
    assert han["备注"].startswith("委员馆联盟工作联络人")
    _, rows_2023 = _read(decided)
    assert [r["名称/姓名"] for r in rows_2023 if r["奖项"] == "联络人表彰"] == [
        "韩雪梅", "孙立军", "罗丽萍", "白海涛"]


def test_one_row_per_decided_honor(demo: Generated) -> None:
    decisions = demo.campaign.decisions
    assert decisions is not None
    _, rows = _read(demo)
    assert len(rows) == len(decisions.entries) + len(decisions.liaisons)
    assert {r["状态"] for r in rows} == {decisions.status}
    assert {r["年度"] for r in rows} == {str(demo.campaign.year)}
    for entry, row in zip(decisions.entries, rows, strict=False):
        record = demo.campaign.by_rel(entry.nomination)
        assert record is not None
        assert row["奖项"] == entry.award
        assert row["单位"] == record.form.unit  # type: ignore[attr-defined]
        name = getattr(record.form, "name", None) or getattr(record.form, "title", None)
        assert row["名称/姓名"] == (name or record.form.unit)  # type: ignore[attr-defined]
    for honor, row in zip(decisions.liaisons, rows[len(decisions.entries):], strict=True):
        assert row["名称/姓名"] == honor.name
        assert row["备注"]


def test_no_private_value_in_csv(demo: Generated) -> None:
    raw, _ = _read(demo)
    text = raw.decode("utf-8-sig")
    private = []
    for record in demo.campaign.nominations:
        form = record.form
        if isinstance(form, Individual):
            private += [form.education, form.personal_phone or ""]
        private.append(getattr(form, "phone", None) or "")
    private += [s.phone for s in demo.campaign.summaries.values() if isinstance(s, CitySummary)]
    leaked = sorted({p for p in private if p and p in text})
    assert not leaked


def test_formula_like_text_stays_text() -> None:
    row = dict.fromkeys(PUBLIC_COLUMNS, "x")
    row["名称/姓名"] = "=HYPERLINK(\"http://example.com\")"
    [parsed] = list(csv.DictReader(io.StringIO(roll_csv([row]).decode("utf-8-sig"))))
    assert parsed["名称/姓名"].startswith("'=")


def test_rows_spelled_out_by_hand(demo: Generated) -> None:
    """A few rows written from the demo files by hand, byte for byte (CRLF, BOM, no quotes)."""
    office = "陕西公共图书馆服务联盟工作委员会办公室"
    raw = (demo.target / "表彰名单.csv").read_bytes()
    liaison = "委员馆联盟工作联络人（另行表彰，不占名额）"
    assert raw.startswith("\ufeff年度,奖项,专项工作,名称/姓名,单位,城市,推荐单位,状态,备注\r\n".encode())
    for row in (
        "2024,联盟工作先进集体,,西安市灞水区图书馆,西安市灞水区图书馆,西安市,西安市图书馆,拟表彰,",
        "2024,联盟专项工作先进集体,联合参考咨询,咸阳市图书馆,咸阳市图书馆,咸阳市,联合参考咨询工作组,拟表彰,",
        "2024,联盟工作先进个人,,魏晨,陕西省图书馆,,技术支持工作组,拟表彰,",
        f"2024,联盟优秀服务案例,,书香专线：县域总分馆图书物流,商洛市天竺县图书馆,商洛市,{office},拟表彰,",
        # 2024 lists its liaisons among the 先进个人 (联络人表彰方式: 列入先进个人名单).
        f"2024,联盟工作先进个人,,薛婷婷,韩城市图书馆,韩城市,{office},拟表彰,{liaison}",
    ):
        assert f"\r\n{row}\r\n".encode() in raw, row
