"""Submission text cannot inject markup: Markdown renders, raw HTML and script do not."""

from __future__ import annotations

from sitetools import BuiltSite, find_all, parse, walk

from generator.site.render import md_escape, rich_text, title_text

PERSON = "2024/cities/xian/individual-wang-lan/"
CASE = "2024/cases/case-mini-program-booking/"


def test_markdown_renders() -> None:
    html = rich_text("**加粗** 与 *强调*\n\n- 一\n- 二\n\n| 项目 | 数量 |\n|---|---|\n| 场次 | 12 |")
    assert "<strong>加粗</strong>" in html and "<em>强调</em>" in html
    assert "<li>一</li>" in html and "<td>12</td>" in html


def test_raw_html_and_script_are_text() -> None:
    html = rich_text('<script>alert(1)</script>\n\n<b onclick="x()">粗</b> <img src=x onerror=y>')
    assert "<script" not in html and "<b" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b onclick" in html


def test_dangerous_links_lose_their_target() -> None:
    html = rich_text("[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.org/)")
    assert "javascript:" not in html and "data:text" not in html
    assert 'href="https://example.org/"' in html and "nofollow" in html


def test_headings_stay_below_the_page_sections() -> None:
    html = rich_text("# 一\n\n## 二\n\n### 三")
    assert "<h1" not in html and "<h2" not in html
    assert html.count("<h3>") == 2 and "<h4>三</h4>" in html


def test_short_text_is_neutral_in_markdown() -> None:
    assert md_escape("[x](javascript:y) <b>*_|") == (
        "&#91;x&#93;&#40;javascript&#58;y&#41; &#60;b&#62;&#42;&#95;&#124;"
    )


def test_hostile_nomination_is_shown_as_text(hostile_site: BuiltSite) -> None:
    html = hostile_site.html(PERSON)
    assert "window.__xss" in html  # the text is there ...
    assert "<script>window.__xss" not in html  # ... but never as a script
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in html
    assert "<strong>重点工作</strong>" in html and "<li>第一项</li>" in html
    assert "&lt;b onclick" in html


def test_hostile_pages_have_no_handlers_scripts_or_frames(hostile_site: BuiltSite) -> None:
    for url in (PERSON, CASE, "2024/cases/", "2024/cities/xian/", "2024/honors/"):
        tree = parse(hostile_site.html(url))
        for el in walk(tree):
            assert not [a for a in el.attrs if a.startswith("on")], (url, el.tag, el.attrs)
            assert not el.attrs.get("href", "").lower().startswith("javascript:"), url
            assert el.tag not in ("iframe", "object", "embed"), url
        for script in find_all(tree, "script"):
            assert "__xss" not in script.text, url
        assert "evil.example" not in "".join(
            el.attrs.get("src", "") for el in walk(tree)
        ), url


def test_hostile_case_title_is_escaped_everywhere(hostile_site: BuiltSite) -> None:
    for path in hostile_site.files(".html"):
        assert "<script>window.__xss=5" not in path.read_text(encoding="utf-8"), path


def test_titles_carry_no_html() -> None:
    assert title_text('</title><script>x("1")</script>A&B') == "＜/title＞＜script＞x(＂1＂)＜/script＞A＆B"


def test_hostile_title_cannot_break_out_of_the_head(hostile_site: BuiltSite) -> None:
    head = hostile_site.html(CASE).split("</head>")[0]
    assert head.count("<script") == head.count("</script>")
    titles = find_all(parse(head), "title")
    assert titles and "<" not in titles[0].text and "一键预约" in titles[0].text
