"""Search quality on the built demo, in Chromium: the page a reader means comes first.

A person's name, a library, a case title, a theme and a project each put the expected page
first; results containing every word of a query come before those containing some, and a
result never shows as missing a word it contains.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browsing import WIDTHS, path_of, search, watch
from playwright.sync_api import Browser, Page
from sitetools import keep_on_site

from generator.load.records import Repository

pytestmark = pytest.mark.browser


@pytest.fixture(params=list(WIDTHS))
def searcher(request: pytest.FixtureRequest, browser: Browser, demo_url: str) -> Iterator[Page]:
    ctx = browser.new_context(viewport=WIDTHS[str(request.param)], locale="zh-CN")
    keep_on_site(ctx, demo_url)
    page = ctx.new_page()
    page.problems = watch(page)  # type: ignore[attr-defined]
    page.goto(demo_url)
    page.wait_for_load_state("networkidle")
    yield page
    assert not page.problems, page.problems  # type: ignore[attr-defined]
    ctx.close()


def form_text(repo: Repository, rel: str, field: str) -> str:
    record = repo.campaigns[0].by_rel(rel)
    assert record is not None, rel
    return str(getattr(record.form, field))


def cases(repo: Repository) -> list[tuple[str, str, str]]:
    """(what is searched, the query, the page expected first)."""
    config = repo.campaigns[0].config
    return [
        ("a person's name", form_text(repo, "cities/xian/individual-wang-lan.yaml", "name"),
         "2024/cities/xian/individual-wang-lan/"),
        ("a working group's nominee", form_text(repo, "groups/reading/individual-qian-lijun.yaml",
                                                "name"), "2024/groups/reading/individual-qian-lijun/"),
        ("a library", form_text(repo, "cities/xian/collective-bashui.yaml", "unit"),
         "2024/cities/xian/collective-bashui/"),
        ("a case title", form_text(repo, "office/case-mini-program-booking.yaml", "title"),
         "2024/cases/case-mini-program-booking/"),
        ("a theme", config.case_themes[1], "2024/cases/"),
        ("a project", config.special_projects[1].name, "2024/special/"),
    ]


@pytest.mark.parametrize("what", ["a person's name", "a working group's nominee", "a library",
                                  "a case title", "a theme", "a project"])
def test_the_expected_page_comes_first(searcher: Page, demo_url: str, demo_repo: Repository,
                                       what: str) -> None:
    _, query, expected = next(c for c in cases(demo_repo) if c[0] == what)
    links = search(searcher, query)
    assert path_of(links[0], demo_url) == expected, (query, [path_of(x, demo_url) for x in links[:5]])


def results(page: Page) -> list[dict[str, object]]:
    """Each result group: its page, its text, and the words it is said to miss."""
    found: list[dict[str, object]] = page.evaluate(
        """() => [...document.querySelectorAll('li.md-search-result__item')]
        .map(li => ({
            href: li.querySelector('a').getAttribute('href'),
            text: li.innerText,
            missing: [...li.querySelectorAll('.md-search-result__terms del')].map(d => d.textContent),
        }))""")
    return found


def test_results_with_every_word_come_first(searcher: Page, demo_url: str) -> None:
    search(searcher, "阅读推广")
    found = results(searcher)
    assert found
    complete = [not r["missing"] for r in found]
    # No result missing a word before one that has them all.
    assert complete == sorted(complete, reverse=True), complete
    assert complete[0]
    for r in found:
        text = str(r["text"]).replace("\u200b", "")
        for word in r["missing"]:  # type: ignore[attr-defined]
            assert word not in text.split("缺少")[0], (r["href"], word)
    first = str(found[0]["text"]).replace("\u200b", "")
    assert "阅读" in first and "推广" in first
    assert len(found) < 132, "fewer, closer results than the 132 the reader saw"
