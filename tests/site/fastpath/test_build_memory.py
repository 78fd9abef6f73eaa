"""A large site is built without holding every page in memory.

Generated pages wait on disk until MkDocs builds them and are dropped once written; Material's
search index never holds them (the site indexes them itself, generator/site/searchindex.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.plugins import BasePlugin, event_priority
from sitetools import ROOT, BuiltSite

from generator.site.fastpath.spool import TextSpool
from generator.site.fastpath.storedpages import PARKED, HonorsPage


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


# Bare BasePlugin (generic in its config) keeps MkDocs' legacy config; its __init_subclass__ is untyped.
class _Probe(BasePlugin):  # type: ignore[type-arg, no-untyped-call]
    """Looks at the pages between MkDocs' steps."""

    def __init__(self) -> None:
        self.held_before_build: list[str] = []
        self.generated = 0
        self.pages: list[Any] = []
        self.material_held: list[str] = []

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
        index = config.plugins["material/search"].search_index
        self.material_held += [entry["location"] for entry in index.entries]
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
    generated = {p.url for p in probe.pages}
    held = {location.split("#")[0] for location in probe.material_held}
    assert held and not held & generated, "Material's index holds hand-written pages only"
    index = json.loads((tmp_path / "site" / "search" / "search_index.json").read_text("utf-8"))
    locations = {entry["location"] for entry in index["docs"]}
    searchable = {p.url for p in probe.pages if not p.stored.meta.get("search", {}).get("exclude")}
    assert len(searchable) > 100 and searchable <= locations, "the site indexes them itself"


def test_no_built_page_shows_the_parked_placeholder(demo_site: BuiltSite) -> None:
    pages = list(demo_site.path.rglob("*.html"))
    assert len(pages) > 100
    assert not [p for p in pages if PARKED in p.read_text(encoding="utf-8")]
