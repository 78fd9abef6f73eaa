"""The pull request's site preview, as a librarian gets it: the artifact downloaded, unpacked and
opened from disk (file://). Built with `honors build --file-urls` (as the preview job does),
every link between pages names a file that exists, and the browser goes from page to page."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from browsing import watch
from playwright.sync_api import Browser
from sitetools import ROOT

from generator.cli import main

WORKFLOW = ROOT / ".github/workflows/pull-request.yml"
HREF = re.compile(r'href="([^"]*)"')


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("preview") / "site"
    assert main(["build", "--root", str(ROOT), "--site-dir", str(site), "--file-urls"]) == 0
    return site


def test_the_preview_job_builds_with_file_urls() -> None:
    steps = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r"run: honors build --file-urls\b", steps), "the preview must open from disk"


def test_every_link_between_pages_names_a_file(preview: Path) -> None:
    # 404.html is the host's page for a wrong address, linked from the site's root by design.
    pages = sorted(p for p in preview.rglob("*.html") if p.name != "404.html")
    assert len(pages) > 50
    missing = []
    for page in pages:
        for href in HREF.findall(page.read_text(encoding="utf-8")):
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if not target.is_file():  # a folder would open as a listing, or not at all
                missing.append(f"{page.relative_to(preview)} -> {href}")
    assert missing == [], missing[:20]


@pytest.mark.browser
def test_the_preview_opened_from_disk_goes_from_page_to_page(browser: Browser, preview: Path, artifacts: Path) -> None:
    ctx = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
    page = ctx.new_page()
    page.goto((preview / "index.html").as_uri())
    tabs = page.locator("nav.md-tabs a.md-tabs__link")
    names = [t.inner_text().strip() for t in tabs.all()]
    assert len(names) >= 5, names
    for name in names:
        page.locator("nav.md-tabs a.md-tabs__link", has_text=name).first.click()
        page.wait_for_load_state("load")
        assert page.url.startswith("file://") and page.url.endswith(".html"), page.url
        assert page.locator("article h1").count() == 1, page.url  # a page, not a folder listing
        assert "Index of" not in page.title()
    page.screenshot(path=str(artifacts / "preview-from-disk.png"))
    ctx.close()


@pytest.mark.browser
def test_search_works_in_the_preview_opened_from_disk(browser: Browser, preview: Path,
                                                       artifacts: Path) -> None:
    """From disk the browser starts no worker and fetches no JSON: the index comes from
    search/search_index.js and the site's search runs in the page (honors-offline.js)."""
    index = (preview / "search" / "search_index.js").read_text(encoding="utf-8")
    assert index.startswith("var __index = ")
    assert index.removeprefix("var __index = ") == \
        (preview / "search" / "search_index.json").read_text(encoding="utf-8")
    ctx = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
    page = ctx.new_page()
    problems = watch(page)
    page.goto((preview / "index.html").as_uri())
    page.wait_for_load_state("load")
    page.locator("input.md-search__input").click()
    page.keyboard.type("王岚", delay=50)  # typed on the keyboard, as a reader does
    page.keyboard.press("End")
    page.wait_for_selector("a.md-search-result__link", timeout=15000)
    links = [a.get_attribute("href") or "" for a in page.locator("a.md-search-result__link").all()]
    assert links[0].startswith("file://"), links[:3]
    assert urlsplit(links[0]).path.endswith("2024/cities/xian/individual-wang-lan.html"), links[:3]
    # The snippet keeps the field table's cells apart.
    snippet = page.locator("li.md-search-result__item").first.inner_text().replace("\u200b", "")
    assert "姓名；王岚；工作单位" in snippet, snippet
    page.screenshot(path=str(artifacts / "preview-search-from-disk.png"))
    page.locator("a.md-search-result__link").first.click()
    page.wait_for_load_state("load")
    assert page.locator("article h1").inner_text().strip() == "王岚"
    assert not problems, problems
    ctx.close()
