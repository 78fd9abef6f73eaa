"""The arguments several subcommands share, each defined once: the repository root, the change
(author, pusher, base, head, arrival) of `owners check` and `comment`, where the office's files
are read from (--config-from), and a day (`--today`)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path


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


# The pull-request stage's own words (pullrequest/arrival.py: SEEN, EXAMPLE), spelled here so that
# building the parser imports none of it; tests/test_cli.py checks they agree.
SEEN = "HONORS_SEEN"
ARRIVAL_EXAMPLE = "2025-04-08T23:30:00+08:00"


def _list(name: str) -> list[str]:
    return os.environ.get(name, "").split()


def add_change_arguments(p: argparse.ArgumentParser) -> None:
    """--author, --pusher, --base, --head (each defaulting to its HONORS_* variable), --seen, --arrived."""
    p.add_argument("--author", default=_env("HONORS_AUTHOR"), metavar="账号",
                   help="修改者（拉取请求作者）的账号（默认取环境变量 HONORS_AUTHOR）")
    p.add_argument("--pusher", action="append", default=_list("HONORS_PUSHER"), metavar="账号",
                   help="推送这次修改的账号（GitHub 事件中的 sender），可重复；与作者一样按修改权限检查"
                   "（默认取环境变量 HONORS_PUSHER，多个用空格分隔）")
    p.add_argument("--base", default=_env("HONORS_BASE"), metavar="基准版本",
                   help="基准版本，如 main 或提交号（默认取环境变量 HONORS_BASE）")
    p.add_argument("--head", default=_env("HONORS_HEAD") or "HEAD", metavar="修改后版本",
                   help="修改后的版本（默认取环境变量 HONORS_HEAD，再默认 HEAD）")
    p.add_argument("--seen", action="append", default=_list(SEEN), metavar="提交号=时间",
                   help="这次修改中的某个提交及平台服务器最早收到它的时间（如它的检查开始的时间），可重复："
                   "截止前已送达、之后没有再改的文件仍按按时送达判断（默认取环境变量 HONORS_SEEN，多个用空格分隔）")
    p.add_argument("--arrived", default=None, metavar="时间",
                   help=f"修改送达服务器的时间，如 {ARRIVAL_EXAMPLE}（不写时区按北京时间）；"
                   "GitLab 可传 $CI_PIPELINE_CREATED_AT")


def add_config_from_argument(p: argparse.ArgumentParser) -> None:
    """--config-from: the office's files from a trusted commit (the pull request's base)."""
    p.add_argument("--config-from", default=None, metavar="版本",
                   help="联盟办的文件（联盟名录 registry.yaml、各年度 campaign.yaml、冻结的名录、"
                   "decisions.yaml）取自这个版本（拉取请求的基准提交），其余推荐材料取自本目录："
                   "拉取请求改不了检查它所用的名额、截止日期和名录")


@contextmanager
def judged_root(root: Path, config_from: str | None) -> Iterator[Path]:
    """root itself, or (with --config-from) a copy whose office files are the trusted commit's."""
    if not config_from:
        yield root
        return
    from generator.pullrequest.trusted import (
        office_config_from,  # the pull-request stage, only here
    )

    with office_config_from(root, config_from) as where:
        yield where
