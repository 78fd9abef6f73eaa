"""The built site in headless Chromium: renders cleanly, searches offline, runs no injected script."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browsing import search, watch
from playwright.sync_api import Browser, BrowserContext
from sitetools import BuiltSite, keep_on_site, serve

from generator.load.records import Repository

pytestmark = pytest.mark.browser

PAGES = ["", "2024/rules/", "guide/", "guide/templates/", "guide/fields/", "2024/cities/",
         "2024/cities/xian/", "2024/special/", "2024/cases/",
         "2024/cases/case-mini-program-booking/", "2024/honors/", "years/", "2023/",
         "2024/cities/xian/individual-wang-lan/", "data/", "about/", "2023/cities/xian/"]


@pytest.fixture
def context(browser: Browser, demo_url: str) -> Iterator[BrowserContext]:
    """A browser context that records every request and blocks any to another host."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    keep_on_site(ctx, demo_url)
    yield ctx
    ctx.close()


@pytest.mark.parametrize("url", PAGES)
def test_page_renders_without_errors(context: BrowserContext, demo_url: str, url: str) -> None:
    page = context.new_page()
    problems = watch(page)
    response = page.goto(demo_url + url)
    assert response is not None and response.ok
    page.wait_for_load_state("networkidle")
    assert page.locator("article h1").first.is_visible()
    assert not problems, problems


def test_no_request_leaves_localhost(context: BrowserContext, demo_url: str) -> None:
    page = context.new_page()
    for url in PAGES:
        page.goto(demo_url + url)
        page.wait_for_load_state("networkidle")
    search(page, "图书馆")
    requests = context.requests  # type: ignore[attr-defined]
    assert any("search_index.json" in r for r in requests), "the search index was loaded locally"
    outside = [r for r in requests if not r.startswith((demo_url, "data:", "blob:"))]
    assert not outside, outside


def individual(repo: Repository, rel: str) -> tuple[str, str]:
    record = repo.campaigns[0].by_rel(rel)
    assert record is not None
    return record.form.name, f"2024/{rel.removesuffix('.yaml')}/"  # type: ignore[attr-defined]


@pytest.mark.parametrize("rel", [
    "cities/xian/individual-wang-lan.yaml",
    "cities/xian/individual-liu-haoran.yaml",
    "groups/reading/individual-qian-lijun.yaml",
])
def test_search_finds_a_nominee_by_chinese_name(
    context: BrowserContext, demo_url: str, demo_repo: Repository, rel: str
) -> None:
    name, page_url = individual(demo_repo, rel)
    page = context.new_page()
    page.goto(demo_url)
    links = search(page, name)
    assert any(link.endswith(page_url) or page_url in link for link in links[:5]), (name, links[:5])


def test_search_finds_a_library_and_a_case(
    context: BrowserContext, demo_url: str, demo_repo: Repository
) -> None:
    campaign = demo_repo.campaigns[0]
    case = campaign.by_rel("office/case-mini-program-booking.yaml")
    collective = campaign.by_rel("cities/xian/collective-bashui.yaml")
    assert case is not None and collective is not None
    page = context.new_page()
    page.goto(demo_url)
    links = search(page, collective.form.unit)  # type: ignore[attr-defined]
    assert any("2024/cities/xian/collective-bashui/" in link for link in links[:5]), links[:5]
    page.goto(demo_url)
    links = search(page, case.form.title)  # type: ignore[attr-defined]
    assert any("2024/cases/case-mini-program-booking/" in link for link in links[:5]), links[:5]


def test_screenshots(context: BrowserContext, demo_url: str, artifacts: Path) -> None:
    page = context.new_page()
    for url, name in (("", "site-home"), ("2024/cities/xian/", "site-city-xian"),
                      ("2024/honors/", "site-honor-roll")):
        page.goto(demo_url + url)
        page.wait_for_load_state("networkidle")
        path = artifacts / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000


def test_script_in_deeds_does_not_run(browser: Browser, hostile_site: BuiltSite) -> None:
    with serve(hostile_site.path) as url:
        ctx = browser.new_context()
        page = ctx.new_page()
        problems = watch(page)
        for path in ("2024/cities/xian/individual-wang-lan/", "2024/cases/case-mini-program-booking/",
                     "2024/cases/", "2024/honors/"):
            page.goto(url + path)
            page.wait_for_load_state("networkidle")
            assert page.evaluate("typeof window.__xss") == "undefined", path
        page.goto(url + "2024/cities/xian/individual-wang-lan/")
        assert "<script>window.__xss = 1</script>" in page.locator("article").inner_text()
        page.locator("article a", has_text="点我").first.click()
        page.wait_for_timeout(200)
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert not problems, problems
        ctx.close()
