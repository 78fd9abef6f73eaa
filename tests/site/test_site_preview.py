"""The pull request's site preview, as a librarian gets it: the artifact downloaded, unpacked and
opened from disk (file://). Built with `honors build --file-urls` (as the preview job does),
every link between pages names a file that exists, and the browser goes from page to page."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
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
