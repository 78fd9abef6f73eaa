"""The build's fast path: generated pages built quicker and in less memory, with the same output.

Nothing here decides what the site says: every module takes what MkDocs, Python-Markdown or
Material would have made and makes the same thing another way. Only plugin.py uses it, and
only through the one class below, `FastPath`; no other module imports its modules (import-linter
contracts in pyproject.toml).

- rawblocks: sets self-contained raw-HTML blocks aside before Python-Markdown and puts them
  back after. Relies on Python-Markdown passing such a block through verbatim (ended by a
  newline) and wrapping a lone placeholder line in `<p>…</p>`.
- compiled: turns a page of raw blocks and plain `## headings` into HTML and toc tokens
  itself. Relies on the toc extension's heading ids (its slugify and separator, `_1` for a
  repeated id) and on the token shape MkDocs' get_toc reads; pages compile only while
  mkdocs.yml's extensions are all in storedpages.COMPILE_SAFE_EXTENSIONS and toc has no
  permalink.
- storedpages, spool: give MkDocs an HonorsPage (a mkdocs.structure.pages.Page subclass
  attached through File.generated) whose read_source and render take the page from a store
  on disk; its HTML is parked there between on_page_content and on_page_context and dropped
  after on_post_page.
- FastPath.nav_once (here): the primary nav of a page outside the nav, rendered once per
  folder (Material's partials/nav.html gives every page of a folder the same HTML).

Each reliance is checked against the real thing, so a MkDocs, Python-Markdown or Material
upgrade that changes one fails a test instead of changing the site (tests/site/fastpath/):
test_rawblocks and test_compiled build every generated page of the demo and of a synthetic
archive both ways and require the same HTML and table of contents; test_build_memory requires
that pages wait on disk and that no built page shows the parked placeholder;
tests/site/test_site_determinism.py builds the site twice and compares every byte.
"""

from __future__ import annotations

import posixpath
import secrets
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from generator.site.fastpath.rawblocks import stash, unstash
from generator.site.fastpath.storedpages import HonorsPage, PageStore, heading_id_for
from generator.site.pages import Page as GeneratedPage

__all__ = ["FastPath"]


class FastPath:
    """The one seam between the plugin and the speed machinery: one instance per build."""

    def __init__(self, config: MkDocsConfig) -> None:
        # Placeholder for raw-HTML blocks between on_page_markdown and on_page_content;
        # never in the output, so a fresh one per build keeps the build reproducible.
        self._raw_key = f"honorsraw{secrets.token_hex(8)}x"
        self._raw_blocks: dict[str, list[str]] = {}
        self._store = PageStore(self._raw_key, heading_id_for(config))
        self._nav_html: dict[str, str] = {}  # folder -> primary nav of a page outside the nav

    def add(self, page: GeneratedPage) -> None:
        """Take a generated page from the renderer (compiled and set aside on disk)."""
        self._store.add(page)

    @property
    def sources(self) -> list[str]:
        """The source paths of the generated pages, in the renderer's order."""
        return list(self._store.pages)

    def files(self, config: MkDocsConfig, titles: dict[str, str]) -> list[File]:
        """A MkDocs File (with its own Page) per generated page; `titles` from the nav."""
        return self._store.files(config, titles)

    @staticmethod
    def owns(page: Page) -> bool:
        """Whether `page` is a generated page."""
        return isinstance(page, HonorsPage)

    def before_markdown(self, page: Page, markdown: str) -> str:
        """on_page_markdown: raw-HTML blocks set aside before Python-Markdown."""
        if not isinstance(page, HonorsPage) or page.compiled:
            return markdown  # hand-written pages: Markdown as written
        markdown, blocks = stash(markdown, self._raw_key)
        if blocks:
            self._raw_blocks[page.file.src_uri] = blocks
        return markdown

    def after_markdown(self, page: Page, html: str) -> str:
        """on_page_content, last: the blocks put back, the HTML parked on disk."""
        if not isinstance(page, HonorsPage):
            return html
        blocks = self._raw_blocks.pop(page.file.src_uri, None)
        return page.park(unstash(html, self._raw_key, blocks) if blocks else html)

    @staticmethod
    def load(page: Page) -> None:
        """on_page_context, first: the page's HTML back in `page.content`."""
        if isinstance(page, HonorsPage):
            page.load()

    @staticmethod
    def release(page: Page) -> None:
        """on_post_page: the written page's HTML dropped."""
        if isinstance(page, HonorsPage):
            page.release()

    def start_templates(self) -> None:
        """on_env: a new build renders its navs afresh."""
        self._nav_html = {}

    def nav_once(self, nav: Any, page: Any, caller: Any) -> str:
        """The primary nav (`caller()`), rendered once per folder for pages outside the nav.

        No nav item is active on such a page, and its links are relative to the page's
        folder, so every page in one folder gets the same HTML (unless a nav page lies
        below the page itself, where the page's own name would show in a link).
        """
        url = getattr(page, "url", None)
        if url is None or any(p is page or p.url.startswith(url) for p in nav.pages):
            return str(caller())
        key = posixpath.dirname(url.rstrip("/"))
        if key not in self._nav_html:
            self._nav_html[key] = str(caller())
        return self._nav_html[key]

    def close(self) -> None:
        """Remove the build's temporary files."""
        self._store.close()
