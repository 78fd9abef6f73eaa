"""`honors comment`: the pull-request comment's Markdown, written to a file for the posting job."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator.check.validate import validate_repository
from generator.commands._arguments import (
    add_change_arguments,
    add_config_from_argument,
    add_root,
    judged_root,
)
from generator.core.atomic import write_text_atomically
from generator.core.errors import UserError
from generator.core.workspace import find_root

if TYPE_CHECKING:
    from generator.pullrequest.prcomment import ChangeCheck


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "comment",
        help="生成拉取请求评论（Markdown）",
        description="生成拉取请求中那条自动更新的中文评论：本单位的名额使用（集体、个人、联络人）、本次修改涉及的"
        "全部问题（文件、行号、修改建议）和网站预览的位置。只写出评论内容，不访问任何服务器；"
        "由单独的工作流读取后发到拉取请求上。总是以 0 退出。",
    )
    add_change_arguments(p)
    p.add_argument("--preview-url", default="", metavar="网址", help="网站预览所在的运行页面")
    p.add_argument("--output", type=Path, default=None, metavar="文件", help="写到这个文件（默认打印）")
    add_root(p)
    add_config_from_argument(p)
    p.set_defaults(run=run)


def _check_change(root: Path, args: argparse.Namespace) -> ChangeCheck:
    """The change's paths and its own checks; a check that cannot run is said, not raised."""
    from generator.pullrequest import arrival, prcomment
    from generator.pullrequest.gitchanges import changed_files
    from generator.pullrequest.prcheck import check_change
    if not args.base:
        return prcomment.ChangeCheck([], could_not_check="没有提供基准版本（--base 或 HONORS_BASE）。")
    try:
        paths = [p for c in changed_files(root, args.base, args.head) for p in c.paths]
    except UserError as err:
        return prcomment.ChangeCheck([], could_not_check=err.message)
    if not args.author:
        return prcomment.ChangeCheck(paths, could_not_check="没有提供拉取请求作者的账号（--author 或 HONORS_AUTHOR）。")
    try:
        checks = check_change(root, args.author, args.base, args.head, arrival.resolve(args.arrived),
                              args.pusher, [arrival.parse_seen(t) for t in args.seen])
    except UserError as err:
        return prcomment.ChangeCheck(paths, could_not_check=err.message)
    return prcomment.ChangeCheck(paths, checks)


def run(args: argparse.Namespace) -> int:
    from generator.pullrequest import prcomment
    root = find_root(args.root)
    with judged_root(root, args.config_from) as judged:
        repo, validation = validate_repository(judged)
        body = prcomment.render(repo, validation, _check_change(root, args), args.preview_url)
    if args.output is None:
        sys.stdout.write(body)
    else:
        # Written whole or not at all: the posting job must never read half a comment.
        write_text_atomically(args.output, body)
        print(f"评论已写入 {args.output}。")
    return 0
