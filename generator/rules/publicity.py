"""The 公示 and its objections: A013–A018.

「公开、公平、公正」, 「广泛听取基层意见」: the proposed list is published for a period counted in working
days, anyone may object, and the office resolves each objection before the list becomes final.
The objections themselves are the office's private data (private/<year>/objections.yaml): the
findings name the entry and the date received, never the objector.
"""

from __future__ import annotations

from generator.core.findings import Finding, Result, Severity
from generator.core.workdays import OutsideCalendar, nth_workday
from generator.load.records import Campaign
from generator.rules.meeting import passed


def check(campaign: Campaign, result: Result) -> None:
    _period(campaign, result)
    if campaign.objections is not None:
        _objections(campaign, result)


def _on(path: str, doc: object, key: tuple[str | int, ...], code: str, message: str, hint: str,
        severity: Severity) -> Finding:
    line, col = doc.where(key)  # type: ignore[attr-defined]
    return Finding(path, line, col, code, severity, message, hint)


def _period(campaign: Campaign, result: Result) -> None:
    """A016/A017: the 公示's end is where its working days run out (holidays and 调休 counted)."""
    pub = campaign.config.publicity
    if pub is None or pub.working_days is None:
        return
    try:
        end = nth_workday(pub.start, pub.working_days)
    except OutsideCalendar as error:
        result.add(_on(campaign.config_path, campaign.config_doc, ("公示", "工作日"), "A017",
                       f"无法按工作日核对公示期：{error}。",
                       "请升级 chinesecalendar（国务院办公厅每年年底公布次年放假安排后更新），"
                       "或按当年放假通知人工核对「结束」日期。", "warning"))
        return
    if end != pub.end:
        result.add(_on(campaign.config_path, campaign.config_doc, ("公示", "结束"), "A016",
                       f"公示期自 {pub.start} 起计 {pub.working_days} 个工作日，应到 {end} 结束"
                       f"（已按法定节假日和调休计算），这里写的是 {pub.end}。",
                       f"请把「结束」改为 {end}，或改正「工作日」。", "warning"))


def _objections(campaign: Campaign, result: Result) -> None:
    objections, path, doc = campaign.objections, campaign.objections_path, campaign.objections_doc
    assert objections is not None and path is not None
    decisions = campaign.decisions
    rows = {e.nomination: i for i, e in enumerate(decisions.entries) if passed(e)} if decisions else {}
    changed = {(c.nomination, c.change) for c in decisions.changes} if decisions else set()
    final = decisions is not None and decisions.status == "已表彰"
    for i, o in enumerate(objections.objections):
        if campaign.by_rel(o.nomination) is None:
            result.add(_on(path, doc, ("异议", i, "推荐材料"), "A015",
                           f"异议所涉的「{o.nomination}」不是本年度的推荐材料。",
                           "请写推荐文件相对于本年度文件夹的路径，如 cities/xian/individual-wang.yaml。",
                           "warning"))
            continue
        row = rows.get(o.nomination)
        if o.resolution == "待定" and final and row is not None:
            message = (f"「{o.nomination}」的异议（{o.received_on} 收到）尚未处理完，"
                       "这一项不能从拟表彰转为已表彰。")
            hint = "请联盟办核实后在异议记录中写明「处理结果: 维持」或「撤销」；撤销的请从表彰名单中删去。"
            result.add(_on(path, doc, ("异议", i, "处理结果"), "A013", message, hint, "error"))
            assert decisions is not None and campaign.decisions_path is not None
            result.add(_on(campaign.decisions_path, campaign.decisions_doc, ("状态",), "A013",
                           message, hint, "error"))
        if o.resolution != "撤销":
            continue
        if row is not None:
            message = f"「{o.nomination}」因异议已撤销（{o.resolved_on or '日期未写'}），但仍在表彰名单中。"
            hint = "请从表彰名单中删去这一项，并在「名单变更」中记一行「变更: 撤销」。"
            result.add(_on(path, doc, ("异议", i, "处理结果"), "A014", message, hint, "error"))
            assert campaign.decisions_path is not None
            result.add(_on(campaign.decisions_path, campaign.decisions_doc,
                           ("表彰名单", row, "推荐材料"), "A014", message, hint, "error"))
        elif decisions is not None and (o.nomination, "撤销") not in changed:
            result.add(_on(path, doc, ("异议", i, "处理结果"), "A018",
                           f"「{o.nomination}」因异议撤销，但表彰名单的「名单变更」中没有记录，网站的名单变更记录不会显示。",
                           "请在 decisions.yaml 的「名单变更」中写一行：日期、变更: 撤销、推荐材料、说明（不写异议人）。",
                           "warning"))
