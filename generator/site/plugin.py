"""The `honors` MkDocs plugin: builds the commendation site's pages from submissions/.

Content, in the order MkDocs calls the hooks: on_config loads the campaigns (refusing invalid
data) and renders every generated page; on_files hands them to MkDocs with the images and the
downloads; MkDocs and the theme turn each into HTML; on_page_context indexes each generated page
for search (searchindex.py) and on_post_build writes that index. What only makes the build
faster (pages kept on disk, compiled without Python-Markdown, the nav rendered once per folder)
is handed to `FastPath` (fastpath/) in each hook; it decides nothing the site shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator.site.fastpath import FastPath
from generator.site.nav import YearNav, expand_nav, section_of, year_navs
from generator.site.onlineform_pages import add_form_pages
from generator.site.pages import Renderer, SiteContent
from generator.site.paths import page_url
from generator.site.preview import banner_sink, load_for_preview
from generator.site.refuse import load_or_refuse, require_campaigns
from generator.site.search import keep_words_whole
from generator.site.searchindex import SearchIndex

THEME_DIR = Path(__file__).parent / "theme"


class HonorsConfig(Config):
    root = c.Optional(c.Dir(exists=True))  # the repository root; default: mkdocs.yml's folder


class HonorsPlugin(BasePlugin[HonorsConfig]):
    """Reads the campaigns, refuses invalid data, generates every page at build time."""

    def __init__(self) -> None:
        self.content = SiteContent()
        self.root = Path()
        self.data_date = "2000-01-01"
        self.fast: FastPath | None = None  # what only makes the build faster (fastpath/)
        self.search: SearchIndex | None = None  # the generated pages' search entries
        self.year_navs: dict[str, YearNav] = {}  # an earlier year's folder -> its own tabs
        # A pull request's preview (honors build --preview): built despite errors in the data,
        # with the findings as banners on the pages they concern (preview.py).
        self.preview = False

    # Load: the campaigns read, refused if invalid, every page rendered.

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
        self._close()
        self.fast = FastPath(config)
        try:
            repository = config.extra.get("repo_url") or config.repo_url
            sink = banner_sink(self.fast.add, findings) if findings else self.fast.add
            renderer = Renderer(self.root, config.use_directory_urls, sink, repository)
            self.content = renderer.render(repo)
            add_form_pages(renderer, repo, repository)  # 在线填报
            if self.content.problems:
                raise PluginError("案例中的图片（配图或正文中插入的图片）有问题，网站未生成：\n" + "\n".join(
                    f"  {p}" for p in self.content.problems))
        except BaseException:
            self._close()
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
        assert self.fast is not None
        for src in self.fast.sources:
            if files.get_file_from_path(src) is not None:
                raise PluginError(
                    f"docs/{src} 与自动生成的页面重名。"
                    "该页面由推荐材料生成，请删除 docs/ 下的同名文件。"
                )
        for file in self.fast.files(config, nav_titles(config.nav)):
            files.append(file)
        for dest, source in sorted(self.content.assets.items()):
            files.append(File.generated(config, dest, abs_src_path=str(source)))
        for dest, data in sorted(self.content.downloads.items()):
            files.append(File.generated(config, dest, content=data))
        return files

    # Render: each page through MkDocs and the theme; generated pages indexed for search.

    def on_pre_page(self, page: Page, *, config: MkDocsConfig, files: Files) -> Page:
        # Reproducible builds: the sitemap's dates come from the data, not the clock.
        page.update_date = self.data_date
        return page

    def on_env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        assert self.fast is not None
        self.fast.start_templates()
        env.globals["honors_nav_once"] = self.fast.nav_once
        env.globals["honors_year_nav"] = self._year_nav_of(config.use_directory_urls)
        self.search = SearchIndex()
        return env

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
        assert self.fast is not None
        return self.fast.before_markdown(page, markdown)

    @event_priority(-100)  # last: the HTML other plugins see is final when it is set aside
    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig,
                        files: Files) -> str:
        assert self.fast is not None
        return self.fast.after_markdown(page, html)

    @event_priority(100)  # before Material's search plugin, which skips the generated pages
    def on_page_context(self, context: Any, *, page: Page, config: MkDocsConfig, nav: Any) -> Any:
        assert self.fast is not None and self.search is not None
        if self.fast.owns(page):
            self.fast.load(page)
            self.search.add(page.url, page.title or "", page.content or "", page.meta)
            page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
        return context

    @event_priority(-100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        assert self.fast is not None
        self.fast.release(page)
        return output

    @event_priority(-100)  # after Material's search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        try:
            if self.search is not None:
                self.search.write(Path(config.site_dir))
        finally:
            self._close()

    def on_build_error(self, *, error: Exception) -> None:
        self._close()

    def _close(self) -> None:
        for part in (self.fast, self.search):
            if part is not None:
                part.close()
        self.fast, self.search = None, None

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
