"""Rule D003 in a pull request: nominations submitted after the campaign's deadline.

The notice: 「请大家于2025年4月8日前，将推荐名单及材料一并报送至联盟工作委员会办公室」, and for
committee libraries and working groups alike 「于4月8日前报送联盟办公室」. The office reads
「4月8日前」 as "by 8 April": the deadline day itself still counts as on time (Beijing time).

Only the nominating folders (cities/, groups/) have a deadline: the notice asks committee
libraries and working groups to report by 截止日期. The office's own files (campaign.yaml,
decisions.yaml, office/) are the review itself and come later by nature.

- A file the change *adds* after the deadline is an error unless the campaign config's
  逾期例外 lists it (or a folder holding it, written with a trailing `/`). A rename or copy
  counts as what it is: a file that *becomes* a nomination (from a `.md`, from another folder,
  under a new name) is an addition.
- A nomination whose identity (姓名, 案例名称, 单位) the change alters is a *replacement*: another
  nominee in the same file, an error like an addition.
- Any other change of a submitted file after the deadline is a warning: corrections asked for
  in the review are normal, but the office should see that the material changed.
- A stamped scan (`<folder>/stamped/`) added or replaced after the deadline is a warning: the
  nomination arrived in time and its stamped original may follow (the office's copy of 「（盖章）」
  forms comes by post or courier as often as by upload), so the office only sees it.
- Removing (withdrawing) a nominee after the deadline — deleting the file, or renaming it into
  something that is no nomination — is an error too unless excepted: the list the city reported
  stands. The office's own change is its review and needs no exception from itself.

When a change arrived is the server's record (arrival.py), never a commit date, which the
submitter sets. A pull request is judged at its latest event, with one allowance: a file whose
content the server already saw on time (a commit of the pull request whose check started before
the deadline, `--seen`) and which is unchanged since keeps that arrival, so an on-time pull
request that only had main merged in after the deadline ("update branch") stays on time.
Content changed after the deadline is judged at the later push; the office's 逾期例外 covers it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Set
from dataclasses import dataclass

from generator.core.findings import Finding
from generator.models import CampaignConfig
from generator.pullrequest.arrival import Arrival
from generator.pullrequest.gitchanges import Change

NOMINATING = re.compile(r"^(submissions/\d{4})/((?:cities|groups)/[^/]+/.+)$")


def split(path: str) -> tuple[str, str] | None:
    """(campaign folder, path inside it) for files in a nominating folder, else None."""
    m = NOMINATING.match(path)
    return (m.group(1), m.group(2)) if m else None


def _clean(rel: str) -> str:
    return rel.strip().replace("\\", "/").removeprefix("./").lstrip("/")


def excepted(config: CampaignConfig, rel: str) -> bool:
    """Whether the office granted rel (relative to the campaign folder) a late submission."""
    for exc in config.late_exceptions:
        granted = _clean(exc.path)
        if rel == granted or (granted.endswith("/") and rel.startswith(granted)):
            return True
    return False


def is_nomination(path: str) -> bool:
    """A nomination file: a `.yaml` right in a city's or group's folder, other than summary.yaml."""
    where = split(path)
    if where is None:
        return False
    inside = where[1].split("/", 2)[2]
    return "/" not in inside and inside.endswith(".yaml") and inside != "summary.yaml"


def is_scan(path: str) -> bool:
    """A stamped original's scan: a file in a city's or group's stamped/ folder."""
    where = split(path)
    return where is not None and where[1].split("/", 2)[2].startswith("stamped/")


@dataclass(frozen=True)
class Replacement:
    """A nomination whose identity field changed: (field, before, after)."""

    field: str
    before: str
    after: str


def check_changes(
    configs: Mapping[str, CampaignConfig], changes: list[Change], arrival: Arrival,
    replaced: Mapping[str, Replacement] | None = None, seen_on_time: Set[str] = frozenset(),
    by_office: bool = False,
) -> list[Finding]:
    """D003 for the changes, all judged on the day the change arrived; configs by campaign folder.

    replaced: nominations whose identity the change alters, by path; seen_on_time: paths whose
    content at head the server already had before the deadline."""
    replaced = replaced or {}
    findings = []
    for change in changes:
        removed = _removed(change)
        if removed is not None:
            if not by_office:
                findings.extend(_check_removal(configs, removed, arrival))
            continue  # the removal is the finding (the note it became is D008's)
        where = split(change.path)
        if change.status == "D" or where is None or where[0] not in configs:
            continue
        folder, rel = where
        config = configs[folder]
        if arrival.day <= config.deadline or excepted(config, rel) or change.path in seen_on_time:
            continue
        if is_scan(change.path):
            findings.append(_late_scan(change.path, config, arrival))
        elif change.status == "A" or (change.status in "RC" and is_nomination(change.path)):
            findings.append(_late_add(change, folder, rel, config, arrival))
        elif change.path in replaced:
            findings.append(_late_replace(change.path, folder, rel, config, arrival, replaced[change.path]))
        else:
            findings.append(_late_change(change.path, config, arrival))
    return findings


def _removed(change: Change) -> str | None:
    """The nomination a change removes: deleted, or renamed into something that is none."""
    if change.status == "D" and is_nomination(change.path):
        return change.path
    if change.status == "R" and change.old_path and is_nomination(change.old_path) \
            and not is_nomination(change.path):
        return change.old_path
    return None


def _check_removal(configs: Mapping[str, CampaignConfig], path: str, arrival: Arrival) -> list[Finding]:
    where = split(path)
    assert where is not None  # is_nomination holds
    folder, rel = where
    config = configs.get(folder)
    if config is None or arrival.day <= config.deadline or excepted(config, rel):
        return []
    return [Finding(
        path, None, None, "D003", "error",
        "这份推荐材料被删除或改成了推荐材料以外的文件，等于撤回了一位被推荐对象（撤回推荐），" + _late(arrival, config),
        "截止后的报送名单以截止时为准：确需撤回的，请联系联盟办。" + _grant_hint(folder, rel),
    )]


def _late(arrival: Arrival, config: CampaignConfig) -> str:
    return (f"于 {arrival.day:%Y-%m-%d} 送达（北京时间，按{arrival.source}），已过{config.title}的"
            f"报送截止日期（{config.deadline:%Y-%m-%d}），且未获联盟办准予逾期。")


def _grant_hint(folder: str, rel: str) -> str:
    return (f"逾期材料须经联盟办同意：请联系联盟办，由联盟办在 {folder}/campaign.yaml 的"
            f"「逾期例外」中登记「文件: {rel}」（写明理由和批准日期）后，再重新运行检查。")


def _late_replace(path: str, folder: str, rel: str, config: CampaignConfig, arrival: Arrival,
                  change: Replacement) -> Finding:
    return Finding(
        path, None, None, "D003", "error",
        f"这份推荐材料的「{change.field}」由「{change.before}」改为「{change.after}」，等于换了一位被推荐对象"
        f"（替换推荐），" + _late(arrival, config),
        "截止后只能更正材料，不能换人：如果只是改正错别字，也请联系联盟办登记。" + _grant_hint(folder, rel),
    )


def _late_add(change: Change, folder: str, rel: str, config: CampaignConfig, arrival: Arrival) -> Finding:
    if change.status == "A":
        what = "该文件"
    else:
        what = f"该推荐材料由「{change.old_path}」{'复制' if change.status == 'C' else '改名'}而来，按新增推荐处理，"
    return Finding(
        change.path, None, None, "D003", "error",
        what + _late(arrival, config),
        _grant_hint(folder, rel)
        + "截止前已提交、截止后又在同一个拉取请求中修改的材料，也按最后一次修改的时间判断，同样请联盟办登记。",
    )


def _late_change(path: str, config: CampaignConfig, arrival: Arrival) -> Finding:
    return Finding(
        path, None, None, "D003", "warning",
        f"该文件在报送截止日期（{config.deadline:%Y-%m-%d}）之后、于 {arrival.day:%Y-%m-%d} 被修改"
        f"（北京时间，按{arrival.source}）。",
        "截止后只应按审核意见更正材料；联盟办审核时会核对修改内容，不影响合并。",
    )


def _late_scan(path: str, config: CampaignConfig, arrival: Arrival) -> Finding:
    return Finding(
        path, None, None, "D003", "warning",
        f"这份盖章扫描件于 {arrival.day:%Y-%m-%d} 送达（北京时间，按{arrival.source}），"
        f"晚于报送截止日期（{config.deadline:%Y-%m-%d}）。",
        "推荐材料按时提交时，盖章原件可以随后补交，不影响合并；联盟办登记原件时会核对送达日期。",
    )
