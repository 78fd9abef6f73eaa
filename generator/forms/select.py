"""From what the clerk typed to what to generate: the year, the city or group, the folder."""

from __future__ import annotations

import difflib
from pathlib import Path

from generator.check.report import SEVERITY_WORDS
from generator.core.errors import UserError
from generator.core.findings import Finding, Result
from generator.forms.plan import Scope
from generator.load.records import Campaign, Repository
from generator.models import Registry

SHOWN_ERRORS = 10
SUBMISSIONS = "submissions"
# Folders whose content is published or validated: the office's copy must stay out of them.
PUBLIC_FOLDERS = ("docs", "submissions", "site", "schema")


def _year_folder(file: str, base: str) -> str | None:
    """「2023」 for submissions/2023/…, None for a file outside every year's folder."""
    if not file.startswith(base):
        return None
    first, sep, _ = file[len(base):].partition("/")
    return first if sep else None


def _errors(result: Result) -> list[Finding]:
    return [f for f in result.sorted() if f.severity == "error"]


def _unreadable_years(repo: Repository, result: Result) -> dict[str, list[Finding]]:
    """Year folders with errors that did not load as a campaign (e.g. a broken campaign.yaml)."""
    base = SUBMISSIONS + "/"
    loaded = {c.folder.rsplit("/", 1)[-1] for c in repo.campaigns}
    found: dict[str, list[Finding]] = {}
    for f in _errors(result):
        year = _year_folder(f.file, base)
        if year is not None and year not in loaded:
            found.setdefault(year, []).append(f)
    return found


def pick_campaign(repo: Repository, year: str | None, result: Result | None = None) -> Campaign:
    """The campaign of that year, or the newest; a year whose config could not be read is
    reported with its errors, not as missing (and, when newest, not skipped for an older one)."""
    unreadable = _unreadable_years(repo, result) if result is not None else {}
    newest = max(unreadable, default=None)
    wanted = year.strip() if year is not None else None
    if wanted is None and newest and (not repo.campaigns or newest > _folder_name(repo.campaigns[0])):
        wanted = newest
    if wanted in unreadable:
        _refuse(unreadable[wanted])
    if not repo.campaigns:
        raise UserError("submissions 下还没有任何年度的评选。", "请先建立年度文件夹（如 2024）。")
    if wanted is None:
        return repo.campaigns[0]
    found = next((c for c in repo.campaigns if str(c.year) == wanted), None)
    if found is None:
        years = "、".join(str(c.year) for c in repo.campaigns)
        raise UserError(f"没有 {year} 年度的评选。", f"可选年度：{years}。")
    return found


def _folder_name(campaign: Campaign) -> str:
    return campaign.folder.rsplit("/", 1)[-1]


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
    """Forms are printed and stamped: refuse while this campaign (or the registry, or anything
    outside the years' folders) has errors; another year's errors do not stop this one."""
    base = campaign.folder.rsplit("/", 1)[0] + "/"
    errors = [f for f in _errors(result)
              if _year_folder(f.file, base) in (None, _folder_name(campaign))]
    if errors:
        _refuse(errors)


def _refuse(errors: list[Finding]) -> None:
    lines = [_line(f) for f in errors[:SHOWN_ERRORS]]
    if len(errors) > SHOWN_ERRORS:
        lines.append(f"  …… 另有 {len(errors) - SHOWN_ERRORS} 个错误")
    raise UserError(
        f"推荐材料还有 {len(errors)} 个错误，不能生成正式表格：\n" + "\n".join(lines),
        "请先运行 honors validate 查看并修正这些错误，再生成表格。",
    )
