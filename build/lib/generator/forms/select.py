"""From what the clerk typed to what to generate: the year, the city or group, the folder."""

from __future__ import annotations

import difflib
from pathlib import Path

from generator.errors import UserError
from generator.findings import Finding, Result
from generator.forms.plan import Scope
from generator.models import Registry
from generator.records import Campaign, Repository
from generator.report import SEVERITY_WORDS

SHOWN_ERRORS = 10
# Folders whose content is published or validated: the office's copy must stay out of them.
PUBLIC_FOLDERS = ("docs", "submissions", "site", "schema")


def pick_campaign(repo: Repository, year: str | None) -> Campaign:
    """The campaign of that year, or the newest."""
    years = "、".join(str(c.year) for c in repo.campaigns)
    if not repo.campaigns:
        raise UserError("submissions 下还没有任何年度的评选。", "请先建立年度文件夹（如 2024）。")
    if year is None:
        return repo.campaigns[0]
    found = next((c for c in repo.campaigns if str(c.year) == year.strip()), None)
    if found is None:
        raise UserError(f"没有 {year} 年度的评选。", f"可选年度：{years}。")
    return found


def _pick(value: str, options: dict[str, list[str]], what: str) -> str:
    wanted = "".join(value.split())
    for code, names in options.items():
        if wanted in names:
            return code
    every = [n for names in options.values() for n in names]
    near = difflib.get_close_matches(wanted, every, n=1, cutoff=0.5)
    listing = "、".join(f"{code}（{names[1]}）" for code, names in options.items())
    hint = (f"是否想写「{near[0]}」？" if near else "") + f"可选{what}：{listing}。"
    raise UserError(f"联盟名录中没有{what}「{value}」。", hint)


def pick_scope(registry: Registry, city: str | None, group: str | None) -> Scope:
    """--city / --group by code (xian) or by name (西安市, 西安, 阅读推广工作组)."""
    if city is not None:
        options = {c.code: [c.code, c.name, c.name.removesuffix("市"), c.committee_library]
                   for c in registry.cities}
        return Scope("city", _pick(city, options, "城市"))
    if group is not None:
        options = {g.code: [g.code, g.name, g.name.removesuffix("工作组")] for g in registry.groups}
        return Scope("group", _pick(group, options, "工作组"))
    return Scope("campaign")


def output_folder(root: Path, out: Path | None, campaign: Campaign, scope: Scope) -> Path:
    """The folder this run replaces; never inside a published or validated folder."""
    base = (out if out is not None else root / "output").resolve()
    for name in PUBLIC_FOLDERS:
        if base.is_relative_to((root / name).resolve()):
            raise UserError(f"输出文件夹「{base}」在仓库的 {name}/ 里，表格含个人信息，不能放在这里。",
                            "请使用默认的 output/ 文件夹，或仓库之外的文件夹。")
    if base == root.resolve():
        raise UserError("输出文件夹不能是仓库根目录。", "请使用默认的 output/ 文件夹。")
    target = base / str(campaign.year) / scope.folder()
    path = base
    for part in (*target.relative_to(base).parts, ""):
        if path.exists() and not path.is_dir():
            raise UserError(f"「{path}」是一个文件，不是文件夹。", "请换一个输出文件夹（--out）。")
        path = path / part
    return target


def _line(f: Finding) -> str:
    place = f"{f.file}:{f.line}" if f.line else f.file
    return f"  {place}: {f.code} {SEVERITY_WORDS[f.severity]}：{f.message}"


def refuse_errors(result: Result, repo: Repository, campaign: Campaign) -> None:
    """Forms are printed and stamped: refuse while this campaign (or the registry) has errors."""
    others = [c.folder + "/" for c in repo.campaigns if c is not campaign]
    errors = [f for f in result.sorted()
              if f.severity == "error" and not f.file.startswith(tuple(others))]
    if not errors:
        return
    lines = [_line(f) for f in errors[:SHOWN_ERRORS]]
    if len(errors) > SHOWN_ERRORS:
        lines.append(f"  …… 另有 {len(errors) - SHOWN_ERRORS} 个错误")
    raise UserError(
        f"推荐材料还有 {len(errors)} 个错误，不能生成正式表格：\n" + "\n".join(lines),
        "请先运行 honors validate 查看并修正这些错误，再生成表格。",
    )
