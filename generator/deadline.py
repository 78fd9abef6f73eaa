"""Rule D003 in a pull request: nominations submitted after the campaign's deadline.

Only the nominating folders (cities/, groups/) have a deadline: the notice asks committee
libraries and working groups to report by 截止日期. The office's own files (campaign.yaml,
decisions.yaml, office/) are the review itself and come later by nature.

- A file the change *adds* after the deadline is an error unless the campaign config's
  逾期例外 lists it (or a folder holding it, written with a trailing `/`).
- A file the change *modifies or renames* after the deadline is a warning: corrections asked
  for in the review are normal, but the office should see that the material changed.
- Deleting (withdrawing) a nomination is always allowed.
The deadline day itself still counts as on time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from generator.findings import Finding
from generator.gitchanges import Change
from generator.models import CampaignConfig

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


def check_changes(
    configs: Mapping[str, CampaignConfig], changes: list[Change], when: Mapping[str, date]
) -> list[Finding]:
    """D003 for the changes; configs by campaign folder, `when` = the day each path arrived."""
    findings = []
    for change in changes:
        where = split(change.path)
        if change.status == "D" or where is None or where[0] not in configs:
            continue
        folder, rel = where
        config, day = configs[folder], when[change.path]
        if day <= config.deadline or excepted(config, rel):
            continue
        if change.status == "A":
            findings.append(_late_add(change.path, folder, rel, config, day))
        else:
            findings.append(_late_change(change.path, config, day))
    return findings


def _late_add(path: str, folder: str, rel: str, config: CampaignConfig, day: date) -> Finding:
    return Finding(
        path, None, None, "D003", "error",
        f"该文件于 {day:%Y-%m-%d} 提交，已过{config.title}的报送截止日期"
        f"（{config.deadline:%Y-%m-%d}），且未获联盟办准予逾期。",
        f"逾期材料须经联盟办同意：请联系联盟办，由联盟办在 {folder}/campaign.yaml 的"
        f"「逾期例外」中登记「文件: {rel}」（写明理由和批准日期）后，再重新运行检查。",
    )


def _late_change(path: str, config: CampaignConfig, day: date) -> Finding:
    return Finding(
        path, None, None, "D003", "warning",
        f"该文件在报送截止日期（{config.deadline:%Y-%m-%d}）之后、于 {day:%Y-%m-%d} 被修改。",
        "截止后只应按审核意见更正材料；联盟办审核时会核对修改内容，不影响合并。",
    )
