"""Opening the next year (`honors year new`): its campaign.yaml from the last one, nothing silently carried.

The notice is issued each year (「根据当年工作开展情况确定」): its number, date, deadline, the 公示
period and the decision's 成文日期 belong to one year only. A copied scheme that keeps them puts
last year's dates on this year's documents, so they are reset here (or taken from the command's
options), and what may well stay (awards, quotas, projects, themes) is carried with a note to
review. No decisions.yaml is written: there are no decisions yet.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import LiteralScalarString

from generator.core.atomic import write_text_atomically
from generator.core.errors import UserError
from generator.load.campaign import CAMPAIGN_FILE, SUBMISSIONS
from generator.load.records import Campaign, Repository
from generator.models.registry import Registry

REVIEW = "沿用上一年度，请按新通知核对"


@dataclass
class Opened:
    """What honors year new did: the file, what it reset, what it carried for review."""

    path: Path
    reset: list[str] = field(default_factory=list)
    carried: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)  # projects and reviewers of a renamed group


def _shift(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _yaml() -> YAML:
    yaml = YAML()
    yaml.width = 4096
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def check_can_open(repo: Repository, year: int) -> Campaign | None:
    """The last year the new one is made from; UserError while it is not closed."""
    if not repo.campaigns:
        return None
    last = repo.campaigns[0]
    if year <= last.year:
        raise UserError(f"已有 {last.year} 年度，不能再新建 {year} 年度。",
                        f"新一届应是 {last.year + 1} 年度：honors year new {last.year + 1}。")
    if last.frozen_registry_path is None:
        if last.decisions is None or last.decisions.status != "已表彰":
            status = "还没有表彰名单" if last.decisions is None else f"表彰名单还是「{last.decisions.status}」"
            raise UserError(
                f"{last.year} 年度还没有结束（{status}），不能新建 {year} 年度。",
                f"请先完成 {last.year} 年度：公示期满后把 {last.folder}/decisions.yaml 的「状态」改为「已表彰」，"
                f"再运行 honors close --year {last.year} 结束该年度，然后再运行本命令。")
        raise UserError(f"{last.year} 年度已表彰，但还没有结束，不能新建 {year} 年度。",
                        f"请先运行 honors close --year {last.year}（冻结联盟名录、封存该年度），然后再运行本命令。")
    return last


def open_year(root: Path, repo: Repository, year: int, deadline: date | None,
              notice_number: str | None, published_on: date | None) -> Opened:
    """Write submissions/<year>/campaign.yaml from the last year's; UserError when it cannot."""
    folder = root / SUBMISSIONS / str(year)
    if (folder / CAMPAIGN_FILE).exists():
        raise UserError(f"{SUBMISSIONS}/{year}/{CAMPAIGN_FILE} 已存在，未覆盖。", "请直接打开这个文件修改。")
    last = check_can_open(repo, year)
    if last is None:
        raise UserError("还没有任何年度的评选方案，无法据此新建。",
                        "第一届请按联盟办设置指南手工写 submissions/<年度>/campaign.yaml。")
    yaml = _yaml()
    source = root / last.config_path
    data: Any = yaml.load(source.read_text(encoding="utf-8-sig"))
    old = last.config
    years = year - old.year
    opened = Opened(folder / CAMPAIGN_FILE)

    data["年度"] = year
    data["名称"] = str(data["名称"]).replace(str(old.year), str(year))
    period = data["考核时限"]
    period["开始"] = _shift(old.period.start, years)
    period["结束"] = _shift(old.period.end, years)
    opened.reset.append(f"考核时限 {period['开始']} 至 {period['结束']}")
    _notice(data, opened, notice_number, published_on)
    if deadline is None:
        raise UserError("请用 --deadline 给出新通知的报送截止日期，如 --deadline 2026-04-08。",
                        "截止日期每年由通知规定，不沿用上一年度。")
    old_deadline = old.deadline
    data["截止日期"] = deadline
    opened.reset.append(f"截止日期 {deadline}")
    _drop_last_years(data, opened)
    _rewrite_deadline_prose(data, old_deadline, deadline)
    if repo.registry is not None:
        opened.moved = _move_to_successors(data, repo.registry, year)
    for key in ("名额", "专项工作", "奖项", "案例主题"):
        if key in data:
            data.yaml_set_comment_before_after_key(key, before=f"{key}：{REVIEW}")
            opened.carried.append(key)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    text = _header(buffer.getvalue(), year, last.year)
    write_text_atomically(folder / CAMPAIGN_FILE, text)
    return opened


def _move_to_successors(data: CommentedMap, registry: Registry, year: int) -> list[str]:
    """A merged or renamed group's projects and reviewers go to the group that continues it
    (its 前身 in the registry); the closed years keep the old code."""
    moved = []
    for key, what in (("专项工作", "专项工作"), ("评委", "评委")):
        entries = data.get(key)
        for entry in entries if isinstance(entries, list) else []:
            code = entry.get("工作组") if isinstance(entry, dict) else None
            successor = registry.successor(code, year) if isinstance(code, str) else None
            if successor is not None:
                entry["工作组"] = successor.code
                moved.append(f"{what}「{entry.get('名称') or entry.get('姓名')}」的工作组 {code} → "
                             f"{successor.code}（{successor.name}）")
    return moved


def _notice(data: CommentedMap, opened: Opened, notice_number: str | None, published_on: date | None) -> None:
    """The new notice's 文号 and 发布日期 when given; last year's are removed, not carried over."""
    for key, value, what in (("文号", notice_number, "通知文号"), ("发布日期", published_on, "通知发布日期")):
        if value:
            _set(data, key, value, after="名称")
            opened.reset.append(f"{key} {value}")
        elif key in data:
            del data[key]
            opened.missing.append(f"「{key}」（{what}）")


def _drop_last_years(data: CommentedMap, opened: Opened) -> None:
    """What belongs to last year's run only: its stage, 公示, late exceptions, the decision's date."""
    for key, what in (("阶段", "阶段（新年度为推荐中）"), ("公示", "公示期"), ("逾期例外", "逾期例外")):
        if key in data:
            del data[key]
            opened.reset.append(f"删除{what}")
    decision = data.get("表彰决定")
    if isinstance(decision, dict) and "成文日期" in decision:
        del decision["成文日期"]
        opened.reset.append("删除表彰决定的成文日期")


def _set(data: CommentedMap, key: str, value: object, after: str) -> None:
    if key in data:
        data[key] = value
    else:
        data.insert(list(data).index(after) + 1, key, value)


_DAY_BEFORE = "{m}月{d}日前"


def _rewrite_deadline_prose(data: CommentedMap, old: date, new: date) -> None:
    """「于4月8日前报送」 in the requirements follows the new deadline (checked by D015 anyway)."""
    before = _DAY_BEFORE.format(m=old.month, d=old.day)
    after = _DAY_BEFORE.format(m=new.month, d=new.day)
    items = data.get("评奖要求")
    if isinstance(items, list):
        for i, text in enumerate(items):
            if isinstance(text, str) and before in text:
                changed = text.replace(before, after)  # a plain str: the block style is lost otherwise
                items[i] = type(text)(changed) if isinstance(text, LiteralScalarString) else changed


def _header(text: str, year: int, last: int) -> str:
    """The file's own comment: which year, made from which, what to check."""
    lines = text.splitlines(keepends=True)
    at = 1 if lines and lines[0].startswith("# yaml-language-server:") else 0
    rest = lines[at:]
    while rest and rest[0].startswith("#"):
        rest.pop(0)
    header = [f"# {year}年度联盟工作先进评选的评选方案配置（由 honors year new 据 {last} 年度生成，联盟办维护）。\n",
              "# 请按新一年的通知核对全部内容：文号、发布日期、截止日期、名额、专项工作和评奖要求中的日期；\n",
              "# 公示期和表彰决定的成文日期到公示前再填。\n"]
    return "".join(lines[:at] + header + rest)
