"""`honors close`: end a year's selection by freezing the registry it was judged with."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from generator.check.validate import validate_repository
from generator.commands._arguments import add_root
from generator.core.errors import UserError
from generator.core.workspace import find_root
from generator.load.campaign import load_repository


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "close",
        help="结束一个年度的评选：冻结当年的联盟名录并封存本年度文件（联盟办使用）",
        description="把 submissions/registry.yaml 原样复制到 submissions/<年度>/registry.yaml，"
        "并在 submissions/<年度>/closed.yaml 记下本年度每个文件的摘要。"
        "此后修改联盟名录（更换联络人、新增或更名成员馆）不影响该年度的校验、网站和表格；"
        "该年度的文件再被修改，honors validate 报 D013 错误。"
        "只有表彰名单已是「已表彰」且没有错误的年度才能结束。"
        "确需更正已结束年度的文件时，改好后用 --correct 和 --reason 记下更正（网站的更新记录会显示）。",
    )
    p.add_argument("--year", type=int, required=True, metavar="年度", help="要结束的年度，如 2024")
    p.add_argument("--correct", metavar="文件", default=None,
                   help="记录对已结束年度这个文件（或文件夹）的更正，如 campaign.yaml")
    p.add_argument("--reason", metavar="理由", default="", help="更正的理由（与 --correct 同用）")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from generator.authoring.closing import close_year, record_correction
    root = find_root(args.root)
    repo, result = validate_repository(root)
    campaign = next((c for c in repo.campaigns if c.year == args.year), None)
    if campaign is None:
        years = "、".join(str(c.year) for c in repo.campaigns) or "（无）"
        raise UserError(f"没有 {args.year} 年度的评选。", f"已有的年度：{years}。")
    errors = [f for f in result.errors
              if (f.file.startswith(campaign.folder + "/") or f.file.startswith("submissions/registry"))
              and not (args.correct and f.code == "D013")]
    if errors:
        raise UserError(f"{args.year} 年度还有 {len(errors)} 个错误，不能{'记录更正' if args.correct else '结束评选'}。",
                        "请先运行 honors validate 改正这些错误。")
    if args.correct:
        changed = record_correction(root, campaign, args.correct, args.reason, date.today())
        print(f"已记录 {args.year} 年度的更正（{args.reason.strip()}）：" + "、".join(changed) + "。")
        print(_record_documents(root, args.year))
        print(f"请提交这些文件和 {campaign.folder}/closed.yaml；网站 {args.year} 年度的更新记录会显示这次更正。")
        return 0
    frozen = campaign.frozen_registry_path is not None
    target = close_year(root, campaign, date.today())
    documents = _record_documents(root, args.year)
    if frozen:
        print(f"已补记 {args.year} 年度各文件的摘要：{target.relative_to(root).as_posix()}。请提交此文件。")
        print(documents)
        return 0
    print(f"已冻结 {args.year} 年度的联盟名录：{target.relative_to(root).as_posix()}；"
          f"已封存本年度文件：{campaign.folder}/closed.yaml。{args.year} 年度评选结束。")
    print(documents)
    print("此后该年度按冻结的名录校验和显示，它的文件不能再改（确需更正用 --correct）。下一步：")
    for step in next_steps(args.year):
        print(step)
    return 0


def _record_documents(root: Path, year: int) -> str:
    """Generate the closed year's documents afresh and record their digests (表格摘要)."""
    from generator.authoring.closing import record_documents
    from generator.forms.fingerprint import document_digests  # docx/openpyxl only when closing

    repo, _ = load_repository(root)  # the year as it is now closed: its frozen registry
    campaign = next(c for c in repo.campaigns if c.year == year)
    documents = document_digests(root, repo, campaign)
    record_documents(root, campaign, documents)
    return (f"已在 {campaign.folder}/closed.yaml 记下本年度 {len(documents)} 份表格的摘要（表格摘要，PDF 除外）；"
            f"日后运行 honors forms --year {year} --verify 可核对表格没有改变。")


def next_steps(year: int) -> list[str]:
    """What the office does after closing a year, in the order that works."""
    return [
        f"  1. 提交 submissions/{year}/registry.yaml 和 submissions/{year}/closed.yaml；",
        "  2. 联盟名录有变动（更名、合并、更换联络人或账号）的，现在修改 submissions/registry.yaml；",
        f"  3. 新一年度的通知印发后，运行 honors year new {year + 1} --deadline <推荐截止日期>，"
        "按提示核对新年度的评选方案；",
        "  4. 新年度建立时 .github/CODEOWNERS 会按新名录重新生成（仓库中还没有这个文件时，"
        "运行 honors owners codeowners），一并提交。",
    ]
