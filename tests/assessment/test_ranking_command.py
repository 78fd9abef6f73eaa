"""`honors ranking` on the demo data: the printed tables and the CSV the office prints."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from generator.cli import main


def test_demo_rankings_printed_and_saved(repo_root: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ranking", "--root", str(repo_root), "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2024年度「地方文献联合征集」成员馆考核排名（共 56 馆）" in out
    assert "计算方法：" in out and "已写入 2 个排名表" in out
    saved = tmp_path / "考核排名" / "2024" / "地方文献联合征集.csv"
    raw = saved.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel opens it as UTF-8
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    heads = [i for i, row in enumerate(table) if row[:2] == ["名次", "单位"]]
    assert len(heads) == 2  # 委员馆 and 成员馆, each with its own heading row
    member_head = table[heads[1]]
    xiane = next(row for row in table[heads[1]:] if row[1:2] == ["商洛市仙娥县图书馆"])
    row = dict(zip(member_head, xiane, strict=True))
    # Raw 126 种 and 92 条 (the data file), ÷ 0.8 for 商洛 (市基准系数).
    assert (row["名次"], row["报送文献种数（种）"], row["报送文献种数（调整后）"]) == ("14", "126", "157.50")
    assert (row["著录条数（条）"], row["著录条数（调整后）"]) == ("92", "115.00")
    assert (row["较上一年度进步"], row["上一年度名次"]) == ("+207.1%", "45")
    # Hidden on the site, printed for the office: 著录合格率 of the committee libraries.
    assert "著录合格率（%）" in table[heads[0]]
    assert any(r[:1] == ["计算方法"] and "所在市的基准系数" in r[1] for r in table)


def test_one_project_and_an_unknown_one(repo_root: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ranking", "--root", str(repo_root), "--out", str(tmp_path), "--project", "联合参考咨询"]) == 0
    assert [p.name for p in (tmp_path / "考核排名" / "2024").iterdir()] == ["联合参考咨询.csv"]
    capsys.readouterr()
    assert main(["ranking", "--root", str(repo_root), "--out", str(tmp_path), "--project", "联合阅读推广"]) == 2
    err = capsys.readouterr().err
    assert "没有按业务数据考核的专项「联合阅读推广」" in err and "联合参考咨询、地方文献联合征集" in err


def test_bad_data_writes_nothing(repo_root: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(repo_root / "submissions", tmp_path / "submissions")
    data = tmp_path / "submissions/2024/groups/reference/data/reference.csv"
    data.write_text(data.read_text(encoding="utf-8-sig").replace(",312,", ",约312,"), encoding="utf-8")
    assert main(["ranking", "--root", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "业务数据有 1 处错误，排名未生成" in err and "A003" in err and "reference.csv:2" in err
    assert not (tmp_path / "out").exists()
