"""The `honors` command: parses arguments and hands over to one subcommand module."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

import generator.commands as commands_pkg
from generator import __version__
from generator.commands import _cliwords as cliwords
from generator.core.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    cliwords.install()  # before any parser exists: add_help words its help text at once
    parser = argparse.ArgumentParser(
        prog="honors",
        description="陕西公共图书馆服务联盟 年度工作先进评选：校验推荐材料、生成网站与正式表格。",
    )
    parser.add_argument("--version", action="version", version=f"honors {__version__}",
                        help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", metavar="子命令", required=True)
    for info in sorted(pkgutil.iter_modules(commands_pkg.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands_pkg.__name__}.{info.name}")
        module.register(sub)
    cliwords.localize(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: exit 0 success, 1 findings with errors, 2 could not run."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0) and 2
    try:
        return int(args.run(args) or 0)
    except UserError as err:
        print(f"错误：{err.message}", file=sys.stderr)
        if err.hint:
            print(f"提示：{err.hint}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 2
