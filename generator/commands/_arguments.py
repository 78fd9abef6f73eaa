"""The arguments several subcommands share, each defined once: the repository root, the change
(author, base, head, arrival) of `owners check` and `comment`, and a day (`--today`)."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from generator.pullrequest import arrival


def add_root(p: argparse.ArgumentParser) -> None:
    """--root: the repository (found from the current folder when not given)."""
    p.add_argument("--root", type=Path, default=None, metavar="目录", help="仓库根目录（默认自动查找）")


def iso_day(text: str) -> date:
    """An argparse type for a day written 2025-04-08, refused in Chinese."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期「{text}」应写成 2025-04-08 的形式") from None


def add_today(p: argparse.ArgumentParser, purpose: str) -> None:
    """--today: the day a command judges by, instead of today (purpose: what the day decides)."""
    p.add_argument("--today", type=iso_day, default=None, metavar="日期",
                   help=f"按这一天（如 2025-04-08）{purpose}")


def _env(name: str) -> str | None:
    return os.environ.get(name, "").strip() or None


def add_change_arguments(p: argparse.ArgumentParser) -> None:
    """--author, --base, --head (each defaulting to its HONORS_* variable) and --arrived."""
    p.add_argument("--author", default=_env("HONORS_AUTHOR"), metavar="账号",
                   help="修改者（拉取请求作者）的账号（默认取环境变量 HONORS_AUTHOR）")
    p.add_argument("--base", default=_env("HONORS_BASE"), metavar="基准版本",
                   help="基准版本，如 main 或提交号（默认取环境变量 HONORS_BASE）")
    p.add_argument("--head", default=_env("HONORS_HEAD") or "HEAD", metavar="修改后版本",
                   help="修改后的版本（默认取环境变量 HONORS_HEAD，再默认 HEAD）")
    p.add_argument("--arrived", default=None, metavar="时间",
                   help=f"修改送达服务器的时间，如 {arrival.EXAMPLE}（不写时区按北京时间）；"
                   "GitLab 可传 $CI_PIPELINE_CREATED_AT")
