"""`honors privacy`: scan a built site for the private values of the data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.campaign import load_repository
from generator.errors import UserError
from generator.privacy import private_values, scan_site
from generator.workspace import find_root


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "privacy",
        help="检查网站是否泄露个人信息",
        description="从推荐材料中取出不公开的个人信息（年龄、性别、学历、电话），逐个检查已生成网站的"
        "每个文件（网页、搜索索引、站点地图等）。报告只写文件和信息类别，不写信息本身。"
        "退出码：0 未发现泄露，1 发现泄露，2 无法运行。",
    )
    p.add_argument("site", nargs="?", type=Path, default=None, metavar="网站文件夹",
                   help="已生成的网站（默认 仓库根目录/site）")
    p.add_argument("--root", type=Path, default=None, help="仓库根目录（默认自动查找）")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = find_root(args.root)
    site = args.site or root / "site"
    if not site.is_dir():
        raise UserError(f"找不到网站文件夹「{site}」。", "请先运行 honors build，或写出网站文件夹的路径。")
    repo, result = load_repository(root)
    if result.has_errors:
        print("注意：推荐材料有错误，有错误的文件未纳入检查（honors validate 可查看）。", file=sys.stderr)
    secrets = private_values(repo)
    leaks = scan_site(site, secrets)
    files = sum(1 for p in site.rglob("*") if p.is_file())
    for leak in leaks:
        print(f"{leak.file}：含有{leak.kind}（来自 {leak.owner}）")
    if leaks:
        print(f"隐私检查未通过：{len(leaks)} 处泄露。请检查网站模板或插件，个人信息只能出现在联盟办的表格中。")
        return 1
    print(f"隐私检查通过：{files} 个文件，{len(secrets)} 项个人信息，未发现泄露。")
    return 0
