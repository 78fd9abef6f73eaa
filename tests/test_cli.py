"""The command line: exit codes, Chinese errors instead of tracebacks, help for every command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import build_parser, main


def test_module_entry_point_runs(repo_root: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, check=True,
        timeout=120,
    )
    assert "validate" in out.stdout and "校验" in out.stdout


def test_every_subcommand_has_chinese_help() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert {"validate", "new", "schema"} <= set(sub.choices)
    for name, p in sub.choices.items():
        text = p.format_help()
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), name


def test_every_subcommand_is_documented(repo_root: Path) -> None:
    """In the README, or in the guides of the site (the office's commands live there)."""
    pages = [repo_root / "README.md", *sorted((repo_root / "docs").rglob("*.md"))]
    text = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    missing = [name for name in sub.choices if f"honors {name}" not in text]
    assert missing == []


def test_missing_path_exits_2_with_chinese_message(repo_root: Path, capsys) -> None:
    assert main(["validate", "--root", str(repo_root), "no-such-file.yaml"]) == 2
    err = capsys.readouterr().err
    assert "找不到" in err and "Traceback" not in err


def test_root_without_submissions_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["validate", "--root", str(tmp_path)]) == 2
    assert "submissions" in capsys.readouterr().err


def test_unknown_option_exits_2(capsys) -> None:
    assert main(["validate", "--format", "xml"]) == 2


def test_validate_a_single_file_reports_only_that_file(demo_copy: Path, capsys) -> None:
    bad = demo_copy / "submissions/2024/cities/xian/individual-zz-typo.yaml"
    bad.write_text("推荐奖项: 联盟工作先进个人\n姓明: 张三\n", encoding="utf-8")
    assert main(["validate", "--root", str(demo_copy), "--format", "json", str(bad)]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert findings and {f["file"] for f in findings} == {"submissions/2024/cities/xian/individual-zz-typo.yaml"}
    assert any(f["code"] == "S002" and "姓名" in f["hint"] and f["line"] == 2 for f in findings)


@pytest.mark.parametrize("kind", ["先进集体", "先进个人", "案例", "汇总表"])
def test_new_writes_a_commented_template_that_fails_until_filled(
    kind: str, demo_copy: Path, capsys
) -> None:
    args = ["new", kind, "--root", str(demo_copy), "--city", "xian", "--name", "draft"]
    if kind == "汇总表":
        (demo_copy / "submissions/2024/cities/xian/summary.yaml").unlink()
        args = args[:-2]
    assert main(args) == 0
    written = capsys.readouterr().out
    assert "已生成" in written
    path = demo_copy / written.split("已生成 ")[1].split("，")[0]
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../../../schema/")
    assert main(["validate", "--root", str(demo_copy), "--format", "json"]) == 1
    rel = path.relative_to(demo_copy).as_posix()
    findings = json.loads(capsys.readouterr().out)["findings"]
    codes = {f["code"] for f in findings if f["file"] == rel}
    assert codes and codes <= {"S001", "S003"}, codes
    assert {f["file"] for f in findings if f["severity"] == "error"} == {rel}
    assert main(args) == 2  # never overwrites


FILLED = {
    "姓名": "测试某", "性别": "女", "年龄": 36, "单位": "铜川市图书馆", "从事本工作时间": "2012年至今",
    "所在部门": "辅导部", "学历": "大学本科", "职务": "副主任", "职称": "馆员", "业务领域": "阅读推广",
    "主要事迹": "2024年组织全市联合阅读推广活动。", "联系电话": "13800000099",
    "单位申报意见": "同意推荐", "委员馆推荐意见": "同意推荐",
}


def test_filled_template_validates_clean(demo_copy: Path, capsys) -> None:
    from ruamel.yaml import YAML

    # Tongchuan has one of its two places left (Xi'an's are taken: a third would be Q002).
    args = ["new", "先进个人", "--root", str(demo_copy), "--city", "tongchuan", "--name", "filled"]
    assert main(args) == 0
    capsys.readouterr()
    path = demo_copy / "submissions/2024/cities/tongchuan/individual-filled.yaml"
    yaml = YAML()
    data = yaml.load(path.read_text(encoding="utf-8"))
    for key in list(data):
        if data[key] in (None, "", []) and key in FILLED:
            data[key] = FILLED[key]
        elif data[key] in (None, ""):
            del data[key]
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    assert "# 姓名（必填）" in path.read_text(encoding="utf-8")  # the comments survive filling in
    main(["validate", "--root", str(demo_copy), "--format", "json", str(path)])
    assert json.loads(capsys.readouterr().out)["findings"] == []
