"""`honors build --preview`: a pull request's site preview, built even when the data has errors.

The preview job must not turn red for a data error the check job already reports (one mistake,
one red check). So the preview is built from what loaded, and each finding is shown as a banner
on the pages it concerns: a nomination's page shows its own file's findings, a city's page the
findings of its folder, the home page all of them. The published site never takes this path
(`honors build` without --preview refuses data with errors).

A banner names the code, its title, the file and the line, never the finding's message: a
message may quote the value it found wrong (an age, a phone), and the preview passes the same
privacy scan as the site. The message and its fix are in the check's annotations.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from generator.check.codes import CODES
from generator.check.validate import validate_repository
from generator.core.findings import Finding
from generator.load.records import Repository
from generator.site.pages import Page
from generator.site.paths import HOME

MAX_LISTED = 30  # a banner lists this many findings, then says how many more there are
SEVERITY_WORDS = {"error": "错误", "warning": "警告"}
WHERE_TO_READ = ("每个问题的说明和修改方法见拉取请求「校验推荐材料与修改权限」检查在文件行上的标注，"
                 "或在本地运行 <code>honors validate</code>。")


def load_for_preview(root: Path) -> tuple[Repository, list[Finding]]:
    """The repository as far as it loads, and every finding (errors and warnings), sorted."""
    repo, result = validate_repository(root)
    return repo, result.sorted()


def concerns(finding: Finding, source: str) -> bool:
    """Whether a finding belongs to a page showing `source` (a file, or a folder ending in /)."""
    if source.endswith("/"):
        return finding.file.startswith(source)
    return finding.file == source


def findings_for(page: Page, findings: list[Finding]) -> list[Finding]:
    """The findings a page shows: all of them on the home page, else those of its source."""
    if page.src == HOME:
        return findings
    if not page.source:
        return []
    return [f for f in findings if concerns(f, page.source)]


def _item(f: Finding) -> str:
    place = f"<code>{html.escape(f.file)}</code>" + (f" 第 {f.line} 行" if f.line else "")
    title = html.escape(CODES.get(f.code, ""))
    return f"<li><code>{html.escape(f.code)}</code> {title}（{SEVERITY_WORDS[f.severity]}）：{place}</li>"


def banner_html(findings: list[Finding], *, whole: bool) -> str:
    """The banner: a Material admonition as one raw-HTML block (no blank line inside)."""
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = len(findings) - errors
    scope = "推荐材料" if whole else "本页的推荐材料"
    counts = "、".join(part for part in (f"{errors} 个错误" if errors else "",
                                         f"{warnings} 个警告" if warnings else "") if part)
    if errors:
        kind, title = "danger", f"网站预览：{scope}有 {counts}，合并前须修正"
    else:
        kind, title = "warning", f"网站预览：{scope}有 {counts}，不影响合并，联盟办审议时参考"
    items = [_item(f) for f in findings[:MAX_LISTED]]
    if len(findings) > MAX_LISTED:
        items.append(f"<li>……另有 {len(findings) - MAX_LISTED} 个问题，运行 honors validate 查看全部。</li>")
    lines = [
        f'<div class="admonition {kind} honors-preview" role="alert">',
        f'<p class="admonition-title">{title}</p>',
        "<ul>", *items, "</ul>",
        f"<p>{WHERE_TO_READ}发布的网站只用通过校验的数据生成。</p>",
        "</div>",
    ]
    return "\n".join(lines) + "\n\n"


def with_banner(page: Page, findings: list[Finding]) -> Page:
    """The page with its banner first (the page unchanged when nothing concerns it)."""
    shown = findings_for(page, findings)
    if not shown:
        return page
    return replace(page, body=banner_html(shown, whole=page.src == HOME) + page.body)


def banner_sink(sink: Callable[[Page], None], findings: list[Finding]) -> Callable[[Page], None]:
    """A page sink that adds each page's banner before handing the page on."""

    def add(page: Page) -> None:
        sink(with_banner(page, findings))

    return add
