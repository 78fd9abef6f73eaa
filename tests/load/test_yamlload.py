"""The loader: encodings, syntax mistakes librarians make, hostile input guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.findings import Finding
from generator.load.yamlload import MAX_BYTES, LoadError, load_file, load_text


def _finding(path: Path, data: bytes) -> Finding:
    path.write_bytes(data)
    with pytest.raises(LoadError) as err:
        load_file(path, "x.yaml")
    return err.value.finding


def test_gbk_file_is_named_gbk(tmp_path: Path) -> None:
    f = _finding(tmp_path / "a.yaml", "姓名: 张三\n单位: 图书馆\n".encode("gbk"))
    assert (f.code, f.line) == ("F001", 1)
    assert "GBK" in f.message and "UTF-8" in f.hint


def test_gbk_error_points_at_first_bad_line(tmp_path: Path) -> None:
    f = _finding(tmp_path / "a.yaml", b"name: ok\n" + "姓名: 张三\n".encode("gb18030"))
    assert (f.code, f.line) == ("F001", 2)


def test_utf16_is_explained(tmp_path: Path) -> None:
    f = _finding(tmp_path / "a.yaml", "姓名: 张三\n".encode("utf-16"))
    assert f.code == "F001" and "UTF-16" in f.message


def test_utf8_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + "姓名: 张三\r\n年龄: 30\r\n".encode())
    doc = load_file(path, "x.yaml")
    assert doc.data == {"姓名": "张三", "年龄": 30}
    assert doc.where(("年龄",)) == (2, 5)


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        ("推荐奖项: 联盟工作先进个人\n姓名：张三\n性别: 男\n", "F002", 2),
        ("姓名: 张三\n主要事迹:\n\t在图书馆工作\n", "F002", 3),
        ("姓名: 张三\n年龄:\u300030\n", "F002", 2),
        ("姓名: 张三\n年龄: 30\n姓名: 李四\n", "F003", 3),
        ("a: &x [1, 2]\nb: *x\n", "F004", 1),
        ("a: !!python/object/apply:os.system [echo hi]\n", "F004", 1),
        ("%YAML 1.1\n---\na: 1\n", "F004", 1),
        ("a: " + "[" * 500 + "]" * 500 + "\n", "F004", 1),
        ("- 姓名: 张三\n", "F002", 1),
        ("", "F002", 1),
        ("just text\n", "F002", 1),
    ],
    ids=["full-width-colon", "tab", "full-width-space-after-colon", "duplicate", "alias", "tag",
         "yaml11", "deep", "list", "empty", "scalar"],
)
def test_bad_text_gives_one_finding_on_the_right_line(text: str, code: str, line: int) -> None:
    with pytest.raises(LoadError) as err:
        load_text("x.yaml", text)
    f = err.value.finding
    assert (f.code, f.line) == (code, line), f
    assert f.hint


def test_billion_laughs_is_rejected_before_expansion() -> None:
    lol = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    with pytest.raises(LoadError) as err:
        load_text("x.yaml", lol)
    assert err.value.finding.code == "F004"


def test_oversized_file_is_refused_unread(tmp_path: Path) -> None:
    f = _finding(tmp_path / "big.yaml", b"a: " + b"x" * (MAX_BYTES + 10) + b"\n")
    assert f.code == "F004" and "KB" in f.message


def test_load_error_is_not_a_value_error() -> None:
    assert not issubclass(LoadError, ValueError)


def test_positions_of_nested_values() -> None:
    doc = load_text("x.yaml", "a: 1\nb:\n  c: [1, 2]\n  d: 02985421979\n")
    assert doc.data["b"]["d"] == 2985421979  # YAML 1.2 reads it as a number: the model rejects it
    assert doc.where(("b", "c", 1)) == (3, 10)
    assert doc.where(("b", "d")) == (4, 6)
    assert doc.where(("b", "missing")) == doc.where(("b",)) == (3, 3)
    assert doc.where(("b",), key=True) == (2, 1)


def test_full_width_space_before_a_key_survives_loading_for_the_schema_check() -> None:
    # The key keeps its U+3000; the schema check then explains it as S002 on that line.
    doc = load_text("x.yaml", "a:\n  b: 1\n  \u3000c: 2\n")
    assert doc.data == {"a": {"b": 1, "\u3000c": 2}}
    assert doc.where(("a", "\u3000c"), key=True) == (3, 3)


# A value starting with a character YAML reads as syntax: the finding names that character
# and shows the line with the value quoted, never "缩进不一致".
VALUE_STARTS = [
    ('案例名称: "流动图书车"进乡村\n', "「\"」", "案例名称: '\"流动图书车\"进乡村'", 1, 7),
    ("案例名称: '流动图书车'进乡村\n", "「'」", "案例名称: \"'流动图书车'进乡村\"", 1, 7),
    ("姓名: 张三\n主要事迹: **加粗**文字\n", "「**」", '主要事迹: "**加粗**文字"', 2, 7),
    ("职务: @某某\n", "「@」", '职务: "@某某"', 1, 5),
    ("职务: *重点*工作\n", "「*」", '职务: "*重点*工作"', 1, 5),
    ("职务: `代码`说明\n", "「`」", '职务: "`代码`说明"', 1, 5),
    ("职务: %比例\n", "「%」", '职务: "%比例"', 1, 5),
    ("职务: !重要 工作\n", "「!」", '职务: "!重要 工作"', 1, 5),
    ("职务: |说明|\n", "「|」", '职务: "|说明|"', 1, 5),
    ("职务: >说明\n", "「>」", '职务: ">说明"', 1, 5),
    ("职务: [副]主任\n", "「[」", '职务: "[副]主任"', 1, 5),
    ("职务: {重点}工作\n", "「{」", '职务: "{重点}工作"', 1, 5),
    ("职务: - 第一\n", "「-」", '职务: "- 第一"', 1, 5),
    ("职务: &某某 主任\n", "「&」", '职务: "&某某 主任"', 1, 5),
    ("配图:\n  - \"图一\"说明\n", "「\"」", "- '\"图一\"说明'", 2, 5),
    ('主要事迹: |-\n  正文\n案例名称: "流动"图书车\r\n单位: 某馆\n', "「\"」", "案例名称: '\"流动\"图书车'", 3, 7),
    ('职务: "未闭合\n姓名: 张三\n', "没有配对的结束引号", "职务: '\"未闭合'", 1, 5),
]


@pytest.mark.parametrize(("text", "named", "fixed", "line", "column"), VALUE_STARTS,
                         ids=[t[0].split("\n")[0] for t in VALUE_STARTS])
def test_a_value_starting_with_a_yaml_character_is_explained(
    text: str, named: str, fixed: str, line: int, column: int
) -> None:
    with pytest.raises(LoadError) as err:
        load_text("x.yaml", text)
    f = err.value.finding
    assert (f.line, f.column) == (line, column), f
    assert named in f.message and "开头" in f.message and "缩进" not in f.message, f.message
    assert f"改成：{fixed}" in f.hint, f.hint
    load_text("x.yaml", _fixed_text(text, line, fixed))  # the suggested line parses


def _fixed_text(text: str, line: int, fixed: str) -> str:
    """text with the line replaced by the suggested one, indentation kept."""
    lines = text.split("\n")
    indent = lines[line - 1][: len(lines[line - 1]) - len(lines[line - 1].lstrip())]
    lines[line - 1] = indent + fixed
    return "\n".join(lines)


@pytest.mark.parametrize("text", [
    '案例名称: "流动图书车进乡村"\n',
    "案例名称: '\"流动图书车\"进乡村'\n",
    "案例名称: “流动图书车”进乡村\n",
    "职务: -第一\n",
    "职务: 主任@某某\n",
    "评选条件: [1, 2]\n",
    "主要事迹: |-\n  **加粗**文字\n  @某某 [副] |表| > 引\n",
])
def test_values_starting_with_these_characters_can_be_valid(text: str) -> None:
    assert load_text("x.yaml", text).data
