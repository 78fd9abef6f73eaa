"""The public site measured with axe-core (WCAG 2.1 AA, which GB/T 37668 follows) in Chromium at
desktop and phone width: no serious or critical violation on the main pages. axe-core is a
development dependency pinned in webform/'s lockfile, installed here with `npm ci`."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from browsing import WIDTHS
from playwright.sync_api import Browser, BrowserContext
from sitetools import ROOT, keep_on_site

pytestmark = [pytest.mark.browser, pytest.mark.node]

PAGES = ["", "2024/", "2024/rules/", "2024/cities/", "2024/honors/", "years/", "guide/", "guide/fields/",
         "guide/contributing/", "form/", "form/case/", "form/individual/", "data/", "about/"]
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def axe_source(tmp_path_factory: pytest.TempPathFactory) -> str:
    """axe.min.js as webform/'s lockfile pins it."""
    work = tmp_path_factory.mktemp("axe")
    for name in ("package.json", "package-lock.json"):
        shutil.copy(ROOT / "webform" / name, work / name)
    done = subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"], cwd=work,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    return (work / "node_modules/axe-core/axe.min.js").read_text(encoding="utf-8")


@pytest.fixture(params=list(WIDTHS), scope="module")
def context(request: pytest.FixtureRequest, browser: Browser, demo_url: str) -> Iterator[BrowserContext]:
    ctx = browser.new_context(viewport=WIDTHS[request.param], locale="zh-CN")
    keep_on_site(ctx, demo_url)
    yield ctx
    ctx.close()


def _serious(context: BrowserContext, url: str, axe: str) -> list[str]:
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("load")
    if "/form/" in url and not url.endswith("/form/"):
        page.wait_for_selector(".hf-out")
    page.add_script_tag(content=axe)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    page.close()
    return [f"{v['id']} ({v['impact']}): {v['help']} — "
            + "; ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"])
                        for n in v["nodes"][:4])
            for v in result["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_violation(context: BrowserContext, demo_url: str, axe_source: str,
                                            path: str) -> None:
    assert _serious(context, demo_url + path, axe_source) == []


def test_the_measure_finds_what_it_is_meant_to(context: BrowserContext, demo_url: str, axe_source: str,
                                               tmp_path: Path) -> None:
    """The run is real: a page with a colour-only link and an unreachable scroller fails it."""
    page = context.new_page()
    page.goto(demo_url)
    page.evaluate("""() => {
      const p = document.createElement('p');
      p.innerHTML = '正文<a href="#x" style="color:#333;text-decoration:none">链接</a>正文';
      p.style.color = '#000';
      const box = document.createElement('div');
      box.style.cssText = 'overflow:auto;width:100px';
      box.innerHTML = '<table><tr><td style="white-space:nowrap">' + '很长的表格内容'.repeat(20) + '</td></tr></table>';
      document.querySelector('article').append(p, box);
    }""")
    page.add_script_tag(content=axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    ids = {v["id"] for v in result["violations"]}
    assert {"link-in-text-block", "scrollable-region-focusable"} <= ids, ids


@pytest.mark.parametrize("path", ["", "2024/cities/", "guide/"])
def test_the_header_title_fits_on_a_phone(browser: Browser, demo_url: str, path: str) -> None:
    ctx = browser.new_context(viewport=WIDTHS["phone"], locale="zh-CN")
    keep_on_site(ctx, demo_url)
    page = ctx.new_page()
    page.goto(demo_url + path)
    title = page.locator(".md-header__topic").first
    assert title.inner_text().strip() == "联盟年度先进评选"
    assert title.locator(".md-ellipsis").evaluate("e => e.scrollWidth <= e.clientWidth"), "the title is cut"
    page.set_viewport_size(WIDTHS["desktop"])
    assert title.inner_text().strip() == "陕西公共图书馆服务联盟 · 年度工作先进评选"
    ctx.close()
