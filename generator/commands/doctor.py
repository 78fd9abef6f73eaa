"""`honors doctor`: what the office's set-up still lacks, and the next step for each."""

from __future__ import annotations

import argparse
from datetime import date

from generator.commands._arguments import add_root, add_today
from generator.core.workspace import find_root

MARKS = {True: "✔", False: "✘", None: "？"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "doctor",
        help="检查联盟办的设置还缺什么",
        description="离线检查仓库的设置：是否还是演示数据、各单位是否登记了账号、CODEOWNERS 是否与联盟名录一致、"
        "mkdocs.yml 的 site_url 和 repo_url、本届评选的方案与截止日期、发布工作流的变量；"
        "每项不通过时给出下一步怎么做。平台上的设置（仓库是否私有、仓库变量）离线无法读取，"
        "可用同名环境变量（HONORS_REPO_VISIBILITY、HONORS_DEPLOY_…）告诉它。"
        "退出码：0 全部就绪，1 有待办事项，2 无法运行。",
    )
    add_today(p, "计算离截止还有几天（默认今天）")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from generator.guard import doctor
    root = find_root(args.root)
    checks = doctor.diagnose(root, args.today or date.today())
    print(f"honors doctor：检查 {root.name} 的设置")
    for item in checks:
        print(f"{MARKS[item.ok]} {item.title}：{item.detail}")
        if item.next_step and item.ok is not True:
            print(f"    下一步：{item.next_step}")
    todo = sum(1 for c in checks if c.ok is False)
    unknown = sum(1 for c in checks if c.ok is None)
    ready = len(checks) - todo - unknown
    tail = f"，{unknown} 项请到平台上确认" if unknown else ""
    if todo:
        print(f"共 {len(checks)} 项：{ready} 项就绪，{todo} 项待办{tail}。设置指南见网站「关于 → 联盟办设置指南」。")
        return 1
    print(f"共 {len(checks)} 项：全部就绪{tail}。")
    return 0
