"""`honors forms`: the filled official forms, the review workbook and the honor-roll CSV."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from generator.errors import UserError
from generator.validate import validate_repository
from generator.workspace import find_root

if TYPE_CHECKING:
    from generator.forms import Scope

PRIVACY_NOTE = "注意：这些文件含个人信息（年龄、学历、电话等），仅供联盟办内部使用，请勿公开或提交到仓库。"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "forms",
        help="生成正式表格（Word）、推荐汇总（Excel）和表彰名单（CSV）",
        description="按推荐材料填好附件 1-1 至 1-4（.docx，可直接打印盖章），"
        "并生成推荐汇总.xlsx 和表彰名单.csv。默认生成最新年度的全部表格，写入 output/ 文件夹。",
    )
    p.add_argument("--year", metavar="年度", help="评选年度，如 2024（默认最新）")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--city", metavar="城市", help="只生成一个市的表格，如 xian 或 西安市")
    scope.add_argument("--group", metavar="工作组", help="只生成一个工作组的表格，如 reading")
    p.add_argument("--out", type=Path, default=None, metavar="文件夹",
                   help="输出文件夹（默认为仓库下的 output/）")
    p.add_argument("--root", type=Path, default=None, help="仓库根目录（默认自动查找）")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: every honors command (validate in pre-commit) would pay for docx/openpyxl.
    from generator.forms import generate
    from generator.forms.select import output_folder, pick_campaign, pick_scope, refuse_errors

    root = find_root(args.root)
    repo, result = validate_repository(root)
    if repo.registry is None:
        raise UserError("联盟名录无法读取，不能生成表格。", "请先运行 honors validate 查看问题。")
    campaign = pick_campaign(repo, args.year)
    refuse_errors(result, repo, campaign)
    scope = pick_scope(repo.registry, args.city, args.group)
    target = output_folder(root, args.out, campaign, scope)
    written = generate(repo.registry, campaign, scope, target)
    print(summary(campaign.year, scope, target, written))
    return 0


def _shown(path: Path) -> str:
    """Relative to the current folder when inside it, else the full path."""
    here = Path.cwd().resolve()
    return path.relative_to(here).as_posix() if path.is_relative_to(here) else str(path)


def summary(year: int, scope: Scope, target: Path, written: list[Path]) -> str:
    """What was written and where, for the clerk."""
    what = {"campaign": "全部城市和工作组", "city": f"城市 {scope.code}",
            "group": f"工作组 {scope.code}"}[scope.kind]
    lines = [f"已生成 {year} 年度的表格（{what}），共 {len(written)} 个文件，保存在 {_shown(target)}："]
    lines += sorted(f"  {p.relative_to(target).as_posix()}" for p in written)
    if scope.kind != "campaign":
        lines.append("推荐汇总.xlsx 和表彰名单.csv 只在生成全年度表格（不加 --city、--group）时输出。")
    lines.append("优秀服务案例没有推荐表，列在推荐汇总.xlsx 的「全部推荐」工作表中。")
    lines.append(PRIVACY_NOTE)
    return "\n".join(lines)
