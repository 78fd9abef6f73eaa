"""`honors privacy`: scan a built site for the private values of the data (`site`, the default),
or refuse real data in a public repository (`repo`)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from generator.commands._arguments import add_root
from generator.core.errors import UserError
from generator.core.findings import Finding
from generator.core.workspace import find_root
from generator.load.campaign import load_repository


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "privacy",
        help="检查个人信息是否泄露（网站、公开仓库）",
        description="honors privacy site [网站文件夹]：从推荐材料中取出不公开的个人信息（年龄、性别、学历、"
        "电话），逐个检查已生成网站的每个文件（网页、搜索索引、站点地图等）；报告只写文件和信息类别，"
        "不写信息本身。honors privacy repo：仓库是公开的而数据不是演示数据时报错（可见性取自 CI 事件，"
        "其他平台取环境变量 HONORS_REPO_VISIBILITY）。不写操作时为 site。推荐材料的公开文字里写的电话、身份证号"
        "另列为警告（只显示号码头尾），不影响结果。"
        "退出码：0 未发现问题，1 发现泄露，2 无法运行或无法判断。",
    )
    p.add_argument("what", nargs="?", default="site", metavar="检查对象",
                   help="site（已生成的网站，默认）或 repo（仓库是否公开）；也可直接写网站文件夹")
    p.add_argument("site", nargs="?", type=Path, default=None, metavar="网站文件夹",
                   help="已生成的网站（默认 仓库根目录/site）")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.what == "repo":
        if args.site is not None:
            raise UserError("honors privacy repo 不接受网站文件夹。", "检查网站请用 honors privacy site 网站文件夹。")
        return run_repo(find_root(args.root))
    if args.what != "site":  # `honors privacy <folder>`, as before there were two checks
        if args.site is not None:
            raise UserError(f"看不懂「{args.what}」。", "请写 honors privacy site [网站文件夹] 或 honors privacy repo。")
        args.site = Path(args.what)
    return run_site(args)


def run_repo(root: Path) -> int:
    from generator.guard import repoguard, scans
    from generator.pullrequest import cievent
    visibility, source = cievent.visibility()
    verdict = repoguard.judge(repoguard.is_demo(root), visibility, source, len(scans.stamped_scans(root)))
    stream = sys.stdout if verdict.code == 0 else sys.stderr
    label = {0: "仓库隐私检查通过", 1: "仓库隐私检查未通过", 2: "仓库隐私检查无法判断"}[verdict.code]
    print(f"{label}：{verdict.message}", file=stream)
    if verdict.hint:
        print(f"提示：{verdict.hint}", file=stream)
    if verdict.code == 1 and os.environ.get("GITHUB_ACTIONS") == "true":
        # An annotation at the top of the run's page, where the office looks first.
        print(f"::error title=个人信息：仓库是公开的::{verdict.message}")
    return verdict.code


def run_site(args: argparse.Namespace) -> int:
    # Imported here: the scan reads the office's forms (python-docx, openpyxl), which every other
    # command (validate in pre-commit above all) would otherwise load for nothing.
    from generator.guard import scans
    from generator.guard.privacy import Leak, private_values, public_text_warnings, scan_site

    root = find_root(args.root)
    site = args.site or root / "site"
    if not site.is_dir():
        raise UserError(f"找不到网站文件夹「{site}」。", "请先运行 honors build，或写出网站文件夹的路径。")
    repo, result = load_repository(root)
    if result.has_errors:
        print("注意：推荐材料有错误，有错误的文件未纳入检查（honors validate 可查看）。", file=sys.stderr)
    secrets = private_values(repo)
    copies = [Leak(file, scans.KIND, owner) for file, owner in scans.scan_copies(site, root)]
    leaks = sorted([*scan_site(site, secrets), *copies])
    files = sum(1 for p in site.rglob("*") if p.is_file())
    for leak in leaks:
        print(f"{leak.file}：含有{leak.kind}（来自 {leak.owner}）")
    _print_public_text(public_text_warnings(repo))
    if leaks:
        print(f"隐私检查未通过：{len(leaks)} 处泄露。请检查网站模板或插件，个人信息和盖章扫描件只能留在联盟办。")
        return 1
    print(f"隐私检查通过：{files} 个文件，{len(secrets)} 项个人信息，未发现泄露。")
    return 0


def _print_public_text(warnings: list[Finding]) -> None:
    """The submitters' own words the site publishes with a number in them: warnings, not a failure."""
    for w in warnings:
        print(f"警告：{w.file}:{w.line} {w.message}")
    if warnings:
        print(f"以上 {len(warnings)} 处是推荐材料里写的号码（不影响检查结果）：网站会公开这些文字，"
              "请推荐单位删去号码后重新生成网站。")
