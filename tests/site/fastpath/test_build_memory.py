"""A large site is built without holding every page and every search entry in memory.

Generated pages wait on disk until MkDocs builds them, and the search entries go to disk
as soon as Material makes them; the search index written at the end holds exactly the JSON
Material would write, as UTF-8 instead of \\uXXXX escapes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from material.plugins.search.plugin import SearchIndex
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.plugins import BasePlugin, event_priority
from sitetools import ROOT, BuiltSite

from generator.site.fastpath.searchspool import INDEX, SearchSpool, search_index_of
from generator.site.fastpath.spool import TextSpool
from generator.site.fastpath.storedpages import PARKED, HonorsPage

SEARCH_CONFIG = {"lang": ["en"], "separator": r"[\s\u200b\-]+", "pipeline": ["stemmer"],
                 "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}}


def _entries() -> list[dict[str, Any]]:
    return [
        {"location": "", "title": "首页", "text": "<p>陕西\u200b公共\u200b图书馆</p>"},
        {"location": "2024/a/#主要事迹", "title": "主要事迹", "text": '引号 " 与 \\ 反斜杠',
         "boost": 2},
        {"location": "2024/b/", "title": "B", "text": "", "tags": ["阅读推广", "x"]},
    ]


def _material_file(entries: list[dict[str, Any]], site: Path) -> bytes:
    index = SearchIndex(**SEARCH_CONFIG)
    index.entries = entries
    data = index.generate_search_index(None).encode("utf-8")
    path = site / INDEX
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def as_utf8(material: bytes) -> bytes:
    """Material's index file with its \\uXXXX escapes written as the characters (UTF-8)."""
    value = json.loads(material)
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def test_spooled_search_index_is_materials_json_in_utf8(tmp_path: Path) -> None:
    material = _material_file(_entries(), tmp_path / "expected")
    assert b"\\u9655" in material and "陕西".encode() not in material  # Material escapes
    expected = as_utf8(material)
    assert "陕西".encode() in expected and json.loads(expected) == json.loads(material)
    for kept in (0, 1, 3):  # entries Material still holds at the end come first
        site = tmp_path / f"kept{kept}"
        entries = _entries()
        spool = SearchSpool()
        spool.take(entries[kept:])
        _material_file(entries[:kept], site)
        spool.merge_into(site)
        spool.close()
        assert (site / INDEX).read_bytes() == expected
        assert not list((site / INDEX).parent.glob("*.part"))


def test_search_spool_writes_an_index_it_took_nothing_from_in_utf8(tmp_path: Path) -> None:
    data = _material_file(_entries(), tmp_path)
    spool = SearchSpool()
    spool.take([])
    spool.merge_into(tmp_path)
    spool.close()
    assert (tmp_path / INDEX).read_bytes() == as_utf8(data)


def test_published_index_is_utf8_and_much_smaller(demo_site: BuiltSite) -> None:
    """What a phone downloads: the same JSON, about half the bytes of Material's escapes."""
    published = (demo_site.path / INDEX).read_bytes()
    value = json.loads(published)
    escaped = json.dumps(value, separators=(",", ":")).encode("ascii")  # Material's encoding
    assert published == as_utf8(escaped)
    assert b"\\u" not in published.replace(b"\\\\", b"")
    print(f"search index: {len(published):,} bytes as UTF-8, {len(escaped):,} escaped")
    assert len(published) < 0.7 * len(escaped)


def test_text_spool_returns_each_text(tmp_path: Path) -> None:
    spool = TextSpool()
    texts = ["", "汉字与 ASCII", "x" * 100_000, "末尾\n"]
    handles = [spool.put(t) for t in texts]
    assert [spool.get(h) for h in reversed(handles)] == list(reversed(texts))
    out = tmp_path / "all"
    with open(out, "wb") as f:
        spool.copy_to(f)
    assert out.read_text(encoding="utf-8") == "".join(texts)
    assert spool.size == out.stat().st_size
    spool.close()


class _Probe(BasePlugin):  # type: ignore[type-arg]
    """Looks at the pages between MkDocs' steps."""

    def __init__(self) -> None:
        self.held_before_build: list[str] = []
        self.generated = 0
        self.pages: list[Any] = []
        self.search_held: list[int] = []

    def on_env(self, env: Any, *, config: Any, files: Any) -> Any:
        # Every page has been read and converted; none has been built yet.
        for file in files.documentation_pages():
            page = file.page
            if isinstance(page, HonorsPage):
                self.generated += 1
                self.pages.append(page)
                if page.content != PARKED:
                    self.held_before_build.append(file.src_uri)
        return env

    @event_priority(-200)
    def on_page_context(self, context: Any, *, page: Any, config: Any, nav: Any) -> Any:
        index = search_index_of(config.plugins)
        self.search_held.append(len(index.entries) if index else -1)
        return context


def test_generated_pages_wait_on_disk_until_built(tmp_path: Path) -> None:
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    probe = _Probe()
    config.plugins["probe"] = probe
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    assert probe.generated > 100
    assert probe.held_before_build == []
    assert all(p.content == PARKED for p in probe.pages), "HTML is dropped once written"
    assert set(probe.search_held) == {0}, "search entries go to disk page by page"
    index = json.loads((tmp_path / "site" / INDEX).read_text(encoding="utf-8"))
    locations = {entry["location"] for entry in index["docs"]}
    assert {p.url for p in probe.pages if not p.meta.get("search", {}).get("exclude")} <= locations


def test_no_built_page_shows_the_parked_placeholder(demo_site: BuiltSite) -> None:
    pages = list(demo_site.path.rglob("*.html"))
    assert len(pages) > 100
    assert not [p for p in pages if PARKED in p.read_text(encoding="utf-8")]
