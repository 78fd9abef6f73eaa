"""Who may change which file of the repository (rule D004), and CODEOWNERS from the same table.

The ownership table is a list of CODEOWNERS-style rules, general first; as in CODEOWNERS the
last matching rule wins. The D004 check and the generated `.github/CODEOWNERS` both read it,
so what GitHub asks reviews from and what CI enforces cannot drift apart.

Every path belongs to someone: the first rule (`*`) gives the whole repository to the office —
the code, schemas, workflows, hooks, tests and docs decide how nominations are judged, so a
committee library or working group changing them would be changing its own verdict. Only a
city's or group's own folders under submissions/ are theirs.
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


EVERYTHING = "*"


def ownership_rules(registry: Registry, closed_years: Iterable[int] = ()) -> list[Rule]:
    """The ownership table: the office owns the repository and submissions/, each city and group
    its folder, and a closed year (honors close) is the office's again, whole: its list is final."""
    office = office_owner(registry)
    code = Owner("office", "office", "联盟办（程序、配置与文档）", office.editors)
    rules = [Rule(EVERYTHING, code), Rule(f"/{SUBMISSIONS_PREFIX}", office)]
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
    """The subset of CODEOWNERS syntax the table uses: a lone `*` (every file), else anchored,
    `*` within one segment."""
    if pattern == EVERYTHING:
        return re.compile(r"^.")
    body = re.escape(pattern.strip("/")).replace(r"\*", "[^/]+")
    return re.compile(f"^{body}/" if pattern.endswith("/") else f"^{body}$")


def matches(pattern: str, path: str) -> bool:
    return bool(_pattern_regex(pattern).match(path))


def owner_of(path: str, rules: list[Rule]) -> Owner | None:
    """The owner of a repo-relative path (None only for a table without the `*` rule)."""
    found = None
    for rule in rules:
        if matches(rule.pattern, path):
            found = rule.owner
    return found


def may_edit(author: str, owner: Owner | None, office: Owner) -> bool:
    """The office may change everything; everyone else only their own folders."""
    if owner is None:
        return True
    return any(same_login(author, e) for e in (*office.editors, *owner.editors))


def own_folders(author: str, rules: list[Rule]) -> list[str]:
    """The folders the author may edit, for the hint (the year written as <年度>)."""
    return [r.pattern.lstrip("/").replace("*", "<年度>") for r in rules
            if r.owner.kind != "office" and any(same_login(author, e) for e in r.owner.editors)]


@dataclass(frozen=True)
class Account:
    """An account that made the change, and in which role (for the message)."""

    login: str
    role: str  # 拉取请求作者 | 推送者 | …


def accounts(author: str, pushers: Iterable[str] = ()) -> list[Account]:
    """The author, then every other account that pushed to the change (each once)."""
    found = [Account(handle(author), "拉取请求作者")]
    for pusher in pushers:
        if handle(pusher) and not any(same_login(pusher, a.login) for a in found):
            found.append(Account(handle(pusher), "推送者"))
    return found


def check_paths(registry: Registry, author: str | list[Account], paths: list[str],
                closed_years: Iterable[int] = ()) -> list[Finding]:
    """D004 for every changed path that any account of the change may not edit: one finding
    per path, naming those accounts and who may change the file."""
    who = accounts(author) if isinstance(author, str) else author
    rules = ownership_rules(registry, closed_years)
    office = office_owner(registry)
    findings = []
    for path in sorted(set(paths)):
        owner = owner_of(path, rules)
        refused = [a for a in who if not may_edit(a.login, owner, office)]
        if not refused:
            continue
        assert owner is not None  # the `*` rule owns every path
        findings.append(Finding(path, None, None, "D004", "error",
                                _message(refused, owner, office), _hint(refused[0].login, rules, office)))
    return findings


def _message(refused: list[Account], owner: Owner, office: Owner) -> str:
    if owner.label.endswith("（已结束的年度）"):
        place = "已结束评选的年度（只有联盟办可以修改）"
    elif owner.label.endswith("（程序、配置与文档）"):
        place = "联盟办负责的程序、配置或文档（决定材料如何检查）"
    elif owner.kind == "office":
        place = "联盟办负责的文件"
    else:
        place = f"{owner.label}的文件夹"
    names = "、".join(f"{a.login}（{a.role}）" if len(refused) > 1 or a.role != "拉取请求作者"
                     else a.login for a in refused)
    allowed = list(dict.fromkeys((*owner.editors, *office.editors)))
    may = "、".join(f"@{e}" for e in allowed) or "联盟办"
    return f"这个文件属于{place}，账号 {names} 无权修改（新增、修改、删除或移动）；可以修改它的账号：{may}。"


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


def _predecessors_note(registry: Registry, owner: Owner) -> str:
    """「（前身：…）」 for a working group that continues merged or renamed ones (the old folders of
    closed years stay the office's)."""
    group = registry.group(owner.code) if owner.kind == "group" else None
    if group is None or not group.predecessors:
        return ""
    return "（前身：" + "、".join(f"{p.name} {p.code}，{p.changed} 年起" for p in group.predecessors) + "）"


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
        lines.append(f"# {rule.owner.label}{_predecessors_note(registry, rule.owner)}")
        lines.append(" ".join([rule.pattern, *(f"@{n}" for n in names)]).rstrip())
    return "\n".join(lines) + "\n"
