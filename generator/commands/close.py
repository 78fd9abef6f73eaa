"""`honors close`: end a year's selection by freezing the registry it was judged with."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from generator.authoring.closing import close_year
from generator.check.validate import validate_repository
from generator.core.errors import UserError
from generator.core.workspace import find_root


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "close",
        help="结束一个年度的评选：冻结当年的联盟名录（联盟办使用）",
        description="把 submissions/registry.yaml 原样复制到 submissions/<年度>/registry.yaml。"
        "此后修改联盟名录（更换联络人、新增或更名成员馆）不影响该年度的校验、网站和表格。"
        "只有表彰名单已是「已表彰」且没有错误的年度才能结束。",
    )
    p.add_argument("--year", type=int, required=True, metavar="年度", help="要结束的年度，如 2024")
    p.add_argument("--root", type=Path, default=None, help="仓库根目录（默认自动查找）")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = find_root(args.root)
    repo, result = validate_repository(root)
    campaign = next((c for c in repo.campaigns if c.year == args.year), None)
    if campaign is None:
        years = "、".join(str(c.year) for c in repo.campaigns) or "（无）"
        raise UserError(f"没有 {args.year} 年度的评选。", f"已有的年度：{years}。")
    errors = [f for f in result.errors
              if f.file.startswith(campaign.folder + "/") or f.file.startswith("submissions/registry")]
    if errors:
        raise UserError(f"{args.year} 年度还有 {len(errors)} 个错误，不能结束评选。",
                        "请先运行 honors validate 改正这些错误。")
    target = close_year(root, campaign, date.today())
    print(f"已冻结 {args.year} 年度的联盟名录：{target.relative_to(root).as_posix()}。"
          "此后该年度按冻结的名录校验和显示。\n"
          f"下一步：提交此文件（发起拉取请求），合并后网站和往年材料都按 {args.year} 年的名录显示；"
          "新一年度的评选从复制 campaign.yaml 开始（见 docs/office/setup.md）。")
    return 0
