"""The pull request's site preview, as a librarian gets it: the artifact downloaded, unpacked and
opened from disk (file://). Built with `honors build --file-urls` (as the preview job does),
every link between pages names a file that exists, and the browser goes from page to page. With
--preview the preview is built even when the data has errors, each shown on the affected pages."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from browsing import watch
from playwright.sync_api import Browser, expect
from sitetools import ROOT, copy_repository

from generator.cli import main
from generator.core.findings import Finding
from generator.site.preview import MAX_LISTED, banner_html

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


BROKEN = "submissions/2024/cities/xian/individual-wang-lan.yaml"


@pytest.fixture(scope="module")
def broken_preview(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The preview of a pull request with one data error (a full-width colon), built as the
    preview job builds it."""
    root: Path = copy_repository(tmp_path_factory.mktemp("broken") / "repo")
    path = root / BROKEN
    path.write_text(path.read_text(encoding="utf-8").replace("所在部门: ", "所在部门：", 1), encoding="utf-8")
    site = root / "site"
    assert main(["build", "--root", str(root), "--site-dir", str(site)]) == 2, "the public build refuses"
    assert main(["build", "--root", str(root), "--site-dir", str(site), "--file-urls", "--preview"]) == 0
    return site


def test_the_preview_job_builds_despite_data_errors() -> None:
    assert re.search(r"run: honors build --file-urls --preview\b", WORKFLOW.read_text(encoding="utf-8"))


def test_the_banner_is_on_the_affected_pages_only(broken_preview: Path) -> None:
    def banner(rel: str) -> bool:
        return "honors-preview" in (broken_preview / rel).read_text(encoding="utf-8")

    assert banner("index.html") and banner("2024/cities/xian/index.html")
    assert not banner("2024/cities/baoji/index.html") and not banner("2024/rules.html")
    assert not (broken_preview / "2024/cities/xian/individual-wang-lan.html").exists(), "not loaded"
    # A nomination that loaded shows its own file's finding (the demo's E004 warning) on its page.
    own = (broken_preview / "2024/cities/ankang/individual-wang-deming.html").read_text(encoding="utf-8")
    assert 'class="admonition warning honors-preview"' in own and "<code>E004</code>" in own
    assert "<code>submissions/2024/cities/ankang/individual-wang-deming.yaml</code> 第 14 行" in own
    assert "F002" not in own, "another file's finding stays on its own pages"


@pytest.mark.browser
def test_the_preview_shows_the_finding_as_a_banner_from_disk(
    browser: Browser, broken_preview: Path, artifacts: Path
) -> None:
    ctx = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN")
    page = ctx.new_page()
    page.goto((broken_preview / "index.html").as_uri())
    page.locator("nav.md-tabs a.md-tabs__link", has_text="各市推荐").first.click()
    page.locator("article a", has_text="西安市").first.click()
    page.wait_for_load_state("load")
    assert page.url.startswith("file://") and page.url.endswith("2024/cities/xian/index.html"), page.url
    banner = page.locator("article .admonition.honors-preview[role=alert]")
    expect(banner).to_be_visible()
    expect(banner.locator(".admonition-title")).to_have_text("网站预览：本页的推荐材料有 1 个错误，合并前须修正")
    expect(banner.locator("li")).to_have_text([f"F002 YAML 格式错误（错误）：{BROKEN} 第 9 行"])
    page.screenshot(path=str(artifacts / "preview-banner.png"))
    ctx.close()


def test_a_warning_only_banner_does_not_ask_for_a_fix_and_long_lists_are_cut() -> None:
    warnings = [Finding(f"submissions/2024/cities/xian/a{i:02}.yaml", i + 1, 1, "E004", "warning", "年龄 35")
                for i in range(MAX_LISTED + 2)]
    html = banner_html(warnings[:1], whole=False)
    assert 'class="admonition warning honors-preview"' in html
    assert "本页的推荐材料有 1 个警告，不影响合并" in html and "合并前须修正" not in html
    assert "35" not in html, "a message may quote a private value: the banner never shows it"
    mixed = banner_html([*warnings, Finding("submissions/2024/campaign.yaml", None, None, "S001", "error", "")],
                        whole=True)
    assert "网站预览：推荐材料有 1 个错误、32 个警告，合并前须修正" in mixed
    assert mixed.count("<li>") == MAX_LISTED + 1 and "……另有 3 个问题" in mixed
    assert "\n\n" not in mixed.rstrip("\n"), "one raw-HTML block: no blank line inside"
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
