"""The command line: exit codes, Chinese errors instead of tracebacks, help for every command."""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.cli import build_parser, main


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parser of each subcommand, by name, in the order `honors --help` lists them."""
    sub = next(a for a in parser._actions if a.dest == "command")
    assert isinstance(sub, argparse._SubParsersAction)
    return sub.choices


def test_module_entry_point_runs(repo_root: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "generator", "--help"], capture_output=True, text=True, check=True,
        timeout=120,
    )
    assert "validate" in out.stdout and "校验" in out.stdout


def test_every_subcommand_has_chinese_help() -> None:
    choices = _subcommands(build_parser())
    assert {"validate", "new", "schema"} <= set(choices)
    for name, p in choices.items():
        text = p.format_help()
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), name


def test_every_subcommand_is_documented(repo_root: Path) -> None:
    """In the README, or in the guides of the site (the office's commands live there)."""
    pages = [repo_root / "README.md", *sorted((repo_root / "docs").rglob("*.md"))]
    text = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    missing = [name for name in _subcommands(build_parser()) if f"honors {name}" not in text]
    assert missing == []


def test_missing_path_exits_2_with_chinese_message(
    repo_root: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["validate", "--root", str(repo_root), "no-such-file.yaml"]) == 2
    err = capsys.readouterr().err
    assert "找不到" in err and "Traceback" not in err


def test_root_without_submissions_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["validate", "--root", str(tmp_path)]) == 2
    assert "submissions" in capsys.readouterr().err


def test_unknown_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--format", "xml"]) == 2


def test_validate_a_single_file_reports_only_that_file(
    demo_copy: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    bad = demo_copy / "submissions/2024/cities/xian/individual-zz-typo.yaml"
    bad.write_text("推荐奖项: 联盟工作先进个人\n姓明: 张三\n", encoding="utf-8")
    assert main(["validate", "--root", str(demo_copy), "--format", "json", str(bad)]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert findings and {f["file"] for f in findings} == {"submissions/2024/cities/xian/individual-zz-typo.yaml"}
    assert any(f["code"] == "S002" and "姓名" in f["hint"] and f["line"] == 2 for f in findings)


@pytest.mark.parametrize("kind", ["先进集体", "先进个人", "案例", "汇总表"])
def test_new_writes_a_commented_template_that_fails_until_filled(
    kind: str, demo_copy: Path, capsys: pytest.CaptureFixture[str]
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


def test_filled_template_validates_clean(
    demo_copy: Path, capsys: pytest.CaptureFixture[str],
) -> None:
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


ENGLISH = ("usage:", "options:", "optional arguments", "positional arguments",
           "show this help message", "show program's version", "error:", "invalid choice",
           "the following arguments are required", "expected one argument", "expected at",
           "unrecognized arguments", "not allowed with argument", "is required", "invalid",
           "ambiguous option", "argument ")


PROPER_NAMES = {"YAML", "JSON", "CSV", "CODEOWNERS", "HEAD", "GITHUB_STEP_SUMMARY", "PDF", "URL", "WPS"}


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = (),
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """(command path, parser) for honors and every subcommand and sub-subcommand."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))


def _bad_arguments(parser: argparse.ArgumentParser) -> list[list[str]]:
    """Argument lists the parser must refuse before running anything."""
    bad = [["--no-such-option"]]
    for action in parser._actions:
        if action.choices and action.option_strings:
            bad.append([action.option_strings[0], "no-such-choice"])
        elif action.choices:
            bad.append(["no-such-choice"])
        if action.option_strings and action.nargs is None:
            bad.append([action.option_strings[0]])  # expected one argument
        if action.type is int:
            bad.append([action.option_strings[0], "abc"])
    required = any(a.required and a.nargs not in ("*", "?") for a in parser._actions) or any(
        g.required for g in parser._mutually_exclusive_groups)
    if required:
        bad.append([])  # the following arguments are required
    return bad


COMMANDS = list(_commands(build_parser()))


@pytest.mark.parametrize(("path", "parser"), COMMANDS, ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_help_and_argument_errors_are_chinese(
    path: tuple[str, ...], parser: argparse.ArgumentParser, capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([*path, "--help"]) == 0
    help_text = capsys.readouterr().out
    assert help_text.startswith("用法：honors"), help_text
    assert "显示帮助信息并退出" in help_text
    assert not [w for w in ENGLISH if w in help_text], help_text
    # Value names are Chinese (argparse would show --root ROOT); capitals left are proper names.
    # (Environment variable names such as HONORS_BASE are typed as they are: not counted.)
    capitals = set(re.findall(r"\b[A-Z]{3,}\b", help_text)) - PROPER_NAMES
    assert capitals == set(), help_text
    # Help texts start in one terminal column although value names are Chinese (two columns each).
    columns = {_display_width(m.group(1)) for m in re.finditer(r"^(  -\S.*?  +)\S", help_text, re.M)}
    assert len(columns) <= 1, help_text
    for args in _bad_arguments(parser):
        assert main([*path, *args]) == 2, args
        err = capsys.readouterr().err
        assert "用法：" in err and "错误：" in err and "--help 查看用法" in err, (args, err)
        assert not [w for w in ENGLISH if w in err], (args, err)


def test_argument_errors_say_what_is_wrong(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new"]) == 2
    assert "缺少必填参数：类型" in capsys.readouterr().err
    assert main(["validate", "--format", "xml"]) == 2
    err = capsys.readouterr().err
    assert "无效的选择：'xml'（可选：" in err and "'json'" in err and "'text'）" in err
    assert main(["validate", "--root"]) == 2
    assert "参数 --root：后面缺少一个值" in capsys.readouterr().err


def _broken_validate(args: argparse.Namespace) -> int:
    empty: dict[str, int] = {}
    return empty["no such key"]  # an unforeseen bug deep in a command


def test_internal_error_is_one_chinese_line_a_log_and_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from generator import __version__
    from generator.commands import validate

    monkeypatch.setenv("HONORS_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(validate, "run", _broken_validate)
    assert main(["validate", "--root", str(tmp_path)]) == 3
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    log = tmp_path / "logs" / "honors-error.log"
    assert len(lines) == 1 and lines[0].startswith("内部错误："), captured.err
    assert __version__ in lines[0] and str(log) in lines[0] and "Traceback" not in captured.err
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "KeyError: 'no such key'" in text and "_broken_validate" in text
    assert f"honors validate --root {tmp_path}" in text
    assert [p.name for p in log.parent.iterdir()] == ["honors-error.log"]  # written whole, no temp left


def test_internal_error_log_falls_back_to_the_temp_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from generator.commands import validate

    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("HONORS_LOG_DIR", str(blocked))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr("tempfile.tempdir", None)
    monkeypatch.setattr(validate, "run", _broken_validate)
    assert main(["validate"]) == 3
    err = capsys.readouterr().err
    assert str(tmp_path / "tmp" / "honors-error.log") in err
    assert "KeyError" in (tmp_path / "tmp" / "honors-error.log").read_text(encoding="utf-8")


def test_internal_error_of_the_installed_command_is_exit_3_without_traceback(tmp_path: Path) -> None:
    """The real entry point in a new process: a registry that makes a command fail unforeseen."""
    env = {"HONORS_LOG_DIR": str(tmp_path / "logs"), "PATH": "/usr/bin:/bin",
           "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    code = ("import generator.commands.schema as s, sys; "
            "s.run = lambda args: 1 / 0; "
            "from generator.cli import main; sys.exit(main(['schema', '--check']))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=tmp_path, timeout=120)
    assert out.returncode == 3, out.stderr
    assert out.stderr.startswith("内部错误：") and out.stderr.count("\n") == 1, out.stderr
    assert "ZeroDivisionError" in (tmp_path / "logs" / "honors-error.log").read_text(encoding="utf-8")


def test_known_errors_keep_their_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--root", str(tmp_path)]) == 2  # a UserError: could not run
    assert "错误：" in capsys.readouterr().err


@pytest.mark.parametrize(("english", "chinese"), [
    ("argument --city: not allowed with argument --group", "参数 --city：不能与参数 --group 同时使用"),
    ("argument --year: invalid int value: 'abc'", "参数 --year：无效的值：'abc'"),
    ("unrecognized arguments: --x y", "无法识别的参数：--x y"),
    ("argument --x: expected 2 arguments", "参数 --x：后面需要 2 个值"),
    ("one of the arguments --city --group is required", "缺少必填参数，以下选一：--city --group"),
    ("something argparse never said", "something argparse never said"),
])
def test_argparse_messages_are_translated_by_template(english: str, chinese: str) -> None:
    from generator.commands._cliwords import translate

    assert translate(english) == chinese


def test_validate_loads_neither_the_office_forms_nor_the_site_engine(repo_root: Path) -> None:
    """pre-commit runs `honors validate` on every commit: python-docx, openpyxl and MkDocs are
    for other commands, and loading them would double its time."""
    code = ("import sys; from generator.cli import main; code = main(['validate']); "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'docx', 'openpyxl', 'mkdocs', "
            "'material', 'properdocs'})); sys.exit(code)")
    out = subprocess.run([sys.executable, "-c", code], cwd=repo_root, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout


def test_validate_imports_no_later_stage_of_the_package(repo_root: Path) -> None:
    """`honors validate` needs load, rules and check: the pull-request checks, the site, the
    forms, the guards and the authoring tools are imported by their own commands only."""
    code = ("import sys; from generator.cli import main; code = main(['validate']); "
            "print(sorted({'.'.join(m.split('.')[:2]) for m in sys.modules if m.startswith('generator.')}"
            " & {'generator.pullrequest', 'generator.site', 'generator.forms', 'generator.guard', "
            "'generator.authoring'})); sys.exit(code)")
    out = subprocess.run([sys.executable, "-c", code], cwd=repo_root, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stdout


def test_the_arrival_words_spelled_for_the_parser_are_the_pull_request_stages() -> None:
    from generator.commands import _arguments
    from generator.pullrequest import arrival

    assert (_arguments.SEEN, _arguments.ARRIVAL_EXAMPLE) == (arrival.SEEN, arrival.EXAMPLE)


def test_every_subcommand_module_is_listed_once_in_order(repo_root: Path) -> None:
    """cli.SUBCOMMANDS is the one list: a new module in commands/ that is not on it is a mistake."""
    from generator import cli

    modules = sorted(p.stem for p in (repo_root / "generator" / "commands").glob("[!_]*.py"))
    listed = [m.__name__.rsplit(".", 1)[1] for m in cli.SUBCOMMANDS]
    assert sorted(listed) == modules and len(set(listed)) == len(listed)
    assert list(_subcommands(build_parser())) == listed  # `honors --help` lists them in this order
