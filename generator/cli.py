"""The `honors` command: parses arguments and hands over to one subcommand module.

Exit codes: 0 success, 1 findings with errors (or a check that failed), 2 could not run (bad
arguments, a UserError), 3 an internal error: anything unexpected is written whole to a log
file and the user reads one Chinese line with the version and that file, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import traceback
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from types import ModuleType

from generator import __version__
from generator.commands import (
    build,
    close,
    comment,
    doctor,
    forms,
    new,
    owners,
    privacy,
    ranking,
    schema,
    serve,
    stamped,
    summary,
    validate,
    year,
)
from generator.commands._cliwords import ArgumentParser
from generator.core.atomic import write_text_atomically
from generator.core.errors import UserError

# Every subcommand, in the order `honors --help` lists them; each module has register(subparsers).
SUBCOMMANDS: tuple[ModuleType, ...] = (
    validate, new, build, serve, forms, ranking, summary, comment, owners, privacy, doctor, close,
    year, schema, stamped,
)
INTERNAL_ERROR = 3
LOG_NAME = "honors-error.log"


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="honors",
        description="陕西公共图书馆服务联盟 年度工作先进评选：校验推荐材料、生成网站与正式表格。",
    )
    parser.add_argument("--version", action="version", version=f"honors {__version__}",
                        help="显示版本号并退出")
    sub = parser.add_subparsers(dest="command", metavar="子命令", required=True)
    for module in SUBCOMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: exit 0 success, 1 findings with errors, 2 could not run, 3 internal error."""
    try:
        return _run(argv)
    except Exception:  # the last resort: whatever nobody foresaw
        return report_internal_error(argv)


def _run(argv: Sequence[str] | None) -> int:
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


def log_folder() -> Path:
    """Where the internal-error log goes: the user's cache folder (HONORS_LOG_DIR overrides)."""
    if os.environ.get("HONORS_LOG_DIR"):
        return Path(os.environ["HONORS_LOG_DIR"])
    cache = os.environ.get("XDG_CACHE_HOME")
    return Path(cache) / "honors" if cache else Path.home() / ".cache" / "honors"


def report_internal_error(argv: Sequence[str] | None) -> int:
    """The unexpected exception being handled: the whole story to a log file, one line to the user."""
    details = "\n".join([
        f"honors {__version__} 内部错误 {datetime.now().isoformat(timespec='seconds')}",
        f"命令：honors {' '.join(sys.argv[1:] if argv is None else argv)}",
        f"Python {platform.python_version()}，{platform.platform()}",
        "",
        traceback.format_exc(),
    ])
    where = None
    for folder in (log_folder(), Path(tempfile.gettempdir())):
        try:
            write_text_atomically(folder / LOG_NAME, details)
        except OSError:
            continue
        where = folder / LOG_NAME
        break
    kept = f"详细信息已写入 {where}" if where else "详细信息无法写入日志文件"
    print(f"内部错误：honors {__version__} 遇到意外问题，未能完成（退出码 {INTERNAL_ERROR}）。{kept}，"
          "请把这个文件发给联盟办或仓库维护者。", file=sys.stderr)
    return INTERNAL_ERROR
