"""Markdown for a GitHub job summary: each city's recommendations against its quota, and findings."""

from __future__ import annotations

import os
from pathlib import Path

from generator.check.report import SEVERITY_WORDS
from generator.core.findings import Finding, Result
from generator.load.records import Campaign
from generator.models import Registry
from generator.models.awards import AWARDS, award
from generator.pullrequest import mdsafe
from generator.rules.liaisons import is_liaison
from generator.rules.quotas import city_quota_usage

MAX_FINDING_ROWS = 300  # GitHub caps a step summary at 1 MiB


def status_line(result: Result) -> str:
    return mdsafe.verdict(len(result.errors), len(result.warnings))


def _mark(used: int, quota: int) -> str:
    return f"{used} / {quota}" + (" ❌" if used > quota else "")


def quota_table(registry: Registry, campaign: Campaign) -> str:
    """One row per city: collectives and individuals recommended against the quotas."""
    q = campaign.config.quotas
    usage = city_quota_usage(campaign, registry)
    liaisons = {n.source.code for n in campaign.nominations if is_liaison(n, registry)}
    rows = [
        "| 城市 | 委员馆 | 先进集体（已推荐 / 名额） | 先进个人（已推荐 / 名额） | 联络人（不占名额） |",
        "|---|---|---|---|---|",
    ]
    total_c = total_i = 0
    for city in registry.cities:
        used = usage.get(city.code, {})
        c, i = len(used.get("collective", [])), len(used.get("individual", []))
        total_c, total_i = total_c + c, total_i + i
        rows.append(f"| {mdsafe.text(city.name)} | {mdsafe.text(city.committee_library)} | "
                    f"{_mark(c, q.collective_per_city)} | {_mark(i, q.individual_per_city)} | "
                    f"{'已推荐' if city.code in liaisons else '—'} |")
    rows.append(f"| **合计** | | {total_c} | {total_i} | {len(liaisons)} |")
    return "\n".join(rows)


CHANNEL_WORDS = {"city": "各市", "group": "工作组", "office": "联盟办"}


def _channels(campaign: Campaign, award: str) -> str:
    """Who put an award's nominations forward, each credited to the folder it came from:
    「（各市 3 个、工作组 5 个、联盟办 3 个）」; nothing when there are none."""
    counts = {kind: sum(1 for n in campaign.nominations if n.award == award and n.source.kind == kind)
              for kind in CHANNEL_WORDS}
    parts = [f"{word}推荐 {counts[kind]} 个" for kind, word in CHANNEL_WORDS.items() if counts[kind]]
    return f"（{'、'.join(parts)}）" if parts else ""


def other_awards(campaign: Campaign, registry: Registry) -> str:
    """Special projects and cases put forward, and the caps on what may be selected.

    「由此方式评选出的联盟先进集体不超过15个，联盟工作先进个人不超过32名」 caps the selection, not the
    nominations: more nominations than the cap is normal, but the office should see it coming."""
    q = campaign.config.quotas
    counts = {a.type: sum(1 for n in campaign.nominations
                          if n.award == a.type and not (a.counted == "person" and is_liaison(n, registry)))
              for a in AWARDS}
    special, case = award("special"), award("case")
    lines = [f"{special.label} {counts['special']} {special.measure}{_channels(campaign, 'special')}，"
             f"{case.label} {counts['case']} {case.measure}{_channels(campaign, 'case')}。"
             f"审定时，评出的联盟工作先进集体不超过 {q.collective_cap} 个、联盟工作先进个人不超过 "
             f"{q.individual_cap} 名（城市、联盟办、工作组合计；联络人另行表彰，不计在内）。"]
    for kind, cap in ((award("collective"), q.collective_cap), (award("individual"), q.individual_cap)):
        if counts[kind.type] > cap:
            m = kind.measure
            lines.append(f"⚠️ 警告：各渠道共推荐{kind.label} {counts[kind.type]} {m}，超过评选上限 {cap} {m}："
                         f"审议时至多评出 {cap} {m}。")
    return "\n\n".join(lines)


def _place(f: Finding) -> str:
    return mdsafe.code(f.file, in_table=True) + (f" 第 {f.line} 行" if f.line else "")


def findings_table(findings: list[Finding]) -> str:
    if not findings:
        return "没有发现问题。"
    rows = ["| 位置 | 代码 | 级别 | 说明 | 修改建议 |", "|---|---|---|---|---|"]
    for f in findings[:MAX_FINDING_ROWS]:
        rows.append(f"| {_place(f)} | {mdsafe.text(f.code)} | {SEVERITY_WORDS[f.severity]} | "
                    f"{mdsafe.text(f.message)} | {mdsafe.text(f.hint)} |")
    if len(findings) > MAX_FINDING_ROWS:
        rows.append(f"\n另有 {len(findings) - MAX_FINDING_ROWS} 个问题未列出，"
                    "请在本地运行 `honors validate` 查看全部。")
    return "\n".join(rows)


def render(registry: Registry | None, campaign: Campaign | None, result: Result) -> str:
    """The whole summary: verdict, the campaign's per-city table, every finding."""
    parts = ["## 推荐材料校验结果", "", status_line(result), ""]
    if registry is not None and campaign is not None:
        parts += [f"### {mdsafe.text(campaign.config.title)}：各市推荐情况", "",
                  quota_table(registry, campaign), "", other_awards(campaign, registry), ""]
        if result.has_errors:
            parts += ["> 有错误的推荐文件未计入上表，改正后会自动计入。", ""]
    items = result.sorted()
    parts += [f"### 问题清单（{len(items)} 个）", "", findings_table(items), ""]
    return "\n".join(parts)


def findings_section(title: str, result: Result) -> str:
    """A short section for another check (e.g. ownership) in the same summary."""
    return "\n".join([f"### {title}", "", status_line(result), "",
                      findings_table(result.sorted()), ""])


def append_step_summary(markdown: str) -> bool:
    """Append to $GITHUB_STEP_SUMMARY; False when not running in GitHub Actions."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return False
    with Path(target).open("a", encoding="utf-8") as fh:
        fh.write(markdown + "\n")
    return True


def publish(markdown: str) -> str:
    """Append to $GITHUB_STEP_SUMMARY when set (then return ""), else return the text to print."""
    return "" if append_step_summary(markdown) else markdown
