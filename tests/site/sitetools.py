"""Reading a built site: pages by URL, tables and links parsed from the HTML."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from generator.site.build import build_site

ROOT = Path(__file__).resolve().parents[2]
SITE_SOURCES = ("submissions", "docs", "mkdocs.yml")


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    children: list[Element] = field(default_factory=list)


class _Tree(HTMLParser):
    """A forgiving HTML tree: enough to read tables, links and text."""

    VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr", "path", "rect", "circle", "line", "polyline"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(el)
        if tag not in self.VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        for el in self.stack[1:]:
            el.text += data


def parse(html: str) -> Element:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    return tree.root


def walk(el: Element) -> Iterator[Element]:
    for child in el.children:
        yield child
        yield from walk(child)


def find_all(el: Element, tag: str, **attrs: str) -> list[Element]:
    return [e for e in walk(el) if e.tag == tag
            and all(e.attrs.get(k) == v for k, v in attrs.items())]


def by_id(el: Element, ident: str) -> Element:
    found = [e for e in walk(el) if e.attrs.get("id") == ident]
    assert found, f"no element with id {ident!r}"
    return found[0]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def table_rows(table: Element) -> list[list[str]]:
    """The text of each body row's cells."""
    rows = []
    for tbody in find_all(table, "tbody"):
        for tr in find_all(tbody, "tr"):
            rows.append([squash(td.text) for td in tr.children if td.tag in ("td", "th")])
    return rows


@dataclass
class BuiltSite:
    """A built site folder, read by URL path (e.g. '2024/cities/xian/')."""

    path: Path

    def file(self, url: str) -> Path:
        target = self.path / url
        return target / "index.html" if url == "" or url.endswith("/") else target

    def html(self, url: str) -> str:
        return self.file(url).read_text(encoding="utf-8")

    def tree(self, url: str) -> Element:
        return parse(self.html(url))

    def article(self, url: str) -> Element:
        """The page's main content (Material's article element)."""
        arts = [e for e in find_all(self.tree(url), "article")
                if "md-content__inner" in e.attrs.get("class", "")]
        assert arts, f"{url}: no article"
        return arts[0]

    def text(self, url: str) -> str:
        return squash(self.article(url).text)

    def files(self, *suffixes: str) -> list[Path]:
        return sorted(p for p in self.path.rglob("*") if p.is_file() and p.suffix in suffixes)


def copy_repository(dest: Path) -> Path:
    """What a site build reads (data, hand-written pages, mkdocs.yml), copied into dest."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in SITE_SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name)
        else:
            shutil.copy2(src, dest / name)
    return dest


def build(root: Path, site_dir: Path) -> BuiltSite:
    """Build like `honors build` does (strict), into site_dir."""
    build_site(root, site_dir)
    return BuiltSite(site_dir)


# A nomination written by an attacker: every long and short text tries to inject markup.
HOSTILE_PERSON = "submissions/2024/cities/xian/individual-wang-lan.yaml"
HOSTILE_CASE = "submissions/2024/office/case-mini-program-booking.yaml"
HOSTILE_DEEDS = (
    "<script>window.__xss = 1</script>\n\n"
    "<img src=x onerror=\"window.__xss = 2\">\n\n"
    "[点我](javascript:window.__xss=3)\n\n"
    "**重点工作**\n\n- 第一项\n- 第二项\n"
)


def _set_field(path: Path, key: str, value: str) -> None:
    """Replace a top-level key's value (block scalars included) with a quoted or block value."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out, skipping = [], False
    for line in lines:
        if line.startswith(f"{key}:"):
            if "\n" in value:
                out.append(f"{key}: |-")
                out.extend("  " + v if v else "" for v in value.rstrip("\n").split("\n"))
            else:
                out.append(f"{key}: '{value}'")
            skipping = True
            continue
        if skipping and (line.startswith("  ") or not line.strip()):
            continue
        skipping = False
        out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def make_hostile(root: Path) -> None:
    """Turn the demo copy at root into one whose texts carry script and raw HTML."""
    _set_field(root / HOSTILE_PERSON, "主要事迹", HOSTILE_DEEDS)
    _set_field(root / HOSTILE_PERSON, "所在部门", "<b onclick=\"window.__xss=4\">阅读推广部</b>")
    _set_field(root / HOSTILE_CASE, "案例名称", "<script>window.__xss=5</script>一键预约")
    _set_field(root / HOSTILE_CASE, "案例正文",
               "## 背景\n\n<iframe src=\"https://evil.example/\"></iframe>\n\n"
               "<style>body{background:url(https://evil.example/x.png)}</style>\n\n正文。\n")


@contextmanager
def serve_with(handler: type[SimpleHTTPRequestHandler], path: str = "/") -> Iterator[str]:
    """Run handler over HTTP on 127.0.0.1 (a free port); yields the URL of path."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{path}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve a built site over HTTP on 127.0.0.1 (a free port); yields the base URL."""

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(directory), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with serve_with(Quiet) as url:
        yield url


def keep_on_site(ctx: Any, site_url: str) -> list[str]:
    """Record every request of a browser context in ctx.requests and abort any that leaves the site
    (data: and blob: URLs stay in the page); returns the record."""
    requests: list[str] = []
    ctx.requests = requests

    def route(r: Any) -> None:
        requests.append(r.request.url)
        if r.request.url.startswith((site_url, "data:", "blob:")):
            r.continue_()
        else:
            r.abort()

    ctx.route("**/*", route)
    return requests
