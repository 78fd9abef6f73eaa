"""`honors build`: generate the public site (MkDocs, strict) from submissions/."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from generator.commands._arguments import add_root
from generator.core.workspace import find_root


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "build",
        help="生成公开网站",
        description="用 submissions/ 下的推荐材料生成公开网站（默认输出到 site/）。"
        "推荐材料有错误时不生成网站（--preview 除外）。退出码：0 成功，2 未生成。",
    )
    add_root(p)
    p.add_argument("--site-dir", type=Path, default=None, help="输出文件夹（默认 仓库根目录/site）")
    p.add_argument("--verbose", action="store_true", help="显示 MkDocs 的全部过程信息")
    p.add_argument("--file-urls", action="store_true",
                   help="链接直接指向 index.html：下载后直接双击打开（file://）也能逐页浏览，用于拉取请求的网站预览")
    p.add_argument("--preview", action="store_true",
                   help="拉取请求的网站预览：推荐材料有错误时照样生成，问题以横幅显示在相关页面上（不用于发布）")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: every honors command (validate in pre-commit) would pay for MkDocs.
    from generator.core.atomic import replace_dir_atomically
    from generator.site.build import build_site, show_mkdocs_log

    root = find_root(args.root)
    site_dir = (args.site_dir or root / "site").resolve()
    show_mkdocs_log(logging.INFO if args.verbose else logging.WARNING)
    # Built beside site_dir and swapped in whole: a failed or killed build leaves the old site.
    with replace_dir_atomically(site_dir) as staging:
        build_site(root, staging, file_urls=args.file_urls, preview=args.preview)
    print(f"网站{'预览' if args.preview else ''}已生成：{site_dir}", file=sys.stderr)
    return 0
