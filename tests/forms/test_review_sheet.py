"""审议评分表.xlsx: the facts per nomination, a score column per working group, mean and rank."""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from generator.forms.convert import convert, soffice
from generator.models import Individual

from .helpers import Generated

HEAD = ["序号", "奖项", "专项工作", "名称/姓名", "单位", "所在城市", "推荐渠道", "推荐单位", "申报条件",
        "推荐依据", "考核排名（业务数据）", "备注", "阅读推广工作组", "联合参考咨询工作组", "地方文献联合征集工作组",
        "数字资源服务工作组", "联盟巡展工作组", "特殊群体服务工作组", "技术支持工作组",
        "平均分", "排名", "审议意见"]
SCORES = ("M", "S")  # the reviewers' columns
MEAN, RANK = "T", "U"


def _calc_installed() -> bool:
    """LibreOffice's spreadsheet part (Debian: libreoffice-calc-nogui) beside its program."""
    program = soffice()
    if program is None:
        return False
    folder = Path(os.path.realpath(shutil.which(program) or program)).parent
    return any(folder.glob("libsclo.*")) or any(folder.glob("*calc*"))


def _sheet(demo: Generated) -> Worksheet:
    return load_workbook(demo.target / "审议评分表.xlsx")["审议评分"]


def _rows(ws: Worksheet) -> dict[str, dict[str, object]]:
    """名称/姓名 -> the row's values by heading."""
    return {str(r[3]): dict(zip(HEAD, r, strict=False))
            for r in ws.iter_rows(min_row=4, values_only=True)}


def test_header_and_one_row_per_nomination(demo: Generated) -> None:
    ws = _sheet(demo)
    assert [c.value for c in ws[3]] == HEAD
    assert ws.max_row - 3 == len(demo.campaign.nominations)
    assert ws["A1"].value == "2024年度联盟工作先进评选工作组会议审议评分表"
    assert "联盟工作先进集体不超过15个" in str(ws["A2"].value)
    assert "联合阅读推广3" in str(ws["A2"].value)


def test_facts_the_groups_weigh(demo: Generated) -> None:
    rows = _rows(_sheet(demo))
    bashui = rows["西安市灞水区图书馆"]
    assert [bashui[k] for k in ("奖项", "专项工作", "所在城市", "推荐渠道", "推荐单位", "申报条件")] == [
        "联盟工作先进集体", "—", "西安市", "委员馆推荐", "西安市图书馆", "第1、2项"]
    qinling = rows["宝鸡市秦岭区图书馆"]
    assert [qinling[k] for k in ("奖项", "专项工作", "推荐渠道", "推荐单位", "推荐依据")] == [
        "联盟专项工作先进集体", "联合阅读推广", "工作组推荐", "阅读推广工作组",
        "全省名列前茅；联合阅读推广工作考核全省成员馆第2名（96.5分）"]
    office = rows["西安市图书馆"]
    assert (office["推荐渠道"], office["申报条件"], office["备注"]) == (
        "联盟办推选", "第1、2、3项", "委员馆（由联盟办及工作组推选）")
    assert rows["韩雪梅"]["备注"] == "联络人（另行表彰，不占名额）"
    assert str(rows["汪德明"]["备注"]).startswith("馆长（")
    assert rows["王岚"]["申报条件"] == "阅读推广"


def test_computed_rank_beside_each_special_entry(demo: Generated) -> None:
    # The demo's 2024 and 2023 business data (地方文献联合征集: 成员馆 ranked with per-city baselines).
    rows = _rows(_sheet(demo))
    assert rows["商洛市仙娥县图书馆"]["考核排名（业务数据）"] == (
        "成员馆第14名/56馆，得分76.40；较上一年度 +207.1%（上一年度第45名）")
    assert str(rows["宝鸡市图书馆"]["考核排名（业务数据）"]).startswith("委员馆第1名/12馆，得分100.00")
    assert rows["宝鸡市秦岭区图书馆"]["考核排名（业务数据）"] is None  # 联合阅读推广 is not ranked on data
    assert rows["西安市灞水区图书馆"]["考核排名（业务数据）"] is None  # not a 专项 entry


def test_rows_follow_the_scheme_award_order(demo: Generated) -> None:
    awards = [r[1] for r in _sheet(demo).iter_rows(min_row=4, values_only=True)]
    firsts = list(dict.fromkeys(awards))
    assert firsts == ["联盟工作先进集体", "联盟专项工作先进集体", "联盟工作先进个人", "联盟优秀服务案例"]
    assert awards == sorted(awards, key=firsts.index)


def test_formulas_frozen_header_scores_and_printing(demo: Generated) -> None:
    ws = _sheet(demo)
    assert ws["T4"].value == '=IF(COUNT(M4:S4)=0,"",ROUND(AVERAGE(M4:S4),2))'
    assert str(ws["U4"].value).startswith('=IF(T4="","",COUNTIFS($B$4:$B$')
    assert ws.freeze_panes == "E4"
    [rule] = ws.data_validations.dataValidation
    assert (rule.type, rule.formula1, rule.formula2) == ("decimal", "0", "100")
    assert str(rule.sqref).startswith("M4:S")
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$3:$3"


def test_no_personal_data(demo: Generated) -> None:
    values = {str(v) for row in _sheet(demo).iter_rows(values_only=True) for v in row if v}
    private = set()
    for n in demo.campaign.nominations:
        if isinstance(n.form, Individual):
            private |= {n.form.education, n.form.personal_phone or "", n.form.years_in_role}
    assert not (private - {""}) & values


@pytest.mark.libreoffice
@pytest.mark.slow
def test_mean_and_rank_compute_in_libreoffice(demo: Generated, tmp_path: Path) -> None:
    """Scores typed in, LibreOffice computes: ranks count within one award and one project."""
    if not _calc_installed():
        if os.environ.get("HONORS_REQUIRE_TOOLS"):
            pytest.fail("LibreOffice Calc is required in CI but is not installed")
        pytest.skip("LibreOffice Calc is not installed")
    wb = load_workbook(demo.target / "审议评分表.xlsx")
    ws = wb["审议评分"]
    by_name = {ws.cell(row=r, column=4).value: r for r in range(4, ws.max_row + 1)}
    scores = {"西安市灞水区图书馆": [90, 80], "安康市瀛湖区图书馆": [95],
              "宝鸡市周原县图书馆": [], "宝鸡市秦岭区图书馆": [70, 72, 74]}
    for name, given in scores.items():
        for col, value in zip("MNOPQRS", given, strict=False):
            ws[f"{col}{by_name[name]}"] = value
    filled = tmp_path / "filled.xlsx"
    wb.save(filled)
    [out] = convert([filled], tmp_path / "csv", "csv:Text - txt - csv (StarCalc):44,34,76,1", ".csv")
    table = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    computed = {row[3]: (row[19], row[20]) for row in table[3:]}
    assert computed["西安市灞水区图书馆"] == ("85", "2")
    assert computed["安康市瀛湖区图书馆"] == ("95", "1")
    assert computed["宝鸡市周原县图书馆"] == ("", "")
    assert computed["宝鸡市秦岭区图书馆"] == ("72", "1")  # first in its project, not among all
