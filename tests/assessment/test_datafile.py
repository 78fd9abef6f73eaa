"""Business-data files as Excel, WPS, Notepad and GitHub's web editor save them."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.assessment.datafile import DataTable, read_table
from generator.core.findings import Finding

INDICATORS = ["活动场次", "参与人次"]
ROWS = "单位,活动场次,参与人次\n西安市图书馆,120,\"3,500\"\n宝鸡市图书馆,８０,1.2万"


def _read(tmp_path: Path, name: str, data: bytes) -> tuple[DataTable | None, list[Finding]]:
    file = tmp_path / name
    file.write_bytes(data)
    return read_table(file, f"data/{name}", INDICATORS)


def _values(table: DataTable | None) -> dict[str, dict[str, float]]:
    assert table is not None
    return {r.unit: r.values for r in table.rows}


@pytest.mark.parametrize("data", [
    ROWS.encode(),                                          # web editor: no final newline
    b"\xef\xbb\xbf" + ROWS.replace("\n", "\r\n").encode() + b"\r\n",  # Excel「CSV UTF-8」: BOM, CRLF
    ROWS.replace("\n", "\r").encode(),                      # old Mac line ends
    ("\n" + ROWS + "\n,,\n\n").encode(),                    # blank lines and an empty row
])
def test_csv_as_saved(tmp_path: Path, data: bytes) -> None:
    table, findings = _read(tmp_path, "a.csv", data)
    assert findings == []
    assert _values(table) == {"西安市图书馆": {"活动场次": 120, "参与人次": 3500},
                              "宝鸡市图书馆": {"活动场次": 80, "参与人次": 12000}}


def test_gbk_csv_is_explained(tmp_path: Path) -> None:
    table, [finding] = _read(tmp_path, "a.csv", ROWS.encode("gbk"))
    assert table is None
    assert (finding.code, finding.file, finding.line) == ("F001", "data/a.csv", 1)
    assert "GBK" in finding.message and "CSV UTF-8" in finding.hint


def test_columns_are_where_the_cells_start(tmp_path: Path) -> None:
    text = '单位,备注,活动场次,参与人次\n西安市图书馆,"含线上,线下",约120,x\n'
    table, findings = _read(tmp_path, "a.csv", text.encode())
    assert [(f.code, f.line, f.column) for f in findings] == [("A003", 2, 17), ("A003", 2, 22)]
    assert table is not None and table.rows[0].values == {}


def test_header_with_spaces_and_other_columns(tmp_path: Path) -> None:
    text = "序号, 单 位 ,所属市,活动场次\u3000,参与人次\n1,西安市图书馆,西安市,1,2\n"
    table, findings = _read(tmp_path, "a.csv", text.encode())
    assert findings == []
    assert _values(table) == {"西安市图书馆": {"活动场次": 1, "参与人次": 2}}


def test_short_row_and_missing_unit(tmp_path: Path) -> None:
    text = "单位,活动场次,参与人次\n西安市图书馆,5\n,1,2\n"
    table, findings = _read(tmp_path, "a.csv", text.encode())
    assert [(f.code, f.severity, f.line) for f in findings] == [("A003", "warning", 2), ("A001", "error", 3)]
    assert _values(table) == {"西安市图书馆": {"活动场次": 5, "参与人次": 0}}


def test_unclosed_quote(tmp_path: Path) -> None:
    table, findings = _read(tmp_path, "a.csv", '单位,活动场次,参与人次\n"西安市图书馆,1,2\n'.encode())
    # A quote left open swallows the rest of the file: the row is read as one unit name, and no
    # value is lost silently; when the csv module refuses, it is A001 on that line.
    assert table is None or findings


def test_empty_csv(tmp_path: Path) -> None:
    table, [finding] = _read(tmp_path, "a.csv", b"\xef\xbb\xbf\n")
    assert table is None and finding.code == "A001" and "空" in finding.message


def test_yaml_data(tmp_path: Path) -> None:
    text = "西安市图书馆:\n  活动场次: 120\n  参与人次: 3.5万\n宝鸡市图书馆:\n  活动场次: \"1,200\"\n  参与人数: 5\n"
    table, findings = _read(tmp_path, "a.yaml", text.encode())
    assert [(f.code, f.line, f.column) for f in findings] == [("A001", 4, 1)]
    assert "参与人数" in findings[0].hint
    assert _values(table) == {"西安市图书馆": {"活动场次": 120, "参与人次": 35000},
                              "宝鸡市图书馆": {"活动场次": 1200}}


def test_yaml_number_position(tmp_path: Path) -> None:
    text = "西安市图书馆:\n  活动场次: 约120\n  参与人次: 1\n"
    _, [finding] = _read(tmp_path, "a.yaml", text.encode())
    assert (finding.code, finding.line, finding.column) == ("A003", 2, 9)


def test_oversized(tmp_path: Path) -> None:
    table, [finding] = _read(tmp_path, "a.csv", b"x" * (2 * 1024 * 1024 + 1))
    assert table is None and finding.code == "F004"


def test_linked_data_folder_is_not_read(tmp_path: Path) -> None:
    from generator.assessment.datafile import find_file

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "reference.csv").write_text(ROWS, encoding="utf-8")
    group = tmp_path / "groups" / "reference"
    group.mkdir(parents=True)
    (group / "data").symlink_to(outside, target_is_directory=True)
    assert find_file(group / "data", "reference") is None
    assert find_file(outside, "reference") == outside / "reference.csv"
