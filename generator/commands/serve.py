"""`honors serve`: preview the site locally; it rebuilds when a YAML file changes."""

from __future__ import annotations

import argparse
import errno
import logging

from generator.commands._arguments import add_root
from generator.core.errors import UserError
from generator.core.workspace import find_root


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "serve",
        help="本地预览网站",
        description="在本机启动预览服务器；修改 submissions/ 下的文件后网站自动重新生成并刷新。",
    )
    add_root(p)
    p.add_argument("--addr", default="127.0.0.1:8000", help="地址和端口（默认 127.0.0.1:8000）")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: every honors command (validate in pre-commit) would pay for MkDocs.
    # generator.site first: it selects the site engine before any mkdocs module is imported.
    from generator.site.build import config_path, show_mkdocs_log

    from mkdocs.commands.serve import serve  # isort: skip
    from mkdocs.exceptions import Abort, ConfigurationError  # isort: skip

    root = find_root(args.root)
    show_mkdocs_log(logging.INFO)
    try:
        # The preview is served at the address's root, whatever folder site_url publishes to.
        serve(config_file=str(config_path(root)), dev_addr=args.addr,
              site_url=f"http://{args.addr}/")
    except (Abort, ConfigurationError) as err:
        raise UserError("预览服务器未能启动。", "原因见上方的错误信息。") from err
    except OSError as err:
        # MkDocs binds the port only after the first build: a busy port surfaces here.
        if err.errno != errno.EADDRINUSE:
            raise
        raise UserError(f"地址 {args.addr} 已被占用（可能已有一个预览在运行）。",
                        "请先关闭占用它的程序，或换一个端口，例如："
                        "honors serve --addr 127.0.0.1:8001") from err
    return 0
