"""The `honors` MkDocs plugin: builds the commendation site's pages from submissions/."""

from __future__ import annotations

import posixpath
import secrets
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator.site.fastpath.rawblocks import stash, unstash
from generator.site.fastpath.searchparse import add_entries
from generator.site.fastpath.searchspool import SearchSpool, search_index_of
from generator.site.fastpath.storedpages import HonorsPage, PageStore, heading_id_for
from generator.site.nav import YearNav, expand_nav, section_of, year_navs
from generator.site.onlineform_pages import add_form_pages
from generator.site.pages import Renderer, SiteContent
from generator.site.paths import page_url
from generator.site.preview import banner_sink, load_for_preview
from generator.site.refuse import load_or_refuse, require_campaigns
from generator.site.search import keep_words_whole

THEME_DIR = Path(__file__).parent / "theme"


class HonorsConfig(Config):
    root = c.Optional(c.Dir(exists=True))  # the repository root; default: mkdocs.yml's folder


class HonorsPlugin(BasePlugin[HonorsConfig]):
    """Reads the campaigns, refuses invalid data, generates every page at build time."""

    def __init__(self) -> None:
        self.content = SiteContent()
        self.root = Path()
        self.data_date = "2000-01-01"
        # Placeholder for raw-HTML blocks between on_page_markdown and on_page_content;
        # never in the output, so a fresh one per build keeps the build reproducible.
        self.raw_key = f"honorsraw{secrets.token_hex(8)}x"
        self.raw_blocks: dict[str, list[str]] = {}
        self.nav_html: dict[str, str] = {}  # folder -> primary nav of a page outside the nav
        self.store: PageStore | None = None  # the generated pages, on disk during the build
        self.search: SearchSpool | None = None  # search entries, on disk during the build
        self.search_index: Any = None  # Material's search index they are taken from
        self.year_navs: dict[str, YearNav] = {}  # an earlier year's folder -> its own tabs
        # A pull request's preview (honors build --preview): built despite errors in the data,
        # with the findings as banners on the pages they concern (preview.py).
        self.preview = False

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(self.config.root or Path(config.config_file_path or ".").parent)
        # The plugin's theme layer (stylesheet, demo notice) sits right above Material.
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
        if self.preview:
            repo, findings = load_for_preview(self.root)
            require_campaigns(repo)
        else:
            repo, findings = load_or_refuse(self.root), []
        # The registry says whether the data is fictional; the theme then shows a notice.
        config.extra["demo_data"] = bool(repo.registry is not None and repo.registry.demo)
        self._close_spools()
        self.store = PageStore(self.raw_key, heading_id_for(config))
        try:
            repository = config.extra.get("repo_url") or config.repo_url
            sink = banner_sink(self.store.add, findings) if findings else self.store.add
            renderer = Renderer(self.root, config.use_directory_urls, sink, repository)
            self.content = renderer.render(repo)
            add_form_pages(renderer, repo, repository)  # 在线填报
            if self.content.problems:
                raise PluginError("案例配图有问题，网站未生成：\n" + "\n".join(
                    f"  {p}" for p in self.content.problems))
        except BaseException:
            self._close_spools()
            raise
        if config.nav is not None:
            config.nav = expand_nav(config.nav, self.content.views)
        keep_words_whole(sorted(self.content.words))
        self.year_navs = year_navs(self.content.views)
        self.data_date = self._data_date()
        # Every page is rendered: the loaded campaigns are not needed any more, and for a
        # large archive they are hundreds of MB held through the whole MkDocs build.
        self.content.views, self.content.words = [], set()
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.store is not None
        for src in self.store.pages:
            if files.get_file_from_path(src) is not None:
                raise PluginError(
                    f"docs/{src} 与自动生成的页面重名。"
                    "该页面由推荐材料生成，请删除 docs/ 下的同名文件。"
                )
        for file in self.store.files(config, nav_titles(config.nav)):
            files.append(file)
        for dest, source in sorted(self.content.assets.items()):
            files.append(File.generated(config, dest, abs_src_path=str(source)))
        for dest, data in sorted(self.content.downloads.items()):
            files.append(File.generated(config, dest, content=data))
        return files

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        # Reproducible builds: the sitemap's dates come from the data, not the clock.
        page.update_date = self.data_date
        return page

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        self.nav_html = {}
        env.globals["honors_nav_once"] = self._nav_once
        env.globals["honors_year_nav"] = self._year_nav_of(config.use_directory_urls)
        self._attach_search(config)  # every page is converted; none is indexed yet
        return env

    def _nav_once(self, nav: Any, page: Any, caller: Any) -> str:
        """The primary nav (`caller()`), rendered once per folder for pages outside the nav.

        No nav item is active on such a page, and its links are relative to the page's
        folder, so every page in one folder gets the same HTML (unless a nav page lies
        below the page itself, where the page's own name would show in a link).
        """
        url = getattr(page, "url", None)
        if url is None or any(p is page or p.url.startswith(url) for p in nav.pages):
            return caller()
        key = posixpath.dirname(url.rstrip("/"))
        if key not in self.nav_html:
            self.nav_html[key] = caller()
        return self.nav_html[key]

    def _year_nav_of(self, directory_urls: bool) -> Any:
        def year_nav(page: Any) -> dict[str, Any] | None:
            """An earlier year's tabs for a page in that year's folder (None elsewhere)."""
            src = getattr(getattr(page, "file", None), "src_uri", "")
            nav = self.year_navs.get(src.split("/", 1)[0]) if "/" in src else None
            if nav is None:
                return None
            active = section_of(src.split("/", 1)[1])
            items = [(title, page_url(target, directory_urls), i == active)
                     for i, (title, target) in enumerate(nav.sections)]
            return {"title": nav.title, "stage": nav.stage, "items": items,
                    "newest_title": nav.newest_title, "newest": page_url(nav.newest, directory_urls)}

        return year_nav

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        if not isinstance(page, HonorsPage) or page.compiled:
            return markdown  # hand-written pages: Markdown as written
        markdown, blocks = stash(markdown, self.raw_key)
        if blocks:
            self.raw_blocks[page.file.src_uri] = blocks
        return markdown

    @event_priority(-100)  # last: the HTML other plugins see is final when it is parked
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str:
        if not isinstance(page, HonorsPage):
            return html
        blocks = self.raw_blocks.pop(page.file.src_uri, None)
        return page.park(unstash(html, self.raw_key, blocks) if blocks else html)

    @event_priority(100)  # before the search plugin indexes the page
    def _load_page(self, context: Any, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        if isinstance(page, HonorsPage):
            page.load()
        return context

    @event_priority(-100)  # after the search plugin has indexed the page
    def _spool_search(self, context: Any, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        if self.search is not None and self.search_index is not None:
            self.search.take(self.search_index.entries)
        return context

    def _attach_search(self, config: MkDocsConfig) -> None:
        """Spool Material's search entries; let it read generated pages the quick way."""
        index = search_index_of(config.plugins)
        if index is None:
            return  # no search, or not Material's: nothing to spool
        self.search, self.search_index = SearchSpool(), index
        material_add = index.add_entry_from_context

        def add_entry_from_context(page: Page) -> None:
            if not (isinstance(page, HonorsPage) and add_entries(index, page)):
                material_add(page)

        index.add_entry_from_context = add_entry_from_context

    on_page_context = CombinedEvent(_load_page, _spool_search)

    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if isinstance(page, HonorsPage):
            page.release()
        return output

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        try:
            if self.search is not None:
                self.search.merge_into(Path(config.site_dir))
        finally:
            self._close_spools()

    def on_build_error(self, *, error: Exception) -> None:
        self._close_spools()

    def _close_spools(self) -> None:
        for spool in (self.store, self.search):
            if spool is not None:
                spool.close()
        self.search, self.search_index = None, None

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.root / "submissions"))
        return server

    def _data_date(self) -> str:
        dates = []
        for v in self.content.views:
            dates.append(v.config.deadline)
            if v.campaign.decisions is not None:
                dates.append(v.campaign.decisions.decided_on)
        return max(dates).isoformat() if dates else "2000-01-01"


def nav_titles(nav: Any) -> dict[str, str]:
    """Source path -> title for every `title: page.md` item of the (expanded) nav."""
    titles: dict[str, str] = {}
    if isinstance(nav, list):
        for item in nav:
            titles.update(nav_titles(item))
    elif isinstance(nav, dict):
        for title, value in nav.items():
            if isinstance(value, str):
                titles[value] = title
            else:
                titles.update(nav_titles(value))
    return titles
