"""Markdown for a GitHub job summary: each city's recommendations against its quota, and findings."""

from __future__ import annotations

import os
from pathlib import Path

from generator.check.report import SEVERITY_WORDS
from generator.core.findings import Finding, Result
from generator.load.records import Campaign
from generator.models import Registry
from generator.pullrequest import mdsafe
from generator.rules.liaisons import is_liaison
from generator.rules.quotas import city_quota_usage

MAX_FINDING_ROWS = 300  # GitHub caps a step summary at 1 MiB


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell: literal text on one line (mdsafe: no HTML, link,
    emphasis, @mention or #reference), and no column break (`|` is escaped with the rest)."""
    return mdsafe.text(text)


def code_cell(text: str) -> str:
    """A file path as a code span inside a table cell: GitHub splits a row at every unescaped
    `|`, code spans included, so those are escaped (the backslash does not show)."""
    return mdsafe.code(text).replace("|", "\\|")


def status_line(result: Result) -> str:
    errors, warnings = len(result.errors), len(result.warnings)
    if errors:
        return f"❌ 有 {errors} 个错误、{warnings} 个警告：错误须改正后才能合并。"
    if warnings:
        return f"✅ 没有错误（{warnings} 个警告，不影响合并，请留意）。"
    return "✅ 全部通过。"


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
        rows.append(f"| {cell(city.name)} | {cell(city.committee_library)} | "
                    f"{_mark(c, q.collective_per_city)} | {_mark(i, q.individual_per_city)} | "
                    f"{'已推荐' if city.code in liaisons else '—'} |")
    rows.append(f"| **合计** | | {total_c} | {total_i} | {len(liaisons)} |")
    return "\n".join(rows)


def other_awards(campaign: Campaign, registry: Registry) -> str:
    """Special projects and cases put forward, and the caps on what may be selected.

    「由此方式评选出的联盟先进集体不超过15个，联盟工作先进个人不超过32名」 caps the selection, not the
    nominations: more nominations than the cap is normal, but the office should see it coming."""
    q = campaign.config.quotas
    counts = {kind: sum(1 for n in campaign.nominations if n.award == kind)
              for kind in ("special", "case", "collective")}
    counts["individual"] = sum(1 for n in campaign.nominations
                               if n.award == "individual" and not is_liaison(n, registry))
    lines = [f"工作组推荐专项工作先进集体 {counts['special']} 个，优秀服务案例 {counts['case']} 个。"
             f"审定时，评出的联盟工作先进集体不超过 {q.collective_cap} 个、联盟工作先进个人不超过 "
             f"{q.individual_cap} 名（城市、联盟办、工作组合计；联络人另行表彰，不计在内）。"]
    for kind, what, measure, cap in (("collective", "先进集体", "个", q.collective_cap),
                                     ("individual", "先进个人", "名", q.individual_cap)):
        if counts[kind] > cap:
            lines.append(f"⚠️ 警告：各渠道共推荐{what} {counts[kind]} {measure}，超过评选上限 {cap} {measure}："
                         f"审议时至多评出 {cap} {measure}。")
    return "\n\n".join(lines)


def _place(f: Finding) -> str:
    return code_cell(f.file) + (f" 第 {f.line} 行" if f.line else "")


def findings_table(findings: list[Finding]) -> str:
    if not findings:
        return "没有发现问题。"
    rows = ["| 位置 | 代码 | 级别 | 说明 | 修改建议 |", "|---|---|---|---|---|"]
    for f in findings[:MAX_FINDING_ROWS]:
        rows.append(f"| {_place(f)} | {cell(f.code)} | {SEVERITY_WORDS[f.severity]} | "
                    f"{cell(f.message)} | {cell(f.hint)} |")
    if len(findings) > MAX_FINDING_ROWS:
        rows.append(f"\n另有 {len(findings) - MAX_FINDING_ROWS} 个问题未列出，"
                    "请在本地运行 `honors validate` 查看全部。")
    return "\n".join(rows)


def render(registry: Registry | None, campaign: Campaign | None, result: Result) -> str:
    """The whole summary: verdict, the campaign's per-city table, every finding."""
    parts = ["## 推荐材料校验结果", "", status_line(result), ""]
    if registry is not None and campaign is not None:
        parts += [f"### {cell(campaign.config.title)}：各市推荐情况", "",
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
