"""`honors schema`: write (or check) the JSON Schema files under schema/."""

from __future__ import annotations

import argparse

from generator.commands._arguments import add_root
from generator.core.workspace import find_root


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("schema", help="生成编辑器用的 JSON Schema", description="根据数据模型生成 schema/ 下的 JSON Schema 文件。")
    p.add_argument("--check", action="store_true", help="只检查是否最新，不写文件（过期时退出码 1）")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from generator.authoring.schemas import stale_files, write_all
    root = find_root(args.root)
    if args.check:
        stale = stale_files(root)
        for name in stale:
            print(f"schema/{name} 已过期，请运行 honors schema 重新生成。")
        return 1 if stale else 0
    for name in write_all(root):
        print(f"已写入 schema/{name}")
    return 0
