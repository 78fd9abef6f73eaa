"""`honors new`: write a commented nomination template in the right folder."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import TYPE_CHECKING

from generator.commands._arguments import add_root
from generator.core.atomic import write_text_atomically
from generator.core.errors import UserError
from generator.core.workspace import find_root
from generator.load.campaign import load_repository
from generator.models import CampaignConfig, Registry
from generator.models.awards import SPECIAL_FORM, WHO_FILLS_WHICH_FORM, award

if TYPE_CHECKING:
    from generator.authoring.scaffold import Owner

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


SPECIAL = award("special")

def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "new",
        help="生成一份带说明的推荐表模板",
        description="在本市（或本工作组、联盟办）的文件夹里生成一份带填写说明的推荐表模板。",
    )
    p.add_argument("kind", metavar="类型", help="先进集体、先进个人、专项、案例 或 汇总表")
    owner = p.add_mutually_exclusive_group(required=True)
    owner.add_argument("--city", metavar="城市代码", help="如 xian")
    owner.add_argument("--group", metavar="工作组代码", help="如 reading")
    owner.add_argument("--office", action="store_true", help="联盟办自己的推荐")
    p.add_argument("--name", metavar="文件名", help="小写拼音和连字符，如 zhang-san（不含 .yaml）")
    p.add_argument("--year", type=int, help="年度（默认最新一届）")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from generator.authoring.scaffold import (  # not needed by other commands
        KIND_ALIASES,
        template_text,
    )

    kind = KIND_ALIASES.get(args.kind)
    if kind is None:
        raise UserError(f"不认识的类型「{args.kind}」。", "可用：先进集体、先进个人、专项、案例、汇总表。")
    root = find_root(args.root)
    repo, _ = load_repository(root)
    campaigns = [c for c in repo.campaigns if args.year in (None, c.year)]
    if not campaigns:
        raise UserError(f"找不到 {args.year or ''} 年度的评选方案。", "请确认 submissions/<年度>/campaign.yaml 存在。")
    campaign = campaigns[0]
    if campaign.frozen_registry_path is not None:
        open_years = [c.year for c in repo.campaigns if c.frozen_registry_path is None]
        raise UserError(f"{campaign.year} 年度的评选已经结束，不能再往里添加推荐材料。",
                        f"本届评选是 {open_years[0]} 年度：请用 --year {open_years[0]}（或不写 --year）。"
                        if open_years else "新一届评选要等联盟办用 honors year new 新建年度后再填报。")
    folder = _folder(root, campaign.folder, args, repo.registry, kind)
    owner = _owner(args)
    _check_special(kind, owner, campaign.config, repo.registry)
    name = "summary" if kind == "summary" else _file_stem(kind, args.name)
    if not SLUG_RE.match(name):
        raise UserError(f"文件名「{args.name}」不规范。", "只用小写英文字母、数字和连字符，如 zhang-san。")
    target = folder / f"{name}.yaml"
    if target.exists():
        raise UserError(f"文件 {target.relative_to(root).as_posix()} 已存在，未覆盖。", "请用 --name 换一个文件名。")
    depth = len(target.relative_to(root).parts) - 1
    folder.mkdir(parents=True, exist_ok=True)
    text = template_text(kind, campaign.config, depth, registry=repo.registry, owner=owner)
    write_text_atomically(target, text)
    print(f"已生成 {target.relative_to(root).as_posix()}，请打开填写，然后运行 honors validate 检查。")
    return 0


def _file_stem(kind: str, name: str | None) -> str:
    """collective-<name>; a name that already starts with the kind (or ends in .yaml) is not doubled."""
    stem = (name or "new").strip()
    stem = stem.removesuffix(".yaml")
    return stem if stem.startswith(f"{kind}-") else f"{kind}-{stem}"


def _owner(args: argparse.Namespace) -> Owner:
    from generator.authoring.scaffold import Owner

    if args.office:
        return Owner("office", "office")
    if args.city:
        return Owner("city", args.city)
    return Owner("group", args.group)


def _check_special(kind: str, owner: Owner, config: CampaignConfig, registry: Registry | None) -> None:
    """附件1-4 comes from the working group responsible for the project, and only from it."""
    from generator.authoring.scaffold import group_projects

    if kind != "special":
        return
    responsible = "、".join(
        f"{p.name}（{_group_name(registry, p.group)}，--group {p.group}）" for p in config.special_projects
    )
    if owner.kind != "group":
        raise UserError(
            f"{SPECIAL.name}（{SPECIAL_FORM.label}）由联盟工作组推荐，不能从"
            + ("城市" if owner.kind == "city" else "联盟办") + "文件夹生成。"
            f"评选通知：「{WHO_FILLS_WHICH_FORM}」。",
            "本馆有突出的专项工作时，请联系负责该专项的工作组推荐"
            + (f"：{responsible}。" if responsible else "；本年度未设专项工作奖。")
            + "委员馆可以推荐先进集体（成员馆）、先进个人和案例。",
        )
    if not group_projects(config, owner.code):
        raise UserError(
            f"工作组「{_group_name(registry, owner.code)}」在{config.year}年度评选方案中不负责任何专项工作，"
            "没有可推荐的联盟专项工作先进集体。",
            "各专项由哪个工作组推荐，见评选方案的「专项工作」"
            + (f"：{responsible}。" if responsible else "；本年度未设专项工作奖。"),
        )


def _group_name(registry: Registry | None, code: str) -> str:
    group = registry.group(code) if registry is not None else None
    return group.name if group is not None else code


def _folder(root: Path, campaign_folder: str, args: argparse.Namespace, registry: Registry | None,
            kind: str) -> Path:
    base = root / campaign_folder
    if args.office:
        if kind == "summary":
            raise UserError("汇总表只属于城市文件夹。", "请用 --city 指定城市。")
        return base / "office"
    if args.city:
        if registry is not None and registry.city(args.city) is None:
            codes = "、".join(c.code for c in registry.cities)
            raise UserError(f"联盟名录中没有城市代码「{args.city}」。", f"可用：{codes}。")
        return base / "cities" / str(args.city)
    if kind == "summary":
        raise UserError("汇总表只属于城市文件夹。", "请用 --city 指定城市。")
    if registry is not None and registry.group(args.group) is None:
        codes = "、".join(g.code for g in registry.groups)
        raise UserError(f"联盟名录中没有工作组代码「{args.group}」。", f"可用：{codes}。")
    return base / "groups" / str(args.group)
