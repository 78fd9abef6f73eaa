"""The checks of a change itself (not of its files): ownership D004 and deadline D003."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
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
from generator.models import CampaignConfig, Registry
from generator.pullrequest import deadline, owners
from generator.pullrequest.arrival import Arrival
from generator.pullrequest.gitchanges import Change, changed_files, git, show

REGISTRY_PATH = f"{SUBMISSIONS}/{REGISTRY_FILE}"


def check_change(root: Path, author: str, base: str, head: str, arrival: Arrival,
                 pushers: Iterable[str] = ()) -> Result:
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
    result.extend(owners.check_paths(registry, owners.accounts(author, pushers), paths, closed))
    configs = _configs_at(root, head, changes)
    result.extend(deadline.check_changes(configs, changes, arrival))
    return result


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
    folders = sorted({w[0] for c in changes if (w := deadline.split(c.path))})
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
