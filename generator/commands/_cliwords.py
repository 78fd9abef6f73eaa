"""Chinese for argparse: usage, help headings and error messages, through its documented seams.

Nothing of argparse is patched. `ArgumentParser` is subclassed where the documentation invites
it: `error()` (documented as the method to override for other error handling) words the
message in Chinese, `format_usage()` / `format_help()` put the headings in Chinese, `-h` is added
by us with a Chinese help text (`add_help=False`), and `add_argument()` gives every option that
takes a value a Chinese value name (argparse would show --root ROOT). Subparsers are made with the
same class (`add_subparsers` uses the parser's own class). The English originals of Python
3.11–3.13 are listed (wording changed a little between releases). tests/test_cli.py runs
`--help` and bad arguments for every (sub)command and fails on any English argparse text left.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from typing import Any, NoReturn

# argparse's error templates (printf style, as in its source) -> the Chinese ones.
ERRORS = {
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "这个选项不带值，多余的值：%s",
    "the following arguments are required: %s": "缺少必填参数：%s",
    "one of the arguments %s is required": "缺少必填参数，以下选一：%s",
    "expected one argument": "后面缺少一个值",
    "expected at most one argument": "后面最多跟一个值",
    "expected at least one argument": "后面至少跟一个值",
    "expected %s argument": "后面需要 %s 个值",
    "expected %s arguments": "后面需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是：%(matches)s",
    "option '%(option)s' is ambiguous; could match %(matches)s": "选项 %(option)s 不明确，可能是：%(matches)s",
    "unexpected option string: %s": "意外的选项：%s",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)s（可选：%(choices)s）",
    "invalid choice: %(value)r, choose from %(choices)s": "无效的选择：%(value)s（可选：%(choices)s）",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的子命令 %(parser_name)s（可选：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开「%(filename)s」：%(error)s",
    "conflicting option string: %s": "选项重复：%s",
}
HEADINGS = {"usage: ": "用法：", "options:": "选项：", "optional arguments:": "选项：",
            "positional arguments:": "参数："}
HELP = "显示帮助信息并退出"
# Option values shown in usage lines; argparse would show the destination in capitals (ROOT).
METAVARS = {
    "root": "目录",
    "year": "年度",
    "format": "格式",
    "addr": "地址",
    "site_dir": "文件夹",
    "out": "文件夹",
    "name": "名称",
    "city": "城市",
    "group": "工作组",
    "base": "基准版本",
    "head": "修改后版本",
    "today": "日期",
    "author": "账号",
}
_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sr]")


def _pattern(template: str) -> re.Pattern[str]:
    """A printf template as a regex whose groups are its placeholders (numbered where unnamed)."""
    out, last = [], 0
    for index, found in enumerate(_PLACEHOLDER.finditer(template)):
        out.append(re.escape(template[last:found.start()]))
        name = found.group(1) or f"_{index}"
        out.append(f"(?P<{name}>.+?)")
        last = found.end()
    out.append(re.escape(template[last:]))
    return re.compile("".join(out) + r"\Z", re.S)


_TRANSLATIONS = [(_pattern(english), chinese) for english, chinese in ERRORS.items()]


def translate(message: str) -> str:
    """argparse's English error message in Chinese (a message it does not know is kept)."""
    for pattern, chinese in _TRANSLATIONS:
        found = pattern.match(message)
        if found is not None:
            return _fill(chinese, found.groupdict())
    return message


def _fill(chinese: str, values: dict[str, str]) -> str:
    """The Chinese template with the values argparse put into the English one."""
    if "message" in values:
        values["message"] = translate(values["message"])
    positional = iter([values[k] for k in sorted(values) if k.startswith("_")])
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)] if m.group(1) else next(positional), chinese)


def _headings(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        for english, chinese in HEADINGS.items():
            if line.startswith(english) and (english.endswith(" ") or line == english):
                lines[i] = chinese + line[len(english):]
    return "\n".join(lines)


class HelpFormatter(argparse.HelpFormatter):
    """Help columns aligned on a terminal: a Chinese character takes two columns, not one."""

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        if action.help is not argparse.SUPPRESS:
            invocation = self._format_action_invocation(action)
            width = self._current_indent + len(invocation) + _wide(invocation)
            self._action_max_length = max(self._action_max_length, width)

    def _format_action(self, action: argparse.Action) -> str:
        text = super()._format_action(action)
        head = " " * self._current_indent + self._format_action_invocation(action)
        extra = _wide(head)
        if extra and text.startswith(head + " " * (extra + 2)):
            text = head + text[len(head) + extra:]
        return text


def _wide(text: str) -> int:
    """How many characters of text take two terminal columns."""
    return sum(unicodedata.east_asian_width(ch) in "WF" for ch in text)


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser speaking Chinese: headings, -h, value names and errors."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(add_help=False, **kwargs)
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP)

    def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)
        if action.option_strings and action.nargs != 0 and action.metavar is None and not action.choices:
            action.metavar = METAVARS.get(action.dest, "值")
        return action

    def format_usage(self) -> str:
        return _headings(super().format_usage())

    def format_help(self) -> str:
        return _headings(super().format_help())

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：错误：{translate(message)}\n运行 {self.prog} --help 查看用法。\n")
