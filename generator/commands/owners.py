"""`honors owners`: who may change what (D004, with the deadline D003), and CODEOWNERS."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator.check.report import REPORTERS
from generator.commands._arguments import add_change_arguments, add_root, add_today
from generator.core.atomic import write_text_atomically
from generator.core.errors import UserError
from generator.core.findings import Result
from generator.core.workspace import find_root
from generator.load.campaign import load_registry

if TYPE_CHECKING:
    from generator.models import Registry

CODEOWNERS = Path(".github") / "CODEOWNERS"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "owners",
        help="检查修改权限与截止日期；生成 CODEOWNERS",
        description="按联盟名录检查一次修改（拉取请求）是否只动了作者有权修改的文件夹（D004），"
        "以及是否在截止日期后新增了推荐材料（D003）；或根据联盟名录生成 .github/CODEOWNERS。",
    )
    actions = p.add_subparsers(dest="owners_command", metavar="操作", required=True)
    check = actions.add_parser(
        "check", help="检查一次修改",
        description="比较基准版本与修改后版本之间改动的文件。账号、版本和送达时间可用参数给出，也可用环境变量"
        "（HONORS_AUTHOR、HONORS_BASE、HONORS_HEAD、HONORS_ARRIVED）给出，适用于任何代码托管平台。"
        "截止日期按修改送达服务器的时间判断（北京时间），从不按提交（commit）上的日期："
        "依次取 --arrived、HONORS_ARRIVED、CI 事件中平台记录的时间，都没有时取检查运行的时间。"
        "退出码：0 通过，1 有错误，2 无法运行。"
        "设置了 GITHUB_STEP_SUMMARY 时，同时把结果追加到 GitHub Actions 运行摘要。",
    )
    add_change_arguments(check)
    add_today(check, "判断是否逾期（联盟办核对或测试用，优先于 --arrived）")
    check.add_argument("--format", choices=sorted(REPORTERS), default="text", help="输出格式")
    add_root(check)
    check.set_defaults(run=run_check)
    gen = actions.add_parser(
        "codeowners", help="生成或核对 .github/CODEOWNERS",
        description="根据 submissions/registry.yaml 写出 .github/CODEOWNERS；加 --check 只核对不写入"
        "（不一致时以 1 退出）。",
    )
    gen.add_argument("--check", action="store_true", help="只核对，不写入")
    add_root(gen)
    gen.set_defaults(run=run_codeowners)


def run_check(args: argparse.Namespace) -> int:
    from generator.pullrequest import arrival, ghsummary
    from generator.pullrequest.prcheck import check_change
    if not args.author:
        raise UserError("没有提供修改者的账号。", "请用 --author 或环境变量 HONORS_AUTHOR 指定拉取请求的作者。")
    if not args.base:
        raise UserError("没有提供基准版本。", "请用 --base 或环境变量 HONORS_BASE 指定，如 main 或提交号。")
    root = find_root(args.root)
    when = arrival.resolve(args.arrived, args.today)
    result = check_change(root, args.author, args.base, args.head, when, args.pusher,
                          [arrival.parse_seen(t) for t in args.seen])
    sys.stdout.write(REPORTERS[args.format](result))
    ghsummary.append_step_summary(ghsummary.findings_section("修改权限与截止日期", result))
    return result.exit_code()


def regenerate_codeowners(root: Path, registry: Registry) -> str | None:
    """Rewrite an existing .github/CODEOWNERS from the registry (honors year new does it in the
    same step as the registry change); None when there is none or a login is not valid."""
    from generator.authoring.closing import closed_years_on_disk
    from generator.pullrequest import owners
    target = root / CODEOWNERS
    if not target.is_file() or owners.bad_handles(registry):
        return None
    write_text_atomically(target, owners.codeowners_text(registry, closed_years_on_disk(root)))
    return CODEOWNERS.as_posix()


def run_codeowners(args: argparse.Namespace) -> int:
    from generator.authoring.closing import closed_years_on_disk
    from generator.pullrequest import owners
    root = find_root(args.root)
    scratch = Result()
    registry = load_registry(root, scratch)
    if registry is None:
        raise UserError("联盟名录有错误，无法生成 CODEOWNERS。",
                        "请先运行 honors validate，修正 submissions/registry.yaml。")
    bad = owners.bad_handles(registry)
    if bad:
        raise UserError("联盟名录中这些「账号」不是有效的 GitHub 账号：" + "、".join(bad) + "。",
                        "账号只能含英文字母、数字和连字符，不带 @ 和空格；请在 submissions/registry.yaml 中改正。")
    text = owners.codeowners_text(registry, closed_years_on_disk(root))
    target = root / CODEOWNERS
    current = target.read_text(encoding="utf-8") if target.exists() else None
    if args.check:
        if current == text:
            print(f"{CODEOWNERS.as_posix()} 与联盟名录一致。")
            return 0
        print(f"{CODEOWNERS.as_posix()} 与联盟名录不一致。", file=sys.stderr)
        print("提示：请运行 honors owners codeowners 重新生成并提交。", file=sys.stderr)
        return 1
    write_text_atomically(target, text)
    print(f"已根据联盟名录写出 {CODEOWNERS.as_posix()}。")
    return 0
