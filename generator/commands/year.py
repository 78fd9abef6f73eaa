"""`honors year new <年度>`: open the next year from the last one, once the last one is closed."""

from __future__ import annotations

import argparse

from generator.commands._arguments import add_root, iso_day
from generator.commands.owners import regenerate_codeowners
from generator.core.errors import UserError
from generator.core.workspace import find_root
from generator.load.campaign import load_repository


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "year",
        help="新建下一年度的评选（联盟办使用）",
        description="honors year new <年度>：据上一年度的评选方案生成 submissions/<年度>/campaign.yaml。"
        "年度、考核时限、截止日期、文号和发布日期按新通知填写（不沿用上一年度），阶段、公示期、"
        "成文日期和逾期例外清空；奖项、名额、专项工作和案例主题沿用并标注「请核对」。"
        "上一年度没有结束（honors close）时拒绝运行。",
    )
    actions = p.add_subparsers(dest="action", metavar="操作", required=True)
    new = actions.add_parser("new", help="新建一个年度", description="据上一年度新建一个年度的评选方案。")
    new.add_argument("year", metavar="年度", help="新年度，如 2025")
    new.add_argument("--deadline", type=iso_day, required=True, metavar="日期",
                     help="新通知规定的报送截止日期，如 2026-04-08")
    new.add_argument("--notice-number", metavar="文号", default=None, help="新通知的文号，如 陕公图联发〔2026〕03号")
    new.add_argument("--published-on", type=iso_day, metavar="日期", default=None, help="新通知的发布日期")
    add_root(new)
    new.set_defaults(run=run_new)


def run_new(args: argparse.Namespace) -> int:
    from generator.authoring.newyear import open_year
    root = find_root(args.root)
    year = int(args.year) if args.year.strip().isdigit() else 0
    if not 2000 <= year <= 2100:
        raise UserError(f"年度「{args.year}」不对。", "请写四位数的年度，如 2025。")
    repo, _ = load_repository(root)
    opened = open_year(root, repo, year, args.deadline, args.notice_number, args.published_on)
    rel = opened.path.relative_to(root).as_posix()
    print(f"已新建 {rel}（据上一年度的评选方案）。")
    print("已按新年度重设：" + "；".join(opened.reset) + "。")
    if opened.carried:
        print("沿用上一年度、请按新通知核对：" + "、".join(opened.carried) + "。")
    if opened.missing:
        print("待补：" + "、".join(opened.missing) + "，新通知印发后写入。")
    if opened.moved:
        print("已随联盟名录中的「前身」改到现在的工作组：" + "；".join(opened.moved) + "。")
    owners_file = regenerate_codeowners(root, repo.registry) if repo.registry is not None else None
    if owners_file is not None:
        print(f"已按联盟名录重新生成 {owners_file}（联盟名录有变动时各账号随之更新）。")
    print("下一步：")
    print(f"  1. 打开 {rel}，按新通知核对，运行 honors validate；")
    if owners_file is None:
        print("  2. 联盟名录有变动的，运行 honors owners codeowners 重新生成 .github/CODEOWNERS；")
    else:
        print(f"  2. 以后联盟名录再有变动，运行 honors owners codeowners 重新生成 {owners_file}；")
    print("  3. 提交这些文件；各委员馆即可用 honors new 或在线填报开始推荐。")
    return 0
