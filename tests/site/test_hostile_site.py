"""A nomination cannot inject script into the public site.

Every free-text field of every nomination in several folders (and of the city summaries and
the decisions file) is filled with script tags, event handlers, javascript: links, frames,
Markdown attribute lists, Jinja expressions and snippet includes, each carrying a marker
`__xss<n>`. The real site is built from that data; then every HTML page and the search index
are parsed and must hold no script, handler, javascript: URL or external load from the data,
while the marker text itself is shown (escaped) on the pages.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("2024/cities/xian", "2024/cities/ankang", "2024/groups/reading", "2024/office")
FREE_TEXT = {
    "联盟工作先进个人": ("从事本工作时间", "所在部门", "学历", "职务", "职称", "馆长参评理由",
                  "主要事迹", "单位申报意见", "委员馆推荐意见"),
    "联盟工作先进集体": ("单位负责人", "主要工作成绩", "单位申报意见", "委员馆推荐意见"),
    "联盟专项工作先进集体": ("单位负责人", "考核排名", "主要工作成绩", "单位申报意见", "委员馆推荐意见"),
    "联盟优秀服务案例": ("案例名称", "案例简介", "案例正文", "联系人"),
}
LIMITS = {"主要事迹": 500, "案例简介": 300, "案例名称": 60}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "srcset",
                  "background", "content", "style", "ping", "cite"}
RAW_TAG = re.compile(r"<(script|img|iframe|svg|details|form|object|style|a|b)\b[^>]*__xss", re.I)
LOADING_ATTRIBUTES = {"src", "srcset", "data", "poster", "background", "style"}


def payloads(n: int) -> list[str]:
    """Each attack once, marked with __xss<n> so a hit can be traced to its field."""
    m = f"__xss{n}"
    return [
        f"<script>{m}()</script>",
        f"<img src=x onerror={m}()>",
        f"[点我](javascript:{m}())",
        f'<iframe src="https://evil.example/{m}"></iframe>',
        f'<a href="javascript:{m}()">链接</a>',
        f"<svg onload={m}()>",
        f'"><script>{m}()</script>',
        f"'><img src=x onerror={m}()>",
        f'[x](#){{: onclick="{m}()" }}',
        f"{{{{ 7*7 }}}}{m}",
        f"<details open ontoggle={m}()>",
        # A Markdown picture is refused before any build (F010, rules/markup.py), so it is no
        # input here: test_site_photos.py shows the renderer drops it too.
        f'<a href="jav&#x61;script:{m}()">实体</a>',
        f"[x](JaVaScRiPt:{m}())",
        f'<form action="javascript:{m}()"><button>提交</button></form>',
        f'<object data="javascript:{m}()"></object>',
        f'<meta http-equiv="refresh" content="0;url=javascript:{m}()">',
        f'<style>@import "https://evil.example/{m}.css";</style>',
        f"<javascript:{m}()>",
        f'<a href="x" style="background:url(https://evil.example/{m})">样式</a>',
        f'--8<-- "/etc/passwd" {m}',
        f"[ref{n}]: javascript:{m}()",
    ]


def fit(parts: list[str], limit: int | None) -> str:
    text = ""
    for part in parts:
        longer = f"{text}\n\n{part}" if text else part
        if limit is not None and len(longer) > limit:  # len() >= 字数: within every limit
            break
        text = longer
    return text


def poison(root: Path) -> list[int]:
    """Fill the free-text fields; return the markers used."""
    yaml = YAML()  # round-trip: comments and order stay
    yaml.width = 4096
    used: list[int] = []
    n = 0
    for folder in FOLDERS:
        for path in sorted((root / "submissions" / folder).glob("*.yaml")):
            data = yaml.load(path.read_text(encoding="utf-8"))
            award = data.get("推荐奖项")
            keys = list(FREE_TEXT.get(str(award), ()))
            if path.name == "summary.yaml":
                keys = ["经办人"]
            for key in keys:
                if key == "馆长参评理由" and key not in data:
                    continue  # only for a director
                n += 1
                used.append(n)
                data[key] = fit(payloads(n), LIMITS.get(key, 1_000))
            if award == "联盟工作先进个人" and data.get("是否联络人") != "是":  # liaisons: registry names
                n += 1
                used.append(n)
                data["姓名"] = f"<b onclick=__xss{n}>"  # 20 characters at most
            with path.open("w", encoding="utf-8") as out:
                yaml.dump(data, out)
    decisions = root / "submissions/2024/decisions.yaml"
    data = yaml.load(decisions.read_text(encoding="utf-8"))
    for entry in data["表彰名单"]:
        n += 1
        used.append(n)
        entry["审定意见"] = fit(payloads(n)[:3], None)
    n += 1
    used.append(n)
    data["文号"] = payloads(n)[0]
    with decisions.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    return used


class Collect(HTMLParser):
    """Every start tag with its attributes, and the text of script and style elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in = tag if tag in self.raw else None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw[self._in].append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in = None


def problems(markup: str) -> list[str]:
    """What in this HTML could run, navigate to or load something the data asked for."""
    found = []
    page = Collect()
    page.feed(markup)
    page.close()
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            bare = re.sub(r"[\s\x00-\x1f]", "", html.unescape(value)).lower()
            if name.startswith("on") and "__xss" in value:
                found.append(f"<{tag} {name}>")
            if name in URL_ATTRIBUTES and "javascript:" in bare:
                found.append(f"<{tag} {name}=javascript:>")
            if name in LOADING_ATTRIBUTES and "evil.example" in bare:
                found.append(f"<{tag} {name}> loads evil.example")
        if tag in ("iframe", "object", "embed", "base", "form") and "__xss" in str(attrs):
            found.append(f"<{tag}>")
        if tag == "meta" and "javascript:" in attrs.get("content", "").lower():
            found.append("<meta refresh>")
    found += [f"<{kind}> with data" for kind, texts in page.raw.items()
              for text in texts if "__xss" in text or "evil.example" in text]
    return found


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    root = tmp_path_factory.mktemp("xss")
    shutil.copytree(ROOT / "submissions", root / "submissions")
    shutil.copytree(ROOT / "docs", root / "docs")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    used = poison(root)
    assert main(["validate", "--root", str(root), "--format", "json"]) == 0, "hostile text is valid input"
    assert main(["build", "--root", str(root)]) == 0
    return root / "site", used


def test_the_hostile_data_is_on_the_pages_as_text(
    hostile_build: tuple[Path, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    site, used = hostile_build
    text = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    shown = {int(m) for m in re.findall(r"__xss(\d+)", text)}
    # Private fields (学历, 联系人, 经办人, opinions ...) are not published at all; the rest is,
    # so a good part of the markers must be visible, as text.
    assert len(shown) >= len(used) // 3, (len(shown), len(used))
    assert "&lt;script&gt;__xss" in text
    assert len(used) > 100


def test_no_page_runs_or_loads_anything_from_the_data(hostile_build: tuple[Path, list[int]]) -> None:
    site, _ = hostile_build
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 50
    report = {p.relative_to(site).as_posix(): found for p in pages if (found := problems(p.read_text(encoding="utf-8")))}
    assert report == {}


def test_no_raw_script_or_handler_text_in_any_built_file(hostile_build: tuple[Path, list[int]]) -> None:
    site, _ = hostile_build
    for path in site.rglob("*"):
        if path.suffix not in (".html", ".xml", ".json", ".js"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        # The search index is data: as JSON, and as the same JSON in a script (read from disk).
        data = path.suffix == ".json" or path.name == "search_index.js"
        if data:
            text = json.dumps(json.loads(text.removeprefix("var __index = ")), ensure_ascii=False)
        # A payload's own tag, unescaped: escaped text (&lt;img …) is harmless.
        assert not RAW_TAG.search(text), (path, RAW_TAG.search(text))
        assert "__xss" not in text or path.suffix == ".html" or data, path


def test_search_results_cannot_inject_markup(hostile_build: tuple[Path, list[int]]) -> None:
    """Material inserts the index's text as HTML in the search results: it must be inert too."""
    site, _ = hostile_build
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    entries = [d for d in index["docs"] if "__xss" in d.get("text", "") + d.get("title", "")]
    assert entries, "the hostile text is searchable"
    report = {d["location"]: found for d in entries if (found := problems(d["text"]) + problems(d["title"]))}
    assert report == {}


def test_templates_and_includes_are_not_evaluated(hostile_build: tuple[Path, list[int]]) -> None:
    site, _ = hostile_build
    text = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert not re.search(r"49\s*__xss", text)  # {{ 7*7 }} stayed text
    assert re.search(r"\{\{ 7\*7 \}\}\s*__xss", html.unescape(text))
    assert "root:x:0:0" not in text  # --8<-- "/etc/passwd" included nothing


@pytest.mark.parametrize(
    ("markup", "bad"),
    [
        ("<img src=x onerror=__xss1()>", True),
        ('<a href="jav&#x61;script:__xss1()">x</a>', True),
        ('<a href=" JAVA\tSCRIPT:x">x</a>', True),
        ('<iframe src="https://evil.example/"></iframe>', True),
        ("<script>__xss1()</script>", True),
        ('<meta http-equiv="refresh" content="0;url=javascript:x">', True),
        ('<p style="background:url(https://evil.example/x)">x</p>', True),
        ("<p>&lt;script&gt;__xss1()&lt;/script&gt; &lt;img onerror=__xss1()&gt;</p>", False),
        ('<a href="https://example.org/" rel="nofollow">javascript:__xss1()</a>', False),
    ],
)
def test_the_checker_sees_what_it_must(markup: str, bad: bool) -> None:
    assert bool(problems(markup)) is bad
