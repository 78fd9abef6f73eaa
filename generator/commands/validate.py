"""`honors validate`: check nominations against the schemas and the scheme's rules."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.check.report import REPORTERS
from generator.check.validate import restrict, validate_repository
from generator.commands._arguments import add_config_from_argument, add_root, judged_root
from generator.core.errors import UserError
from generator.core.workspace import find_root


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "validate",
        help="校验推荐材料",
        description="校验 submissions/ 下的推荐材料：格式、必填字段、名额与参评资格。"
        "退出码：0 通过（可有警告），1 有错误，2 无法运行。",
    )
    p.add_argument("paths", nargs="*", metavar="路径", help="只报告这些文件或文件夹的问题（默认全部）")
    p.add_argument("--format", choices=sorted(REPORTERS), default="text", help="输出格式")
    add_root(p)
    add_config_from_argument(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = find_root(args.root)
    rels = []
    for raw in args.paths:
        path = Path(raw).resolve()
        if not path.exists():
            raise UserError(f"找不到「{raw}」。", "请检查路径拼写。")
        try:
            rels.append(path.relative_to(root.resolve()).as_posix())
        except ValueError:
            raise UserError(f"「{raw}」不在仓库 {root.name} 里。", "只能校验本仓库 submissions/ 下的文件。") from None
    with judged_root(root, args.config_from) as judged:
        _, result = validate_repository(judged)
    if rels and "." not in rels:
        result = restrict(result, rels)
    sys.stdout.write(REPORTERS[args.format](result))
    return result.exit_code()
