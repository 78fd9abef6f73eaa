"""A year speaks of itself: its dates in its own order (D014), its prose with its own numbers (D015).

The notice sets one year's calendar: it is issued (发布日期), 「于4月8日前报送」 (截止日期) after the
考核时限, the list is decided (审定日期), 「经公示」 (公示), and the decision is signed (成文日期).
A scheme copied from last year keeps last year's dates, and they go onto this year's documents: a
date out of that order is an error once the document that prints it is about to be made (the 公示
from 公示中 on, the decision at 已表彰), a warning while the year is still being prepared.

Prose in campaign.yaml quotes the notice (「联盟先进集体不超过15个，联盟工作先进个人不超过32名」,
「于4月8日前报送」): when it states a number or date other than the configured one, the rules page
would show both; that is a warning (the office decides which is right).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.core.findings import Finding, Result, Severity
from generator.load.records import Campaign

Loc = tuple[str | int, ...]


def _order(campaign: Campaign) -> Iterator[tuple[Loc, str, str, bool]]:
    """(where, message, hint, error now?) for each pair of dates out of the notice's order."""
    cfg = campaign.config
    stage = campaign.stage
    publicity_due = stage in ("公示中", "已表彰")
    decision_due = stage == "已表彰"
    fix = "请按本年度通知核对日期（新年度的日期不能沿用上一年度的）。"
    if cfg.deadline <= cfg.period.end:
        yield (("截止日期",), f"截止日期 {cfg.deadline} 不在考核时限（至 {cfg.period.end}）之后。", fix, True)
    if cfg.published_on is not None and cfg.deadline < cfg.published_on:
        yield (("截止日期",), f"截止日期 {cfg.deadline} 早于通知发布日期 {cfg.published_on}。", fix, True)
    decided = campaign.decisions.decided_on if campaign.decisions is not None else None
    if cfg.publicity is not None:
        start = cfg.publicity.start
        if start <= cfg.deadline:
            yield (("公示", "开始"), f"公示开始日期 {start} 不在报送截止日期 {cfg.deadline} 之后。",
                   fix + "公示在审定之后、表彰之前。", publicity_due)
        elif decided is not None and start < decided:
            yield (("公示", "开始"), f"公示开始日期 {start} 早于表彰名单的审定日期 {decided}。",
                   "先审定拟表彰名单，再公示：请核对公示日期或 decisions.yaml 的「审定日期」。", publicity_due)
    signed = cfg.decision_document.signed_on
    if signed is not None:
        after, what = ((cfg.publicity.end, "公示结束日期") if cfg.publicity is not None
                       else (cfg.deadline, "报送截止日期"))
        if signed <= after:
            yield (("表彰决定", "成文日期"), f"表彰决定的成文日期 {signed} 不在{what} {after} 之后。",
                   fix + "表彰决定在公示期满后成文。", decision_due)


NUMBERS = (
    # (pattern in the prose, what it states, the configured value, the unit)
    (re.compile(r"先进集体不超过(\d+)个"), "先进集体评选总数上限", "collective_cap", "个"),
    (re.compile(r"先进个人不超过(\d+)名"), "先进个人评选总数上限", "individual_cap", "名"),
    (re.compile(r"可推荐(\d+)个先进集体"), "每个委员馆推荐先进集体", "collective_per_city", "个"),
    (re.compile(r"(\d+)名先进个人"), "每个委员馆推荐先进个人", "individual_per_city", "名"),
)
DAY_BEFORE = re.compile(r"(\d{1,2})月(\d{1,2})日前")
YEAR = re.compile(r"(?<!\d)(\d{4})年度")


def _prose(campaign: Campaign) -> Iterator[tuple[Loc, str]]:
    cfg = campaign.config
    yield ("名称",), cfg.title
    yield ("评选目的",), cfg.purpose
    yield ("考核内容",), cfg.assessment
    for i, step in enumerate(cfg.procedure):
        yield ("评奖办法及程序", i, "内容"), step.text
    for i, text in enumerate(cfg.requirements):
        yield ("评奖要求", i), text


def _stated(campaign: Campaign, text: str) -> Iterator[str]:
    """What the text says that the configuration says otherwise."""
    cfg = campaign.config
    for pattern, label, attr, unit in NUMBERS:
        configured = getattr(cfg.quotas, attr)
        for m in pattern.finditer(text):
            if int(m[1]) != configured:
                yield f"「{m[0]}」，而「名额」的「{label}」是 {configured} {unit}"
    deadline = cfg.deadline
    for m in DAY_BEFORE.finditer(text):
        if (int(m[1]), int(m[2])) != (deadline.month, deadline.day):
            yield f"「{m[0]}」，而「截止日期」是 {deadline.month}月{deadline.day}日（{deadline}）"
    for m in YEAR.finditer(text):
        if int(m[1]) != cfg.year:
            yield f"「{m[0]}」，而「年度」是 {cfg.year}"


NUMBER_SHAPE = re.compile(r"^\S+〔\d{4}〕\s*\d+\s*号$")


def _number(campaign: Campaign, result: Result) -> None:
    """D016: the decision about to be printed has a 文号 in the notice's shape (「陕公图联发〔2025〕05号」);
    without one it prints 「〔　　〕　号」 for the office to write in by hand."""
    decisions = campaign.decisions
    if decisions is None or decisions.status != "已表彰" or campaign.frozen_registry_path is not None:
        return
    number = (decisions.document or "").strip()
    if number and NUMBER_SHAPE.match(number):
        return
    assert campaign.decisions_doc is not None  # the caller judges a decided year
    line, col = campaign.decisions_doc.where(("文号",) if number else ("状态",))
    message = (f"表彰决定的文号「{number}」不是「发文机关代字〔年份〕序号号」的形式。" if number
               else "表彰名单已是「已表彰」，但没有写表彰决定的文号：生成的表彰决定将印「〔　　〕　号」，留待手写。")
    result.add(Finding(campaign.decisions_path or campaign.folder, line, col, "D016", "warning", message,
                       "请在 decisions.yaml 中写「文号: 陕公图联发〔2025〕08号」这样的完整文号（含发文机关代字），再生成表彰决定。"))


def check(campaign: Campaign, result: Result) -> None:
    _number(campaign, result)
    doc = campaign.config_doc
    for loc, message, hint, due in _order(campaign):
        line, col = doc.where(loc)
        severity: Severity = "error" if due else "warning"
        result.add(Finding(campaign.config_path, line, col, "D014", severity, message, hint))
    for loc, text in _prose(campaign):
        for said in _stated(campaign, text):
            line, col = doc.where(loc)
            result.add(Finding(
                campaign.config_path, line, col, "D015", "warning",
                f"评选方案的文字写着{said}：网站的评选规则会同时显示两种说法。",
                "请按本年度的通知改成一致：改正这段文字，或改正对应的配置项。",
            ))
