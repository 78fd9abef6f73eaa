"""The checks of a change itself (not of its files): ownership D004 and deadline D003."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from generator.authoring.closing import closed_years
from generator.core.errors import UserError
from generator.core.findings import Result
from generator.load.campaign import (
    CAMPAIGN_FILE,
    REGISTRY_FILE,
    SUBMISSIONS,
    load_campaign,
    load_registry,
)
from generator.load.textdecode import decode
from generator.load.yamlload import LoadError, load_text
from generator.models import CampaignConfig, Registry
from generator.models.names import norm
from generator.pullrequest import deadline, folders, owners
from generator.pullrequest.arrival import Arrival, china_day
from generator.pullrequest.gitchanges import Change, changed_files, git, resolve, show

REGISTRY_PATH = f"{SUBMISSIONS}/{REGISTRY_FILE}"


def check_change(root: Path, author: str, base: str, head: str, arrival: Arrival,
                 pushers: Iterable[str] = (), seen: Iterable[tuple[str, datetime]] = ()) -> Result:
    """D004 and D003 findings for the change base...head made by author and pushed by pushers.

    Every account that made the change is judged: the pull request's author and whoever pushed
    (the event's `sender`), so a city pushing onto another city's or the office's branch is
    caught. Who may edit what comes from the registry at *base*, so a change cannot grant itself
    rights; deadlines and exceptions come from the campaign configs at *head* (only the
    office may change them, which D004 enforces). Every changed file counts as arrived at
    `arrival` (the server's time, see arrival.py), never at its commit's date.
    """
    if not owners.handle(author):
        raise UserError("没有提供提交者的 GitHub 账号。", "请用 --author 指定拉取请求的作者。")
    changes = changed_files(root, base, head)
    result = Result(files_checked=len(changes))
    registry = _registry_at(root, base)
    paths = [p for c in changes for p in c.paths]
    # Closed at base: a change cannot reopen a year by deleting its frozen registry.
    closed = closed_years(git(root, "ls-tree", "-r", "--name-only", base, "--", SUBMISSIONS).splitlines())
    accounts = owners.accounts(author, pushers)
    result.extend(owners.check_paths(registry, accounts, paths, closed))
    configs = _configs_at(root, head, changes)
    fork = git(root, "merge-base", resolve(root, base), resolve(root, head)).strip()
    replaced = _replacements(root, fork, head, changes)
    on_time = _seen_on_time(root, head, changes, configs, list(seen))
    office = owners.office_owner(registry)
    by_office = all(any(owners.same_login(a.login, e) for e in office.editors) for a in accounts)
    result.extend(deadline.check_changes(configs, changes, arrival, replaced, on_time, by_office))
    result.extend(folders.check_changes(changes))
    return result


IDENTITY = ("姓名", "案例名称", "单位")


def _identity(root: Path, rev: str, path: str) -> dict[str, str] | None:
    """The identity fields of a nomination at rev (spaces of any width ignored), None if unreadable."""
    data = show(root, rev, path)
    if data is None:
        return None
    text = decode(data)
    if not isinstance(text, str):
        return None
    try:
        doc = load_text(path, text)
    except LoadError:
        return None
    if not isinstance(doc.data, dict):
        return None
    return {k: str(doc.data[k]) for k in IDENTITY if isinstance(doc.data.get(k), str | int)}


def _replacements(root: Path, fork: str, head: str, changes: list[Change]) -> dict[str, deadline.Replacement]:
    """Nominations the change modified whose 姓名, 案例名称 or 单位 is another now."""
    found = {}
    for change in changes:
        if change.status not in "MT" or not deadline.is_nomination(change.path):
            continue
        before, after = _identity(root, fork, change.path), _identity(root, head, change.path)
        if before is None or after is None:
            continue
        for key in IDENTITY:
            if norm(before.get(key, "")) != norm(after.get(key, "")):
                found[change.path] = deadline.Replacement(key, before.get(key, ""), after.get(key, ""))
                break
    return found


def _seen_on_time(root: Path, head: str, changes: list[Change], configs: dict[str, CampaignConfig],
                  seen: list[tuple[str, datetime]]) -> set[str]:
    """Paths whose content at head is what a commit the server had before the deadline held."""
    found: set[str] = set()
    if not seen:
        return found
    for change in changes:
        where = deadline.split(change.path)
        if change.status == "D" or where is None or where[0] not in configs:
            continue
        now = _blob(root, head, change.path)
        for rev, moment in seen:
            if china_day(moment) <= configs[where[0]].deadline and now is not None \
                    and _blob(root, rev, change.path) == now:
                found.add(change.path)
                break
    return found


def _blob(root: Path, rev: str, path: str) -> str | None:
    try:
        return git(root, "rev-parse", "--verify", "--quiet", f"{resolve(root, rev)}:{path}").strip() or None
    except UserError:
        return None


def _registry_at(root: Path, rev: str) -> Registry:
    data = show(root, rev, REGISTRY_PATH)
    if data is None:
        raise UserError(f"基准版本 {rev} 中没有联盟名录 {REGISTRY_PATH}，无法判断修改权限。",
                        "联盟名录须先由联盟办合并到主分支。")
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / REGISTRY_PATH
        target.parent.mkdir(parents=True)
        target.write_bytes(data)
        scratch = Result()
        registry = load_registry(Path(tmp), scratch)
    if registry is None:
        raise UserError(f"基准版本 {rev} 中的联盟名录有错误，无法判断修改权限。",
                        "请联盟办先运行 honors validate 修正 submissions/registry.yaml。")
    return registry


def _configs_at(root: Path, rev: str, changes: list[Change]) -> dict[str, CampaignConfig]:
    """Campaign configs at rev of the campaign folders the change touches (broken ones skipped:
    the validator reports them)."""
    folders = sorted({w[0] for c in changes for path in c.paths if (w := deadline.split(path))})
    configs: dict[str, CampaignConfig] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for folder in folders:
            data = show(root, rev, f"{folder}/{CAMPAIGN_FILE}")
            if data is None:
                continue
            target = Path(tmp) / folder / CAMPAIGN_FILE
            target.parent.mkdir(parents=True)
            target.write_bytes(data)
            campaign = load_campaign(Path(tmp), target.parent, None, Result())
            if campaign is not None:
                configs[folder] = campaign.config
    return configs
