"""The pull-request comment: one Chinese comment per pull request, rewritten on every push.

Librarians read the conversation tab, not the checks. The comment gives the nominating
folder's quota ledger (集体 1/1、个人 2/2、联络人 …), every finding in the folders the change
touches with file, line and hint, and where to find the site preview. Everything that comes
from a file goes through mdsafe: the comment is posted with a write token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.check.report import SEVERITY_WORDS
from generator.core.findings import Finding, Result
from generator.load.records import Campaign, Repository
from generator.models import Registry, awards
from generator.pullrequest import mdsafe
from generator.rules.liaisons import is_liaison
from generator.rules.quotas import city_quota_usage

MAX_FINDINGS = 60
MAX_TEXT = 300  # characters of one message or hint
MAX_CHARS = 60_000  # GitHub refuses comments over 65,536 characters
OWNER_FOLDER = re.compile(r"^(submissions/(\d{4}))/(cities|groups)/([^/]+)/")
SAFE_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:\d+)?(/[A-Za-z0-9._~/%-]*)?(#[A-Za-z0-9_-]*)?$")
ICONS = {"error": "❌", "warning": "⚠️"}


@dataclass
class ChangeCheck:
    """What the comment needs of a change: its paths, and the check of the change itself."""

    paths: list[str]
    checks: Result = field(default_factory=Result)
    could_not_check: str = ""  # why the ownership and deadline check could not run


def touched_folders(paths: list[str]) -> list[tuple[str, str, str]]:
    """(campaign folder, cities|groups, code) of every nominating folder a path lies in."""
    found = {(m.group(1), m.group(3), m.group(4)) for p in paths if (m := OWNER_FOLDER.match(p))}
    return sorted(found)


def _fraction(used: int, quota: int | None) -> str:
    if quota is None:
        return f"{used}（名额待定）"
    return f"{used}/{quota}" + (" ❌超出" if used > quota else "")


def _city_line(registry: Registry | None, campaign: Campaign, code: str) -> str:
    q = campaign.config.quotas
    known = registry or campaign.registry
    usage = city_quota_usage(campaign, known).get(code, {}) if known else {}
    collectives, individuals = usage.get("collective", []), usage.get("individual", [])
    liaisons = [n for n in campaign.nominations if n.source.kind == "city" and n.source.code == code
                and known is not None and is_liaison(n, known)]
    city = registry.city(code) if registry else None
    name = city.committee_library if city else code
    return (f"- **{mdsafe.text(name)}**（{campaign.year}年度）：集体 {_fraction(len(collectives), q.collective_per_city)}、"
            f"个人 {_fraction(len(individuals), q.individual_per_city)}、联络人 {len(liaisons)} 名（不占名额）")


def _group_line(registry: Registry | None, campaign: Campaign, code: str) -> str:
    group = registry.group(code) if registry else None
    mine = [n for n in campaign.nominations if n.source.kind == "group" and n.source.code == code]
    counts = "、".join(f"{a.label} {sum(1 for n in mine if n.award == a.type)}"
                      for a in awards.of_channel("group"))
    return f"- **{mdsafe.text(group.name if group else code)}**（{campaign.year}年度）：{counts}"


def ledger(repo: Repository, folders: list[tuple[str, str, str]]) -> list[str]:
    by_folder = {c.folder: c for c in repo.campaigns}
    lines = []
    for folder, kind, code in folders:
        campaign = by_folder.get(folder)
        if campaign is None:
            continue
        lines.append(_city_line(repo.registry, campaign, code) if kind == "cities"
                     else _group_line(repo.registry, campaign, code))
    return lines


def relevant(findings: list[Finding], paths: list[str], folders: list[tuple[str, str, str]]) -> list[Finding]:
    """Findings in the changed files, or in the nominating folders the change touches."""
    prefixes = tuple(f"{folder}/{kind}/{code}/" for folder, kind, code in folders)
    wanted = set(paths)
    return [f for f in findings if f.file in wanted or f.file.startswith(prefixes)]


def _finding(index: int, f: Finding) -> list[str]:
    place = mdsafe.code(f.file) + (f" 第 {f.line} 行" if f.line else "")
    lines = [f"{index}. {ICONS[f.severity]} **{SEVERITY_WORDS[f.severity]} {mdsafe.text(f.code)}**　{place}",
             f"   {mdsafe.text(f.message, MAX_TEXT)}"]
    if f.hint:
        lines.append(f"   提示：{mdsafe.text(f.hint, MAX_TEXT)}")
    return lines


def verdict(findings: list[Finding]) -> str:
    errors = sum(1 for f in findings if f.severity == "error")
    return mdsafe.verdict(errors, len(findings) - errors, "本次修改")


def render(repo: Repository, validation: Result, change: ChangeCheck, preview_url: str = "") -> str:
    """The comment's Markdown (without the marker the posting job adds)."""
    folders = touched_folders(change.paths)
    in_scope = relevant(validation.sorted(), change.paths, folders)
    mine = Result(in_scope + change.checks.findings).sorted()
    others = len(validation.sorted()) - len(in_scope)
    parts = ["## 推荐材料自动检查结果", "", verdict(mine), ""]
    if change.could_not_check:
        parts += [f"> ⚠️ 修改权限与截止日期检查没能运行：{mdsafe.text(change.could_not_check, MAX_TEXT)}", ""]
    rows = ledger(repo, folders)
    if rows:
        parts += ["### 名额", "", *rows, ""]
    parts += [f"### 问题（{len(mine)} 个）", ""]
    if not mine:
        parts += ["没有发现问题。", ""]
    for i, f in enumerate(mine[:MAX_FINDINGS], 1):
        parts += _finding(i, f)
    if len(mine) > MAX_FINDINGS:
        parts += ["", f"另有 {len(mine) - MAX_FINDINGS} 个问题未列出，见检查的运行摘要。"]
    parts.append("")
    if preview_url and SAFE_URL.match(preview_url):
        parts += ["### 网站预览", "",
                  f"网站生成成功后，在[本次检查的运行页面]({preview_url})底部的 Artifacts 中下载 "
                  "site-preview，解压后用浏览器打开其中的 index.html。"
                  "材料有问题时预览照样生成，问题以横幅显示在相关页面的顶部。", ""]
    foot = "每次提交修改后自动更新本评论。错误和警告的含义与改法见「填报指南 → 贡献指南」。"
    if others > 0:
        foot = f"仓库中其他文件另有 {others} 个问题，与本次修改无关。" + foot
    parts.append(f"<sub>{foot}</sub>")
    return _fit("\n".join(parts) + "\n")


def _fit(body: str) -> str:
    """Cut a body that would exceed GitHub's limit at a line end, saying so."""
    if len(body) <= MAX_CHARS:
        return body
    cut = body[:MAX_CHARS]
    return cut[: cut.rfind("\n")] + "\n\n（评论过长，其余内容见检查的运行摘要。）\n"
