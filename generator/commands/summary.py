"""`honors summary`: the validation result as Markdown, for a GitHub job summary."""

from __future__ import annotations

import argparse
import os
import sys

from generator.check.validate import validate_repository
from generator.commands._arguments import add_config_from_argument, add_root, judged_root
from generator.core.errors import UserError
from generator.core.findings import Result
from generator.core.workspace import find_root
from generator.load.records import Campaign


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "summary",
        help="生成校验结果摘要（Markdown）",
        description="校验全部推荐材料，输出 Markdown 摘要：各市推荐数与名额对照表、全部问题。"
        "设置了环境变量 GITHUB_STEP_SUMMARY 时追加到该文件（GitHub Actions 的运行摘要），"
        "否则打印出来，并说明联盟办的下一步。总是以 0 退出；是否通过由 honors validate 判定。",
    )
    p.add_argument("--year", type=int, default=None, help="年度（默认最新一届）")
    add_root(p)
    add_config_from_argument(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from generator.pullrequest import ghsummary
    root = find_root(args.root)
    with judged_root(root, args.config_from) as judged:
        repo, result = validate_repository(judged)
        campaigns = [c for c in repo.campaigns if args.year in (None, c.year)]
        if args.year is not None and not campaigns:
            raise UserError(f"找不到 {args.year} 年度的评选方案。",
                            f"请确认 submissions/{args.year}/campaign.yaml 存在且没有错误。")
        campaign = campaigns[0] if campaigns else None
        printed = ghsummary.publish(ghsummary.render(repo.registry, campaign, result))
        sys.stdout.write(printed)
    if printed and campaign is not None and not os.environ.get("CI"):
        # Run by the office (not in CI): the route's next step, on stderr, apart from the Markdown.
        print(next_step(campaign, result), file=sys.stderr)
    return 0


def next_step(campaign: Campaign, result: Result) -> str:
    """The office's next step after reading the summary (docs/office/forms.md's route)."""
    if result.has_errors:
        return ("下一步：请相关委员馆、工作组按问题清单改正（honors validate 列出每个问题的行号和改法），"
                "改正合并后再运行 honors summary。")
    if campaign.decisions is None:
        return ("下一步：推荐截止后，运行 honors ranking 计算各专项的考核排名，"
                "再运行 honors forms 生成审议评分表。")
    return "下一步：运行 honors forms 生成本阶段的表格，它会说明再下一步。"
