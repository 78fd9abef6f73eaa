"""`honors stamped`: which nominations have a stamped original on record (scan or paper)."""

from __future__ import annotations

import argparse

from generator.commands._arguments import add_root
from generator.core.workspace import find_root
from generator.load.campaign import load_repository


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "stamped",
        help="列出每份推荐材料的盖章原件（扫描件或纸质原件）",
        description="推荐表上的「（盖章）」「推荐单位（章）」由推荐单位盖章。本命令逐份列出推荐材料和汇总表："
        "推荐文件夹 stamped/ 中对应的盖章扫描件，以及评选方案 campaign.yaml「纸质原件」登记的送达日期。"
        "只在联盟办本地使用，输出不写入网站。退出码：0；加 --missing 时有缺少盖章原件的材料为 1。",
    )
    p.add_argument("--year", metavar="年度", help="评选年度，如 2024（默认最新）")
    p.add_argument("--missing", action="store_true", help="只列缺少盖章原件的材料")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: generator.forms loads python-docx and openpyxl, which every other command
    # (validate in pre-commit above all) would otherwise pay for.
    from generator.forms.originals import originals, render_text
    from generator.forms.select import pick_campaign

    root = find_root(args.root)
    repo, result = load_repository(root)
    campaign = pick_campaign(repo, args.year, result)
    rows = originals(campaign)
    print(render_text(rows, campaign.year, args.missing))
    return 1 if args.missing and any(r.missing for r in rows) else 0
