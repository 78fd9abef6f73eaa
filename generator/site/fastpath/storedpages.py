"""Generated pages as MkDocs sees them: kept on disk, compiled once, loaded only to be built.

The renderer hands each page to a `PageStore`, which compiles it to HTML when it can
(generator/site/fastpath/compiled.py) and writes its text to a spool. MkDocs then gets an
`HonorsPage` per generated page (MkDocs lets plugins give a file its own Page subclass):
it takes its metadata from the store instead of parsing front matter, skips Python-Markdown
when the page is compiled, and holds its HTML only while the page itself is being built.
Without this, MkDocs keeps every page's Markdown and HTML in memory until the build ends.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markdown.extensions.toc import slugify as default_slugify
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.site.fastpath.compiled import compile_page
from generator.site.fastpath.spool import Handle, TextSpool
from generator.site.pages import Page as GeneratedPage

# Shown in place of a page's HTML while it waits on disk; a page is never written with it
# (tests check every built page).
PARKED = "<!-- honors: the page's HTML is loaded when the page is built -->"

# Extensions whose output for plain headings and raw-HTML blocks is exactly what
# compile_page produces (checked by tests/site/fastpath/test_compiled.py on every generated page).
# With any other extension configured, every page goes through Python-Markdown.
COMPILE_SAFE_EXTENSIONS = {
    "toc", "tables", "fenced_code", "admonition", "attr_list", "def_list",
    "pymdownx.highlight", "pymdownx.superfences", "pymdownx.details",
}
_TOC_OPTIONS = {"slugify", "separator", "permalink"}


def heading_id_for(config: MkDocsConfig) -> Callable[[str], str] | None:
    """The site's heading-id function, or None when pages must not be compiled."""
    names = {str(name).removeprefix("markdown.extensions.") for name in config.markdown_extensions}
    if not names <= COMPILE_SAFE_EXTENSIONS:
        return None
    toc = dict((config.mdx_configs or {}).get("toc", {}))
    if not set(toc) <= _TOC_OPTIONS or toc.get("permalink"):
        return None
    slugify = toc.get("slugify", default_slugify)
    separator = toc.get("separator", "-")
    return lambda text: slugify(text, separator)


@dataclass(frozen=True)
class StoredPage:
    """One generated page: metadata in memory, text on disk."""

    src: str
    meta: dict[str, Any]
    markdown: Handle | None = None  # set when the page goes through Python-Markdown
    html: Handle | None = None  # set when the page was compiled
    toc: tuple[dict[str, Any], ...] = ()
    anchors: frozenset[str] = frozenset()


class PageStore:
    """Receives the renderer's pages; compiles and spools them."""

    def __init__(self, raw_key: str, heading_id: Callable[[str], str] | None) -> None:
        self.raw_key = raw_key
        self.heading_id = heading_id
        self.spool = TextSpool()
        self.pages: dict[str, StoredPage] = {}

    def add(self, page: GeneratedPage) -> None:
        compiled = (compile_page(page.body, self.raw_key, self.heading_id)
                    if self.heading_id is not None else None)
        if compiled is None:
            stored = StoredPage(page.src, page.meta, markdown=self.spool.put(page.body))
        else:
            stored = StoredPage(page.src, page.meta, html=self.spool.put(compiled.html),
                                toc=tuple(compiled.toc), anchors=compiled.anchors)
        self.pages[page.src] = stored

    def files(self, config: MkDocsConfig, nav_titles: dict[str, str]) -> list[File]:
        """A File with its HonorsPage for every stored page."""
        out = []
        for stored in self.pages.values():
            file = File.generated(config, stored.src, content="")
            HonorsPage(nav_titles.get(stored.src), file, config, stored, self.spool)
            out.append(file)
        return out

    def close(self) -> None:
        self.spool.close()


class HonorsPage(Page):
    """A generated page; its text comes from the store, not from a file."""

    def __init__(self, title: str | None, file: File, config: MkDocsConfig,
                 stored: StoredPage, spool: TextSpool) -> None:
        super().__init__(title, file, config)
        self.stored = stored
        self.spool = spool
        self.parked: Handle | None = stored.html

    @property
    def compiled(self) -> bool:
        return self.stored.html is not None

    def read_source(self, config: MkDocsConfig) -> None:
        self.meta = dict(self.stored.meta)
        self.markdown = "" if self.stored.markdown is None else self.spool.get(self.stored.markdown)

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if not self.compiled:
            super().render(config, files)
            return
        self.content = PARKED
        self.toc = get_toc(list(self.stored.toc))  # type: ignore[arg-type]  # toc tokens
        self.present_anchor_ids = set(self.stored.anchors)

    def park(self, html: str) -> str:
        """Move rendered HTML to disk until the page is built; returns what stands in for it."""
        if html != PARKED:
            self.parked = self.spool.put(html)
            self.markdown = ""  # the source is not needed any more either
        return PARKED

    def load(self) -> None:
        """Bring the page's HTML back for building."""
        if self.content == PARKED and self.parked is not None:
            self.content = self.spool.get(self.parked)

    def release(self) -> None:
        """Drop the HTML once the page is written."""
        self.content = PARKED
