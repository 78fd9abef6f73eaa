"""Chinese for argparse: usage, help headings and error messages.

argparse looks every one of its texts up through gettext (`argparse._`, `argparse.ngettext`)
when it formats help or an error. Python ships no Chinese catalogue for it, so the texts are
translated here; the English originals of Python 3.11–3.13 are listed (wording changed a
little between releases). tests/test_cli.py runs `--help` and bad arguments for every
(sub)command and fails on any English argparse text left.
"""

from __future__ import annotations

import argparse
import unicodedata
from datetime import date

MESSAGES = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示帮助信息并退出",
    "show program's version number and exit": "显示版本号并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n运行 %(prog)s --help 查看用法。\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "ignored explicit argument %r": "这个选项不带值，多余的值：%r",
    "the following arguments are required: %s": "缺少必填参数：%s",
    "one of the arguments %s is required": "缺少必填参数，以下选一：%s",
    "expected one argument": "后面缺少一个值",
    "expected at most one argument": "后面最多跟一个值",
    "expected at least one argument": "后面至少跟一个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可能是：%(matches)s",
    "option '%(option)s' is ambiguous; could match %(matches)s": "选项 %(option)s 不明确，可能是：%(matches)s",
    "unexpected option string: %s": "意外的选项：%s",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "invalid choice: %(value)r, choose from %(choices)s": "无效的选择：%(value)r（可选：%(choices)s）",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的子命令 %(parser_name)r（可选：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开「%(filename)s」：%(error)s",
}
PLURALS = {
    "expected %s argument": "后面需要 %s 个值",
    "conflicting option string: %s": "选项重复：%s",
}
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


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    if singular in PLURALS:
        return PLURALS[singular]
    return singular if n == 1 else plural


def install() -> None:
    """Route argparse's texts through the Chinese ones (for this process)."""
    # Module globals argparse reads at call time (it imported them from gettext).
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


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


def localize(parser: argparse.ArgumentParser) -> None:
    """Chinese value names for options that have none and aligned help, in parser and every
    subparser."""
    parser.formatter_class = HelpFormatter
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                localize(sub)
        elif action.option_strings and action.nargs != 0 and action.metavar is None and not action.choices:
            action.metavar = METAVARS.get(action.dest, "值")


def iso_day(text: str) -> date:
    """An argparse type for a day written 2025-04-08, refused in Chinese."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期「{text}」应写成 2025-04-08 的形式") from None
