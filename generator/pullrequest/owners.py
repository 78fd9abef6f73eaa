"""Who may change which file under submissions/ (rule D004), and CODEOWNERS from the same table.

The ownership table is a list of CODEOWNERS-style rules, general first; as in CODEOWNERS the
last matching rule wins. The D004 check and the generated `.github/CODEOWNERS` both read it,
so what GitHub asks reviews from and what CI enforces cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from generator.core.findings import Finding
from generator.models import Registry

SUBMISSIONS_PREFIX = "submissions/"
HANDLE_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$")
OwnerKind = Literal["city", "group", "office"]


@dataclass(frozen=True)
class Owner:
    """Whoever may edit a folder: a committee library, a working group, or the office."""

    kind: OwnerKind
    code: str
    label: str
    editors: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    """One line of CODEOWNERS: a pattern and its owner."""

    pattern: str
    owner: Owner


def handle(raw: str) -> str:
    """A GitHub login as written in the registry, without a leading @ or spaces."""
    return raw.strip().removeprefix("@")


def same_login(a: str, b: str) -> bool:
    """GitHub logins are case-insensitive."""
    return handle(a).casefold() == handle(b).casefold()


def office_owner(registry: Registry) -> Owner:
    return Owner("office", "office", "联盟办", tuple(handle(e) for e in registry.office.editors))


def ownership_rules(registry: Registry, closed_years: Iterable[int] = ()) -> list[Rule]:
    """The ownership table: the office owns submissions/, each city and group its folder, and
    a closed year (honors close) is the office's again, whole: its list is final."""
    rules = [Rule(f"/{SUBMISSIONS_PREFIX}", office_owner(registry))]
    for city in registry.cities:
        owner = Owner("city", city.code, city.committee_library,
                      tuple(handle(e) for e in city.editors))
        rules.append(Rule(f"/{SUBMISSIONS_PREFIX}*/cities/{city.code}/", owner))
    for group in registry.groups:
        owner = Owner("group", group.code, group.name, tuple(handle(e) for e in group.editors))
        rules.append(Rule(f"/{SUBMISSIONS_PREFIX}*/groups/{group.code}/", owner))
    closed = Owner("office", "office", "联盟办（已结束的年度）", office_owner(registry).editors)
    rules += [Rule(f"/{SUBMISSIONS_PREFIX}{year}/", closed) for year in sorted(set(closed_years))]
    return rules


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    """The subset of CODEOWNERS syntax the table uses: anchored, `*` within one segment."""
    body = re.escape(pattern.strip("/")).replace(r"\*", "[^/]+")
    return re.compile(f"^{body}/" if pattern.endswith("/") else f"^{body}$")


def matches(pattern: str, path: str) -> bool:
    return bool(_pattern_regex(pattern).match(path))


def owner_of(path: str, rules: list[Rule]) -> Owner | None:
    """The owner of a repo-relative path; None outside submissions/ (maintainers' files)."""
    found = None
    for rule in rules:
        if matches(rule.pattern, path):
            found = rule.owner
    return found


def may_edit(author: str, owner: Owner | None, office: Owner) -> bool:
    """The office may change all of submissions/; everyone else only their own folders."""
    if owner is None:
        return True
    return any(same_login(author, e) for e in (*office.editors, *owner.editors))


def own_folders(author: str, rules: list[Rule]) -> list[str]:
    """The folders the author may edit, for the hint (the year written as <年度>)."""
    return [r.pattern.lstrip("/").replace("*", "<年度>") for r in rules
            if r.owner.kind != "office" and any(same_login(author, e) for e in r.owner.editors)]


def check_paths(registry: Registry, author: str, paths: list[str],
                closed_years: Iterable[int] = ()) -> list[Finding]:
    """D004 for every changed path the author may not edit."""
    rules = ownership_rules(registry, closed_years)
    office = office_owner(registry)
    findings = []
    for path in sorted(set(paths)):
        owner = owner_of(path, rules)
        if may_edit(author, owner, office):
            continue
        assert owner is not None  # may_edit allows everything outside submissions/
        findings.append(Finding(path, None, None, "D004", "error",
                                _message(author, owner), _hint(author, rules, office)))
    return findings


def _message(author: str, owner: Owner) -> str:
    place = ("已结束评选的年度（只有联盟办可以修改）" if owner.label.endswith("（已结束的年度）")
             else "联盟办负责的文件" if owner.kind == "office" else f"{owner.label}的文件夹")
    return f"这个文件属于{place}，账号 {handle(author)} 无权修改（新增、修改、删除或移动）。"


def _hint(author: str, rules: list[Rule], office: Owner) -> str:
    folders = own_folders(author, rules)
    contact = "、".join(f"@{e}" for e in office.editors) or "联盟办"
    if not folders:
        return (f"账号 {handle(author)} 没有登记在联盟名录（submissions/registry.yaml）中："
                f"请联系联盟办（{contact}）登记您的 GitHub 账号。")
    return ("请只修改本单位文件夹 " + "、".join(folders) + " 里的文件，把其他改动撤回；"
            f"确需修改的，请联系联盟办（{contact}）。")


def bad_handles(registry: Registry) -> list[str]:
    """Registry logins that are not valid GitHub user names."""
    everyone = [*registry.office.editors]
    for city in registry.cities:
        everyone += city.editors
    for group in registry.groups:
        everyone += group.editors
    return [e for e in everyone if not HANDLE_RE.match(handle(e))]


def codeowners_text(registry: Registry, closed_years: Iterable[int] = ()) -> str:
    """The `.github/CODEOWNERS` file for the registry (office listed on every line)."""
    office = office_owner(registry)
    lines = [
        "# 本文件由 `honors owners codeowners` 根据 submissions/registry.yaml 生成，请勿手工修改；",
        "# 修改账号请改联盟名录，再运行该命令。测试会检查两者是否一致。",
        "# Generated from the registry by `honors owners codeowners`; do not edit by hand.",
        "",
    ]
    for rule in ownership_rules(registry, closed_years):
        names = list(dict.fromkeys((*rule.owner.editors, *office.editors)))
        lines.append(f"# {rule.owner.label}")
        lines.append(" ".join([rule.pattern, *(f"@{n}" for n in names)]).rstrip())
    return "\n".join(lines) + "\n"
