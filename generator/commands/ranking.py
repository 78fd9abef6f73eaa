"""`honors ranking`: each special project's 考核排名 from the working groups' 业务数据."""

from __future__ import annotations

import argparse
from pathlib import Path

from generator.assessment.campaign import assess, previous_campaign
from generator.check.validate import validate_repository
from generator.commands._arguments import add_root
from generator.core.atomic import write_text_atomically
from generator.core.errors import UserError
from generator.core.workspace import find_root
from generator.load.records import Campaign

FOLDER = "考核排名"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "ranking",
        help="按工作组的业务数据计算各专项的考核排名",
        description="读取各工作组 data 文件夹中的业务数据，按评选方案（campaign.yaml）各专项「考核」"
        "配置的指标、权重、地区调整计算考核排名（委员馆、成员馆分别排名），打印排名表，并把每个专项"
        "的排名表（各馆原始数值、调整后数值、指标得分、综合得分、名次、较上一年度进步和计算方法）"
        "写成 CSV 文件（Excel、WPS 可直接打开打印），保存在 output/考核排名/<年度>/。",
    )
    p.add_argument("--year", metavar="年度", help="评选年度，如 2024（默认最新）")
    p.add_argument("--project", metavar="专项", help="只计算一个专项，如 联合参考咨询")
    p.add_argument("--out", type=Path, default=None, metavar="文件夹",
                   help="输出文件夹（默认为仓库下的 output/）")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: generator.forms loads python-docx and openpyxl, which every other command
    # (validate in pre-commit above all) would otherwise pay for.
    from generator.forms.ranking import render_csv, render_text
    from generator.forms.select import pick_campaign

    root = find_root(args.root)
    repo, result = validate_repository(root)
    campaign = pick_campaign(repo, args.year, result)
    assessment = assess(root, campaign, previous_campaign(repo, campaign))
    projects = assessment.projects
    if args.project:
        projects = [p for p in projects if p.project.answers_to(args.project)]
        if not projects:
            names = "、".join(p.project.name for p in assessment.projects) or "（无）"
            raise UserError(f"{campaign.year} 年度没有按业务数据考核的专项「{args.project}」。",
                            f"配置了「考核」的专项：{names}。")
    if not projects:
        raise UserError(f"{campaign.year} 年度的评选方案没有为任何专项配置「考核」。",
                        "请联盟办在 campaign.yaml 的「专项工作」中为专项加上「考核」（指标、权重等）。")
    data_files = {p.table.path for p in projects if p.table} | {p.folder for p in projects}
    errors = [f for f in result.sorted() if f.severity == "error"
              and any(f.file == d or f.file.startswith(d + "/") for d in data_files)]
    if errors:
        first = errors[0]
        raise UserError(f"业务数据有 {len(errors)} 处错误，排名未生成；第一处：{first.file}:{first.line or ''} "
                        f"{first.code} {first.message}", "请先运行 honors validate 查看并改正全部问题。")
    target = (args.out or root / "output") / FOLDER / str(campaign.year)
    written = []
    for project in projects:
        print(render_text(project, campaign.year))
        if project.rankings:
            path = target / f"{project.project.name}.csv"
            write_text_atomically(path, render_csv(project, campaign.year))
            written.append(path)
    if written:
        print(f"已写入 {len(written)} 个排名表：" + "、".join(p.name for p in written) + f"（{target}）")
    print(next_step(campaign))
    return 0


def next_step(campaign: Campaign) -> str:
    """The office's next step after the ranking (docs/office/forms.md's route)."""
    if campaign.decisions is None:
        return "下一步：运行 honors forms 生成审议评分表（考核排名列在其中），供工作组会议审议。"
    return "下一步：运行 honors forms，表格中的考核排名随之更新。"
