"""`honors new` templates: every kind, for every city, working group and the office where it
applies, validates with `honors validate` once its obvious blanks are filled from the registry
and the campaign config; 专项 is refused outside working groups; comments stand on their own
lines; and a few templates are compared with lines written out by hand."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator.cli import main
from generator.load.campaign import load_repository
from generator.models import CampaignConfig, Registry

ROOT = Path(__file__).resolve().parents[2]
_REPO, _ = load_repository(ROOT)
REGISTRY: Registry = _REPO.registry  # type: ignore[assignment]
CAMPAIGN = _REPO.campaigns[0]
CONFIG: CampaignConfig = CAMPAIGN.config


def _projects(group: str) -> list[str]:
    """The group's special projects, read from the config directly (not through scaffold)."""
    return [p.name for p in CONFIG.special_projects if p.group == group]


# (owner option, code) -> the template kinds that folder submits.
SOURCES: list[tuple[str, str, list[str]]] = [
    *(("--city", c.code, ["先进集体", "先进个人", "案例", "汇总表"]) for c in REGISTRY.cities),
    *(("--group", g.code, ["先进集体", "先进个人", "案例"] + (["专项"] if _projects(g.code) else []))
      for g in REGISTRY.groups),
    ("--office", "", ["先进集体", "先进个人", "案例"]),
]


def _joined(name: str) -> str:
    for city in REGISTRY.cities:
        if city.committee_library == name:
            return str(city.committee_joined)
        for member in city.members:
            if member.name == name:
                return str(member.joined)
    return next(str(m.joined) for m in REGISTRY.other_libraries if m.name == name)


def _unit(kind: str, option: str, code: str) -> str:
    """The library a folder would put in 单位 for this kind (from the registry)."""
    if option == "--city":
        city = REGISTRY.city(code)
        assert city is not None
        return city.members[0].name
    if kind == "collective":
        return REGISTRY.cities[0].committee_library  # committee libraries: chosen by office / groups
    if kind == "special":
        return REGISTRY.cities[0].members[0].name
    if option == "--group":
        group = REGISTRY.group(code)
        assert group is not None
        return group.lead_library
    return REGISTRY.office.host_library


def _fillers(kind: str, option: str, code: str) -> dict[str, Any]:
    award = CONFIG.award_by_type("collective")
    assert award is not None
    unit = _unit(kind, option, code)
    return {
        "单位": unit,
        "加盟时间": _joined(unit),
        "单位负责人": "测试负责人",
        "联系电话": "029-85420000",
        "评选条件": list(award.member_criteria if option == "--city" else award.committee_criteria),
        "主要工作成绩": "2024年，本馆完成联盟各项工作任务。",
        "专项工作": (_projects(code) or [""])[0],
        "推荐依据": CONFIG.bases[0],
        "姓名": f"测试{len(code)}某",
        "性别": "女",
        "年龄": 35,
        "从事本工作时间": "2016年7月至今",
        "所在部门": "阅读推广部",
        "学历": "大学本科",
        "主要事迹": "负责联盟阅读推广工作，组织活动多场。",
        "案例名称": f"测试案例{code}",
        "案例主题": CONFIG.case_themes[0],
        "开始日期": CONFIG.period.start,
        "结束日期": CONFIG.period.end,
        "案例简介": "一个测试案例。",
        "案例正文": "正文。",
        "经办人": "测试经办人",
        "电话": "029-85420001",
        "填报日期": CONFIG.deadline,
    }


def _fill(path: Path, fillers: dict[str, Any]) -> dict[str, Any]:
    """Fill the template's blank fields in place (comments kept); return what was filled."""
    yaml = YAML()
    data = yaml.load(path.read_text(encoding="utf-8"))
    filled = {}
    for key in list(data):
        if data[key] in (None, "", []) and key in fillers and fillers[key] not in ("", None):
            data[key] = filled[key] = fillers[key]
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    return filled


def _demo_without_nominations(target: Path) -> Path:
    """A copy of the demo keeping the registry, every config and the summaries of the newest
    year; its nominations and decisions are taken away so one folder's templates stand alone."""
    shutil.copytree(ROOT / "submissions", target / "submissions")
    year = target / CAMPAIGN.folder
    for file in year.rglob("*.yaml"):
        # A working group's business data (data/) are not nominations: they stay.
        if file.name not in ("campaign.yaml", "summary.yaml") and file.parent.name != "data":
            file.unlink()
    return target


def _new(root: Path, kind: str, option: str, code: str, capsys: pytest.CaptureFixture[str]) -> Path:
    owner = [option, code] if code else [option]
    name = [] if kind == "汇总表" else ["--name", "test"]
    assert main(["new", kind, "--root", str(root), *owner, *name]) == 0, capsys.readouterr().err
    written = capsys.readouterr().out
    return root / written.split("已生成 ")[1].split("，")[0]


@pytest.mark.parametrize(("option", "code", "kinds"), SOURCES,
                         ids=[f"{o[2:]}-{c or 'office'}" for o, c, _ in SOURCES])
def test_every_template_validates_once_its_blanks_are_filled(
    option: str, code: str, kinds: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _demo_without_nominations(tmp_path)
    if "汇总表" in kinds:
        (root / CAMPAIGN.folder / "cities" / code / "summary.yaml").unlink()
    written = []
    for kind in kinds:
        path = _new(root, kind, option, code, capsys)
        model_kind = path.name.split("-")[0].removesuffix(".yaml")
        _fill(path, _fillers(model_kind, option, code))
        written.append(path.relative_to(root).as_posix())

    main(["validate", "--root", str(root), "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert findings == [], written


def test_summary_template_fills_the_committee_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _demo_without_nominations(tmp_path)
    for city in REGISTRY.cities:
        (root / CAMPAIGN.folder / "cities" / city.code / "summary.yaml").unlink()
        text = _new(root, "汇总表", "--city", city.code, capsys).read_text(encoding="utf-8")
        assert f"\n推荐单位: {city.committee_library}\n" in text


@pytest.mark.parametrize("group", [g.code for g in REGISTRY.groups if _projects(g.code)])
def test_a_groups_special_template_lists_only_its_projects(
    group: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _demo_without_nominations(tmp_path)
    text = _new(root, "专项", "--group", group, capsys).read_text(encoding="utf-8")
    ours = _projects(group)
    line = next(x for x in text.split("\n") if x.startswith("# 专项工作"))
    assert line.endswith("可选：" + "、".join(ours) + "。"), line
    others = [p.name for p in CONFIG.special_projects if p.name not in ours]
    assert not [p for p in others if p in text], others
    if len(ours) == 1:
        assert f"\n专项工作: {ours[0]}\n" in text


@pytest.mark.parametrize("owner", [["--city", "xian"], ["--office"]])
def test_special_outside_a_working_group_is_refused(
    owner: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _demo_without_nominations(tmp_path)
    before = sorted(p for p in root.rglob("*") if p.is_file())
    assert main(["new", "专项", "--root", str(root), *owner, "--name", "x"]) == 2
    err = capsys.readouterr().err
    assert "附件1-4为联盟工作组推荐填写" in err and "--group reading" in err
    assert "Traceback" not in err
    assert sorted(p for p in root.rglob("*") if p.is_file()) == before


def test_special_from_a_group_without_a_project_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The group is in the registry, but this year's config gives it no special project."""
    root = _demo_without_nominations(tmp_path)
    config = root / CAMPAIGN.folder / "campaign.yaml"
    yaml = YAML()
    data = yaml.load(config.read_text(encoding="utf-8"))
    data["专项工作"] = [p for p in data["专项工作"] if p["工作组"] != "reading"]
    with config.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    assert main(["new", "专项", "--root", str(root), "--group", "reading"]) == 2
    err = capsys.readouterr().err
    assert "阅读推广工作组" in err and "不负责任何专项工作" in err
    assert not (root / CAMPAIGN.folder / "groups/reading/special-new.yaml").exists()


@pytest.mark.parametrize(("option", "code", "kinds"), SOURCES,
                         ids=[f"{o[2:]}-{c or 'office'}" for o, c, _ in SOURCES])
def test_explanations_stand_on_their_own_lines(
    option: str, code: str, kinds: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A `# …` after a value would be cut off by YAML (and by a librarian's edit)."""
    root = _demo_without_nominations(tmp_path)
    if "汇总表" in kinds:
        (root / CAMPAIGN.folder / "cities" / code / "summary.yaml").unlink()
    for kind in kinds:
        for number, line in enumerate(_new(root, kind, option, code, capsys).read_text(
                encoding="utf-8").split("\n"), 1):
            assert line.lstrip().startswith("#") or "#" not in line, (kind, number, line)


# Expectations written by hand from the notice and the demo registry, not by the template code.
def test_xian_collective_template_by_hand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _new(_demo_without_nominations(tmp_path), "先进集体", "--city", "xian", capsys).read_text(
        encoding="utf-8")
    lines = text.split("\n")
    for expected in [
        "# yaml-language-server: $schema=../../../../schema/collective.schema.json",
        "推荐奖项: 联盟工作先进集体",
        "# 西安市的成员馆（括号里是联盟名录中的加盟时间）：西安市长安塬区图书馆（2014-06）、西安市灞水区图书馆"
        "（2015-04）、西安市浐河区图书馆（2016-09）、西安市终南县图书馆（2017-05）、西安市白鹿塬县图书馆（2019-11）。",
        "# 条件 3：能有效组织本市辖区范围内其他成员馆较好的完成联盟工作任务，并在其中起到积极带头作用；"
        "所辖区域联盟成员馆总体工作进展情况良好，成效明显。",
        "# 1—2项为成员馆评选条件；1—3项为委员馆评选条件。",
        "# 本市推荐的是成员馆，可填：1、2，例如「评选条件: [1, 2]」。",
        "评选条件: []",
        "主要工作成绩: |-",
    ]:
        assert expected in lines, expected
    assert lines.index("评选条件: []") > lines.index("# 1—2项为成员馆评选条件；1—3项为委员馆评选条件。")


def test_reading_special_and_xian_summary_templates_by_hand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _demo_without_nominations(tmp_path)
    special = _new(root, "专项", "--group", "reading", capsys).read_text(encoding="utf-8")
    assert "\n推荐奖项: 联盟专项工作先进集体\n" in special
    assert "可选：联合阅读推广。\n专项工作: 联合阅读推广\n" in special
    assert "联合参考咨询" not in special
    (root / "submissions/2024/cities/xian/summary.yaml").unlink()
    summary = _new(root, "汇总表", "--city", "xian", capsys).read_text(encoding="utf-8")
    assert "\n推荐单位: 西安市图书馆\n\n" in summary
    assert "\n经办人:\n" in summary and "\n填报日期:\n" in summary


def test_filled_dates_are_dates() -> None:
    """The fillers put real dates where the forms ask for them (a guard on this test itself)."""
    assert isinstance(_fillers("case", "--office", "")["开始日期"], date)


@pytest.mark.parametrize(("name", "written"), [
    ("collective-x", "collective-x.yaml"), ("x", "collective-x.yaml"), ("collective-x.yaml", "collective-x.yaml"),
])
def test_a_name_that_already_says_its_kind_is_not_doubled(
    name: str, written: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _demo_without_nominations(tmp_path)
    assert main(["new", "先进集体", "--root", str(root), "--city", "xian", "--name", name]) == 0
    assert f"已生成 {CAMPAIGN.folder}/cities/xian/{written}，" in capsys.readouterr().out
    assert [p.name for p in (root / CAMPAIGN.folder / "cities/xian").glob("collective-*.yaml")] == [written]


def test_a_template_for_a_closed_year_is_refused_and_names_the_open_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "submissions", tmp_path / "submissions")
    assert main(["new", "先进集体", "--root", str(tmp_path), "--city", "xian", "--year", "2023"]) == 2
    err = capsys.readouterr().err
    assert "2023 年度的评选已经结束，不能再往里添加推荐材料。" in err and "本届评选是 2024 年度" in err
    assert not (tmp_path / "submissions/2023/cities/xian/collective-new.yaml").exists()
