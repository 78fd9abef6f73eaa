"""The demo site as a reader sees it, on a phone (390 px) and on a desktop (1366 px).

One test per point of the reader's review: a city's own cases, numbers that agree, the 公示
and the decision, public and technical pages apart, the phone layout, earlier years' tabs,
the 404 page under the published folder, the case contents, the 数据 page. Every test keeps
screenshots (see the `artifacts` fixture); the search's quality has its own file.
"""

from __future__ import annotations

from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from browsing import WIDTHS, watch
from mkdocs.config import load_config
from playwright.sync_api import Browser, Page, expect
from sitetools import ROOT, BuiltSite, keep_on_site, serve_with

from generator.load.records import Repository

pytestmark = pytest.mark.browser


@pytest.fixture(params=list(WIDTHS))
def width(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def reader(browser: Browser, demo_url: str, width: str) -> Iterator[Page]:
    """A page at the width, in a context that lets no request leave the demo site."""
    ctx = browser.new_context(viewport=WIDTHS[width], locale="zh-CN")
    keep_on_site(ctx, demo_url)
    page = ctx.new_page()
    yield page
    ctx.close()


class Shots:
    def __init__(self, page: Page, folder: Path, width: str) -> None:
        self.page, self.folder, self.width = page, folder, width

    def __call__(self, name: str) -> None:
        path = self.folder / f"{name}-{self.width}.png"
        self.page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 5_000, path


@pytest.fixture
def shot(reader: Page, artifacts: Path, width: str) -> Shots:
    return Shots(reader, artifacts, width)


def open_page(page: Page, base: str, url: str) -> list[str]:
    problems: list[str] = watch(page)
    response = page.goto(base + url)
    assert response is not None and response.ok, url
    page.wait_for_load_state("networkidle")
    return problems


# 1. A city's own cases --------------------------------------------------------------------

def test_a_city_page_shows_its_own_cases(reader: Page, demo_url: str, shot: Shots,
                                         demo_repo: Repository) -> None:
    cases = [n for n in demo_repo.campaigns[0].nominations
             if n.award == "case" and n.source.kind == "city" and n.source.code == "xian"]
    assert cases
    assert not open_page(reader, demo_url, "2024/cities/xian/")
    for n in cases:
        link = reader.locator("#city-cases a", has_text=n.form.title)  # type: ignore[attr-defined]
        link.scroll_into_view_if_needed()
        assert link.is_visible()
    shot("city-xian")


# 2. Numbers that agree (the full check is test_site_counts.py) ----------------------------

def test_the_liaison_count_reads_the_same_on_home_and_cities(reader: Page, demo_url: str,
                                                             shot: Shots) -> None:
    key = "[data-count='2024.liaisons.nominated']"
    open_page(reader, demo_url, "")
    home = reader.locator(key).first
    assert home.is_visible()
    number = home.inner_text()
    shot("home")
    open_page(reader, demo_url, "2024/cities/")
    cities = reader.locator(key).first
    cities.scroll_into_view_if_needed()
    assert cities.is_visible() and cities.inner_text() == number != "0"
    shot("cities")


# 3. The 公示 and the decision ---------------------------------------------------------------

def test_the_roll_is_a_proper_public_notice(reader: Page, demo_url: str, shot: Shots,
                                            demo_repo: Repository) -> None:
    pub = demo_repo.campaigns[0].config.publicity
    assert pub is not None
    open_page(reader, demo_url, "2024/honors/")
    notice = reader.locator("#publicity")
    assert notice.is_visible()
    text = notice.inner_text()
    start, end = pub.start, pub.end
    assert f"公示期：{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日" in text
    for line in (f"联系人：{pub.contact}", f"电话：{pub.phone}", f"电子邮箱：{pub.email}"):
        assert line in text
    assert "实名" in text and "公示期满" in text
    assert reader.locator("#publicity .honors-badge", has_text="公示中").is_visible()
    shot("roll-publicity")


def test_a_decided_year_shows_its_document_number_and_date(reader: Page, demo_url: str,
                                                           shot: Shots,
                                                           demo_repo: Repository) -> None:
    decisions = demo_repo.campaigns[1].decisions
    assert decisions is not None and decisions.document
    open_page(reader, demo_url, "2023/honors/")
    text = reader.locator("#decision").inner_text()
    day = decisions.decided_on
    assert decisions.document in text and f"{day.year}年{day.month}月{day.day}日" in text
    assert reader.locator("#decision .honors-badge", has_text="已表彰").is_visible()
    shot("roll-decided")


def test_home_shows_the_stage_from_the_data(reader: Page, demo_url: str,
                                            demo_repo: Repository) -> None:
    open_page(reader, demo_url, "")
    badge = reader.locator(".honors-hero .honors-badge")
    assert badge.inner_text() == demo_repo.campaigns[0].stage


# 4. Public and technical pages apart --------------------------------------------------------

def test_the_about_page_is_public_and_the_technical_pages_are_not_published(
    reader: Page, demo_url: str, shot: Shots, demo_site: BuiltSite, demo_repo: Repository, width: str
) -> None:
    open_page(reader, demo_url, "about/")
    text = reader.locator("article").inner_text()
    registry = demo_repo.registry
    assert registry is not None
    assert registry.office.name in text and registry.office.host_library in text
    assert demo_repo.campaigns[0].config.contact in text  # type: ignore[operator]
    repository = load_config(str(ROOT / "mkdocs.yml")).extra["repo_url"]
    assert reader.locator(f"article a[href='{repository}']").count() == 1
    shot("about")
    if width == "desktop":
        tabs = reader.locator(".md-tabs__link").all_inner_texts()
        assert "关于" in [t.strip() for t in tabs]
    html = "".join(p.read_text(encoding="utf-8") for p in demo_site.files(".html"))
    assert "性能" not in html and "benchmark" not in html.lower()
    assert not (demo_site.path / "tech").exists() and not (demo_site.path / "about/performance").exists()
    assert (ROOT / "docs/tech/performance.md").is_file()


# 5. Phone layout ------------------------------------------------------------------------

def label_sizes(page: Page) -> list[float]:
    """The rendered height in px of the 14/12-unit labels of every visible chart."""
    sizes: list[float] = page.evaluate("""() => [...document.querySelectorAll('svg.honors-chart')]
        .filter(svg => svg.getBoundingClientRect().width > 0)
        .flatMap(svg => [...svg.querySelectorAll('text.label, text.legend')].map(t =>
            parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a))""")
    return sizes


@pytest.mark.parametrize("url", ["", "data/"])
def test_chart_labels_are_readable(reader: Page, demo_url: str, shot: Shots, url: str) -> None:
    open_page(reader, demo_url, url)
    sizes = label_sizes(reader)
    assert sizes and min(sizes) >= 12, sizes
    shot("chart-" + (url.strip("/") or "home"))


STACKED = ["2024/cities/", "2024/cities/xian/", "guide/fields/", "2024/honors/", "years/"]


@pytest.mark.parametrize("url", STACKED)
def test_no_column_hides_behind_sideways_scrolling(reader: Page, demo_url: str, shot: Shots,
                                                   url: str) -> None:
    open_page(reader, demo_url, url)
    overflow = reader.evaluate("""() => {
        const column = document.querySelector('article').getBoundingClientRect();
        const out = [];
        for (const t of document.querySelectorAll('article table')) {
            if (t.scrollWidth > t.clientWidth + 1) out.push('scrolls: ' + (t.id || t.className));
            for (const cell of t.querySelectorAll('td')) {
                const r = cell.getBoundingClientRect();
                if (r.width && r.right > column.right + 1) out.push('outside: ' + cell.textContent);
            }
        }
        if (document.documentElement.scrollWidth > window.innerWidth) out.push('page scrolls');
        return out.slice(0, 5);
    }""")
    assert not overflow, overflow
    shot("tables-" + url.strip("/").replace("/", "-"))


def test_the_status_and_public_columns_are_in_view_on_a_phone(browser: Browser,
                                                              demo_url: str) -> None:
    ctx = browser.new_context(viewport=WIDTHS["phone"], locale="zh-CN")
    reader = ctx.new_page()
    open_page(reader, demo_url, "2024/cities/")
    status = reader.locator(".honors-cities td[data-label='状态']").first
    assert status.is_visible() and (status.bounding_box() or {})["x"] < 390  # type: ignore[index]
    open_page(reader, demo_url, "guide/fields/")
    public = reader.locator("td.honors-public").first
    box = public.bounding_box()
    assert public.is_visible() and box is not None and box["x"] + box["width"] <= 390
    ctx.close()


# 7. Earlier years keep the reader in their year ----------------------------------------------

def test_an_earlier_years_pages_keep_their_tabs(reader: Page, demo_url: str, shot: Shots,
                                                width: str) -> None:
    open_page(reader, demo_url, "2023/cities/xian/")
    banner = reader.locator(".honors-year-banner")
    assert "2023年度" in banner.inner_text()
    shot("year-2023")
    if width == "desktop":
        active = reader.locator(".md-tabs__item--active")
        assert active.count() == 1 and active.inner_text().strip() == "各市推荐"
        links = reader.locator(".md-tabs__link").evaluate_all("as => as.map(a => a.href)")
        year_links = [h for h in links if "最新" not in h]
        assert all("/2023/" in h for h in year_links[1:]), year_links
    else:
        reader.locator("label.md-header__button[for='__drawer']").first.click()
        drawer = reader.locator("nav.md-nav--primary")
        assert drawer.locator(".md-nav__link--active").inner_text().strip() == "各市推荐"
        shot("year-2023-drawer")
        # A reader closes the drawer by tapping the dimmed page beside it: the overlay's visible
        # strip at the right edge (its centre lies under the drawer, which would take the tap).
        overlay = reader.locator("label.md-overlay")
        box = overlay.bounding_box()
        assert box is not None
        overlay.click(position={"x": box["width"] - 10, "y": box["height"] / 2})
        reader.wait_for_function("() => !document.getElementById('__drawer').checked")
        expect(reader.locator("label.md-overlay")).to_be_hidden()
    banner.locator("a").click()
    reader.wait_for_load_state("networkidle")
    assert reader.url == demo_url
    assert "2024年度联盟工作先进评选" in reader.locator("article h1").first.inner_text()


# 8. site_url: the 404 page under the published folder, the sitemap ---------------------------

@pytest.fixture(scope="module")
def published(demo_site: BuiltSite) -> Iterator[str]:
    """The site served under site_url's folder, unknown paths answered with 404.html (as Pages)."""
    prefix = urlsplit(load_config(str(ROOT / "mkdocs.yml")).site_url or "/").path
    folder = demo_site.path

    class Pages(SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)

        def translate_path(self, path: str) -> str:
            return super().translate_path("/" + path.removeprefix(prefix))

        def send_error(self, code: int, *args: Any, **kwargs: Any) -> None:
            if code != 404:
                super().send_error(code, *args, **kwargs)
                return
            body = (folder / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    with serve_with(Pages, prefix) as url:
        yield url


def test_the_404_page_links_work_under_the_published_folder(browser: Browser, published: str,
                                                             artifacts: Path, width: str) -> None:
    ctx = browser.new_context(viewport=WIDTHS[width])
    failed: list[str] = []
    page = ctx.new_page()
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 and
            "no/such" not in r.url else None)
    response = page.goto(published + "no/such/page/")
    assert response is not None and response.status == 404
    page.wait_for_load_state("networkidle")
    assert "页面不存在" in page.locator("article").inner_text()
    assert not failed, failed  # its stylesheets and scripts load from the published folder
    page.screenshot(path=str(artifacts / f"404-{width}.png"), full_page=True)
    page.locator("article a", has_text="返回首页").click()
    page.wait_for_load_state("networkidle")
    assert page.url.rstrip("/") == published.rstrip("/")
    assert "2024年度联盟工作先进评选" in page.locator("article h1").first.inner_text()
    ctx.close()


def test_the_sitemap_names_the_published_addresses(demo_site: BuiltSite) -> None:
    site_url = load_config(str(ROOT / "mkdocs.yml")).site_url
    assert site_url and site_url.startswith("https://")
    locs = [line.strip()[5:-6] for line in demo_site.html("sitemap.xml").splitlines()
            if line.strip().startswith("<loc>")]
    assert len(locs) > 100 and all(loc.startswith(site_url) for loc in locs)


# 9. Case contents ---------------------------------------------------------------------------

def test_a_case_pages_contents_list_the_sections_of_its_text(reader: Page, demo_url: str,
                                                             shot: Shots, width: str) -> None:
    open_page(reader, demo_url, "2024/cases/case-mini-program-booking/")
    toc = reader.locator("nav.md-nav--secondary").first
    labels = [t.strip() for t in toc.locator("a.md-nav__link").all_inner_texts()]
    assert {"案例正文", "背景", "做法", "成效"} <= set(labels), labels
    if width == "desktop":
        assert toc.locator("a.md-nav__link", has_text="做法").is_visible()
    shot("case-contents")


# Beyond: the 数据 page ------------------------------------------------------------------------

def test_the_data_page_has_charts_tables_and_csv(reader: Page, demo_url: str, shot: Shots,
                                                 width: str) -> None:
    open_page(reader, demo_url, "data/")
    drawing = "narrow" if width == "phone" else "wide"
    charts = reader.locator(f"svg.honors-chart--{drawing}")
    assert charts.count() >= 6 and charts.first.is_visible()
    assert reader.locator("table#by-city tbody tr").count() >= 12
    for name in ("按奖项统计", "按城市统计"):
        href = reader.locator("article a", has_text=name).get_attribute("href")
        data = reader.request.get(reader.url + (href or "")).body()
        assert data.startswith("\ufeff年度".encode()), name
    shot("data")
