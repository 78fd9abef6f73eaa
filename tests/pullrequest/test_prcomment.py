"""The pull-request comment: rendered by GitHub's own Markdown renderer, hostile text stays text."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import cmarkgfm
import pytest
from cmarkgfm.cmark import Options

from generator.check.validate import validate_repository
from generator.core.findings import Finding, Result
from generator.pullrequest import mdsafe, prcomment

from .helpers import ROOT, Alliance

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "[点这里](javascript:alert(1))",
    "![跟踪](https://evil.example/pixel.png)",
    "@octocat 请看",
    "见 #12 和 sxlib/honors#3",
    "https://evil.example/phish 与 www.evil.example",
    "联系 someone@evil.example",
    "`code` ``more`` **粗体** _斜体_ ~~删除~~",
    "第一行\n# 冒充的标题\n- 冒充的列表\n<!-- 藏起后面的内容",
    "| 表 | 格 |\n|---|---|",
    "\u202e反向文字\u200b零宽",
    "\\ 反斜杠结尾 \\",
]
MENTION = re.compile(r"@[A-Za-z0-9]")
REFERENCE = re.compile(r"#\d")


class Rendered(HTMLParser):
    """The tags and the visible text of rendered HTML."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.comments: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def visible(self) -> str:
        return "".join(self.text).replace("\u200b", "")


def render_html(markdown: str) -> str:
    """As GitHub renders a comment (unsafe: raw HTML would pass, so nothing hides an escape bug)."""
    html: str = cmarkgfm.github_flavored_markdown_to_html(
        markdown, options=Options.CMARK_OPT_UNSAFE)
    return html


@pytest.fixture(scope="module")
def demo() -> Any:
    return validate_repository(ROOT)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_text_from_a_file_stays_text(hostile: str) -> None:
    page = Rendered(render_html(f"- 前 {mdsafe.text(hostile)} 后\n"))

    assert [t for t, _ in page.tags] == ["ul", "li"], page.tags
    assert page.comments == []
    visible = page.visible()
    assert visible.strip().startswith("前") and visible.strip().endswith("后")
    assert " ".join(hostile.replace("\u202e", " ").replace("\u200b", " ").split()) in visible
    assert not MENTION.search("".join(page.text).replace("\u200b", "§")), "no @mention survives"
    assert not REFERENCE.search("".join(page.text)), "no #reference survives"


@pytest.mark.parametrize("path", ["submissions/2024/cities/xian/a`b``c.yaml", "`x`", "a\nb", "@x #1"])
def test_paths_are_code_spans(path: str) -> None:
    page = Rendered(render_html(f"1. 见 {mdsafe.code(path)} 第 3 行\n"))
    assert [t for t, _ in page.tags] == ["ol", "li", "code"]
    assert " ".join(path.split()) in page.visible()


def test_the_comment_carries_every_hostile_message_without_markup(demo: Any) -> None:
    repo, validation = demo
    target = "submissions/2024/cities/xian/collective-zz.yaml"
    findings = [Finding(target, i + 1, 1, "S002", "error", f"未知字段「{h}」。", f"提示里也有 {h}")
                for i, h in enumerate(HOSTILE)]
    body = prcomment.render(repo, validation, prcomment.ChangeCheck([target], Result(findings)),
                            "https://github.com/sxlib/honors/actions/runs/42")
    page = Rendered(render_html(body))

    tags = {t for t, _ in page.tags}
    assert tags <= {"h2", "h3", "p", "ul", "ol", "li", "strong", "code", "a", "sub"}, tags
    links = [a["href"] for t, a in page.tags if t == "a"]
    assert links == ["https://github.com/sxlib/honors/actions/runs/42"]
    assert sum(1 for t, _ in page.tags if t == "h2") == 1 and page.comments == []
    assert f"问题（{len(HOSTILE)} 个）" in page.visible()
    assert page.visible().count(target) == len(HOSTILE)
    assert not MENTION.search("".join(page.text).replace("\u200b", "§"))


def test_an_unsafe_preview_url_is_left_out(demo: Any) -> None:
    repo, validation = demo
    body = prcomment.render(repo, validation, prcomment.ChangeCheck([]), "javascript:alert(1)//")
    assert "javascript" not in body and "网站预览" not in body


def test_a_flood_of_findings_fits_in_one_comment(demo: Any) -> None:
    repo, validation = demo
    target = "submissions/2024/cities/xian/x.yaml"
    findings = [Finding(target, i, 1, "S003", "error", "很长的说明" * 200, "很长的提示" * 200)
                for i in range(1, 500)]
    body = prcomment.render(repo, validation, prcomment.ChangeCheck([target], Result(findings)))
    assert len(body) <= prcomment.MAX_CHARS + 100
    assert f"另有 {499 - prcomment.MAX_FINDINGS} 个问题未列出" in body
    assert f"{prcomment.MAX_FINDINGS}. ❌" in body


def test_a_comment_over_githubs_limit_is_cut_at_a_line_end() -> None:
    body = "\n".join(f"第 {i} 行" + "字" * 100 for i in range(2000))
    cut = prcomment._fit(body)
    assert len(cut) <= prcomment.MAX_CHARS + 100 and cut.endswith("（评论过长，其余内容见检查的运行摘要。）\n")
    assert all(line.startswith("第 ") for line in cut.splitlines()[:-2] if line)


def comment(honors: Any, a: Alliance, author: str, tmp_path: Path, *extra: str) -> str:
    out = tmp_path / "comment" / "comment.md"
    run = honors("comment", "--author", author, "--base", "main", "--arrived", "2025-04-05T10:00:00+08:00",
                 "--root", str(a.root), "--output", str(out), *extra)
    assert run.code == 0, run.err
    return out.read_text(encoding="utf-8")


def test_the_ledger_and_the_findings_of_a_city_pull_request(
    alliance: Alliance, honors: Any, tmp_path: Path
) -> None:
    city, other = alliance.city(0), alliance.city(1)
    assert city.liaison is not None
    alliance.repo.write(alliance.city_file(other, "collective-a"), alliance.collective(other))
    alliance.repo.write(alliance.city_file(other, "collective-b"), alliance.collective(other, 1))
    alliance.repo.commit("Another city's nominations, over its quota", "2025-04-02")
    alliance.repo.branch("city")
    alliance.repo.write(alliance.city_file(city, "collective-a"), alliance.collective(city))
    alliance.repo.write(alliance.city_file(city, "individual-a"), alliance.individual(city, "李某"))
    alliance.repo.write(alliance.city_file(city, "individual-b"), alliance.individual(city, "王某"))
    alliance.repo.write(alliance.city_file(city, "individual-c"), alliance.individual(city, "赵某"))
    alliance.repo.write(alliance.city_file(city, "individual-liaison"),
                        alliance.individual(city, city.liaison.name, liaison=True))
    alliance.repo.write(alliance.city_file(city, "summary"), alliance.summary(city))
    alliance.repo.commit("Nominations", "2025-04-05")

    body = comment(honors, alliance, city.editors[0], tmp_path,
                   "--preview-url", "https://github.com/sxlib/honors/actions/runs/7")

    assert body.startswith("## 推荐材料自动检查结果")
    assert f"- **{mdsafe.text(city.committee_library)}**（2024年度）：集体 1/1、个人 3/2 ❌超出、联络人 1 名（不占名额）" in body
    assert "❌ 本次修改有" in body and "Q002" in body
    assert any(mdsafe.code(alliance.city_file(city, f"individual-{x}")) in body for x in "abc")
    assert other.committee_library not in body, "another city's ledger is not this pull request's"
    assert "仓库中其他文件另有" in body, "the other city's Q001 is counted, not listed"
    assert "[本次检查的运行页面](https://github.com/sxlib/honors/actions/runs/7)" in body
    assert "材料有问题时预览照样生成，问题以横幅显示在相关页面的顶部。" in body, "Q002 above: the preview is built"


def test_the_deadline_and_ownership_findings_are_in_the_comment(
    alliance: Alliance, honors: Any, tmp_path: Path
) -> None:
    city, other = alliance.city(0), alliance.city(1)
    alliance.repo.branch("foreign")
    foreign = alliance.city_file(other, "collective-a")
    alliance.repo.write(foreign, alliance.collective(other))
    alliance.repo.commit("Into another city's folder", "2025-04-05")

    body = comment(honors, alliance, city.editors[0], tmp_path)

    assert "D004" in body and mdsafe.code(foreign) in body
    late = comment(honors, alliance, other.editors[0], tmp_path, "--arrived", "2025-04-20T10:00:00+08:00")
    assert "D003" in late and "D004" not in late


def test_a_check_that_cannot_run_is_said_in_the_comment(
    alliance: Alliance, honors: Any, tmp_path: Path
) -> None:
    out = tmp_path / "comment.md"
    run = honors("comment", "--author", "x", "--base", "no-such-branch", "--root", str(alliance.root),
                 "--output", str(out))
    assert run.code == 0
    text = out.read_text(encoding="utf-8")
    assert "修改权限与截止日期检查没能运行" in text and "no\\-such\\-branch" in text


def test_the_job_summary_table_keeps_every_hostile_message_inert_in_its_cell() -> None:
    """The job summary uses the comment's escaper: one row per finding, five cells, no markup."""
    from generator.pullrequest import ghsummary

    findings = [Finding(f"submissions/2024/cities/xian/a|b`{i}.yaml", i + 1, 1, "S002", "error",
                        f"未知字段「{h}」。", f"提示里也有 {h}") for i, h in enumerate(HOSTILE)]
    page = Rendered(render_html(ghsummary.findings_table(findings)))
    tags = [t for t, _ in page.tags]
    assert set(tags) == {"table", "thead", "tr", "th", "tbody", "td", "code"}, tags
    assert tags.count("tr") == len(HOSTILE) + 1 and tags.count("td") == 5 * len(HOSTILE)
    assert tags.count("code") == len(HOSTILE)
    visible = page.visible()
    assert all(f"a|b`{i}.yaml" in visible for i in range(len(HOSTILE)))
    assert not MENTION.search("".join(page.text).replace("\u200b", "§"))
    assert not REFERENCE.search("".join(page.text))


@pytest.mark.parametrize(("errors", "warnings", "subject", "sentence"), [
    (2, 1, "本次修改", "❌ 本次修改有 2 个错误、1 个警告：错误须改正后才能合并。"),
    (0, 3, "", "✅ 没有错误（3 个警告，不影响合并，请留意）。"),
    (0, 0, "本次修改", "✅ 本次修改全部通过检查。"),
])
def test_one_verdict_sentence_for_summary_and_comment(errors: int, warnings: int, subject: str,
                                                       sentence: str) -> None:
    from generator.pullrequest import ghsummary

    assert mdsafe.verdict(errors, warnings, subject) == sentence
    findings = [Finding("a.yaml", 1, 1, "X001", "error", "m", "")] * errors
    findings += [Finding("a.yaml", 1, 1, "X001", "warning", "m", "")] * warnings
    if subject:
        assert prcomment.verdict(findings) == sentence
    else:
        assert ghsummary.status_line(Result(findings)) == sentence
