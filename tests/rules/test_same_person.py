"""One person, one place (rules/duplicates.py, D001): a possible same person twice in one
recommending unit's own list is an error (form 1-3 would print them twice), across two
recommending units a warning; a library's 曾用名 and its current name are one library; and the
real forms generator lists one person once."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from docx import Document

from generator.check.validate import validate_repository
from generator.cli import main
from generator.core.findings import Finding

YEAR = Path("submissions/2024")

PERSON = """推荐奖项: 联盟工作先进个人
姓名: {name}
性别: 女
年龄: 40
单位: {unit}
从事本工作时间: 2011年9月至今
所在部门: 读者服务部
学历: 大学本科
职务: 馆员
是否馆长: 否
是否联络人: 否
主要事迹: 2024年，她组织开展无障碍电影放映和上门送书服务{deeds}。
"""

# The middle dot as different keyboards type it, spaces of any width, full width, 繁体.
SPELLINGS = [
    ("阿依古丽·买买提", "阿依古丽•买买提"),
    ("阿依古丽·买买提", "阿依古丽・买买提"),
    ("阿依古丽·买买提", "阿依古丽･买买提"),
    ("阿依古丽·买买提", "阿依古丽‧买买提"),
    ("阿依古丽·买买提", "阿依古丽 · 买买提"),
    ("张丽华", "张　丽华"),
    ("王小Ａ", "王小A"),
    ("张丽华", "張麗華"),
]


def _write(root: Path, rel: str, text: str, newline: str = "\n") -> None:
    path = root / YEAR / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))


def _d001(root: Path) -> list[Finding]:
    _, result = validate_repository(root)
    return [f for f in result.findings if f.code == "D001"]


@pytest.mark.parametrize(("first", "second"), SPELLINGS)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_same_city_twice_is_an_error(demo_copy: Path, first: str, second: str, newline: str) -> None:
    _write(demo_copy, "cities/tongchuan/individual-a.yaml", PERSON.format(
        name=first, unit="铜川市漆水区图书馆", deeds="六十余场"))
    _write(demo_copy, "cities/tongchuan/individual-b.yaml", PERSON.format(
        name=second, unit="铜川市金锁县图书馆", deeds="一百余次"), newline)
    found = _d001(demo_copy)
    assert {(f.file, f.line, f.severity) for f in found} == {
        (f"{YEAR.as_posix()}/cities/tongchuan/individual-a.yaml", 2, "error"),
        (f"{YEAR.as_posix()}/cities/tongchuan/individual-b.yaml", 2, "error"),
    }
    for f in found:
        assert "同一推荐单位" in f.message and "附件 1-3《推荐对象汇总表》会把此人列两次" in f.message
        assert "删去其中一个文件" in f.hint


@pytest.mark.parametrize(("first", "second"), SPELLINGS)
def test_one_group_twice_is_an_error(demo_copy: Path, first: str, second: str) -> None:
    _write(demo_copy, "groups/tech/individual-a.yaml", PERSON.format(
        name=first, unit="铜川市漆水区图书馆", deeds="六十余场"))
    _write(demo_copy, "groups/tech/individual-b.yaml", PERSON.format(
        name=second, unit="铜川市金锁县图书馆", deeds="一百余次"), "\r\n")
    found = _d001(demo_copy)
    assert sorted((f.file.rsplit("/", 1)[-1], f.severity) for f in found) == [
        ("individual-a.yaml", "error"), ("individual-b.yaml", "error")]
    assert all("本单位的推荐名单会把此人列两次" in f.message for f in found)


@pytest.mark.parametrize(("first", "second"), SPELLINGS)
def test_two_recommending_units_is_a_warning(demo_copy: Path, first: str, second: str) -> None:
    _write(demo_copy, "cities/tongchuan/individual-a.yaml", PERSON.format(
        name=first, unit="铜川市漆水区图书馆", deeds="六十余场"))
    _write(demo_copy, "groups/tech/individual-b.yaml", PERSON.format(
        name=second, unit="铜川市金锁县图书馆", deeds="一百余次"), "\r\n")
    found = _d001(demo_copy)
    assert sorted((f.file.rsplit("/", 2)[-2], f.severity) for f in found) == [
        ("tech", "warning"), ("tongchuan", "warning")]
    assert all(f.message.startswith("可能是同一人") for f in found)


def test_other_person_of_the_same_name_in_one_city_is_no_finding(demo_copy: Path) -> None:
    """Two namesakes at two libraries of one city, other age, other deeds: two people."""
    _write(demo_copy, "cities/tongchuan/individual-a.yaml", PERSON.format(
        name="张丽华", unit="铜川市漆水区图书馆", deeds="六十余场"))
    _write(demo_copy, "cities/tongchuan/individual-b.yaml", PERSON.format(
        name="张丽华", unit="铜川市金锁县图书馆", deeds="，并为社区老人开办智能手机培训班").replace(
        "年龄: 40", "年龄: 52"))
    assert _d001(demo_copy) == []


RENAMED = ("      - 名称: 铜川市玉华县图书馆\n        加盟时间: 2017-04\n",
           "      - 名称: 铜川市玉华区图书馆\n        加盟时间: 2017-04\n"
           "        曾用名:\n          - 名称: 铜川市玉华县图书馆\n            更名年份: 2023\n")


def _rename(root: Path) -> None:
    """The registry renames 玉华县图书馆 to 玉华区图书馆 (撤县设区); the old name stays a 曾用名."""
    registry = root / "submissions/registry.yaml"
    text = registry.read_text(encoding="utf-8")
    assert text.count(RENAMED[0]) == 1
    registry.write_text(text.replace(*RENAMED), encoding="utf-8")


def _copy_with_unit(root: Path, source: str, target: str, unit: str, title: str | None = None) -> None:
    text = (root / YEAR / source).read_text(encoding="utf-8")
    lines = [f"单位: {unit}" if line.startswith("单位:") else line for line in text.splitlines()]
    if title is not None:
        lines = [f"案例名称: {title}" if line.startswith("案例名称:") else line for line in lines]
    _write(root, target, "\n".join(lines) + "\n")


@pytest.mark.parametrize(("kind", "files"), [
    ("collective", [("cities/tongchuan/collective-yuhua.yaml", "office/collective-yuhua.yaml", None)]),
    ("special", [("groups/exhibition/special-tongchuan.yaml", "groups/exhibition/special-a.yaml", None),
                 ("groups/exhibition/special-tongchuan.yaml", "groups/exhibition/special-b.yaml", None)]),
    ("case", [("cities/xian/case-digital-guide.yaml", "groups/digital/case-a.yaml", "数字人导读员进分馆"),
              ("cities/xian/case-digital-guide.yaml", "groups/digital/case-b.yaml", "“数字人”导读员进分馆！")]),
])
def test_a_former_name_is_the_same_library(demo_copy: Path, kind: str,
                                           files: list[tuple[str, str, str | None]]) -> None:
    _rename(demo_copy)
    units = ["铜川市玉华县图书馆", "铜川市玉华区图书馆"]
    written = []
    for (source, target, title), unit in zip(files, units[-len(files):], strict=True):
        _copy_with_unit(demo_copy, source, target, unit, title)
        written.append(target)
    if len(files) == 1:  # the demo's own file keeps the former name
        written.append(files[0][0])
    found = _d001(demo_copy)
    assert sorted((f.file, f.severity) for f in found) == sorted(
        (f"{YEAR.as_posix()}/{rel}", "error") for rel in written), kind
    assert all(f.message.startswith("重复推荐") for f in found)


def test_a_former_name_is_the_same_person_in_one_city(demo_copy: Path) -> None:
    _rename(demo_copy)
    _write(demo_copy, "cities/tongchuan/individual-a.yaml", PERSON.format(
        name="张丽华", unit="铜川市玉华县图书馆", deeds="六十余场"))
    _write(demo_copy, "cities/tongchuan/individual-b.yaml", PERSON.format(
        name="張麗華", unit="铜川市玉华区图书馆", deeds="").replace("年龄: 40", "年龄: 52"))
    found = _d001(demo_copy)
    assert sorted((f.file.rsplit("/", 1)[-1], f.severity) for f in found) == [
        ("individual-a.yaml", "error"), ("individual-b.yaml", "error")]
    assert all("请删去其中一个文件" in f.hint and "协商" not in f.hint for f in found)  # one city's own files


# The real forms generator: one person is printed once.

def _forms(root: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["forms", "--root", str(root), "--out", str(out), "--no-pdf"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


REN_JUAN = PERSON.format(name="任　娟", unit="铜川市漆水区图书馆", deeds="").replace(
    "主要事迹: ", "主要事迹: 任娟同志负责本馆视障阅览室和特殊群体服务工作。")


def test_forms_refuse_one_person_twice_in_a_city(demo_copy: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    _write(demo_copy, "cities/tongchuan/individual-ren-juan-2.yaml", REN_JUAN)
    code, output = _forms(demo_copy, tmp_path / "out", capsys)
    assert code != 0
    assert "D001" in output and "会把此人列两次" in output
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").rglob("1-3_*.docx"))


def _people_of(form: Path) -> list[str]:
    people = Document(str(form)).tables[1]
    return ["".join(row.cells[1].text.split()) for row in people.rows[2:]]


def test_forms_print_a_person_of_two_units_once(demo_copy: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Nominated by the city and by a group (a warning): the city's form 1-3 and the roll name
    her once; the meeting selecting both is an error and nothing is printed."""
    _write(demo_copy, "groups/tech/individual-ren-juan.yaml", REN_JUAN)
    code, output = _forms(demo_copy, tmp_path / "out", capsys)
    assert code == 0, output
    [form] = (tmp_path / "out/2024/tongchuan").glob("1-3_*.docx")
    assert _people_of(form) == ["任娟"]
    [roll] = (tmp_path / "out/2024").glob("表彰名单.csv")
    rows = list(csv.DictReader(io.StringIO(roll.read_bytes().decode("utf-8-sig"))))
    names = ["".join(r["名称/姓名"].split()) for r in rows]
    assert names.count("任娟") == 1

    decisions = demo_copy / YEAR / "decisions.yaml"
    entry = "  - 奖项: 联盟工作先进个人\n    推荐材料: groups/tech/individual-ren-juan.yaml\n    审定意见: 同意\n"
    text = decisions.read_text(encoding="utf-8")
    decisions.write_text(text.replace("表彰名单:\n", "表彰名单:\n" + entry, 1), encoding="utf-8")
    code, output = _forms(demo_copy, tmp_path / "again", capsys)
    assert code != 0
    assert "D001" in output and "同一人只能表彰一次" in output
