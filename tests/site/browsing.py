"""Driving Debian's Chromium over a built site: launch options, problems seen, the search box."""

from __future__ import annotations

import shutil
from urllib.parse import unquote

from playwright.sync_api import Dialog, Page

# The browser marker (tests/conftest.py) makes sure chromium is on PATH, or fails in CI.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
WIDTHS = {"phone": PHONE, "desktop": DESKTOP}


def watch(page: Page) -> list[str]:
    """Console errors and warnings, page errors and dialogs the page produces."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
            if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))

    def on_dialog(d: Dialog) -> None:
        problems.append(f"dialog: {d.message}")
        d.dismiss()

    page.on("dialog", on_dialog)
    return problems


def search(page: Page, query: str) -> list[str]:
    """Type into Material's search box (opened on a phone); the result links, decoded, in order."""
    box = page.locator("input.md-search__input")
    magnifier = page.locator("label.md-header__button[for='__search']")
    if magnifier.is_visible():  # a phone: the search opens from the header, its box focused
        magnifier.click()
        page.wait_for_function("document.activeElement.classList.contains('md-search__input')")
    else:
        box.click()
    box.fill(query)
    # Chinese text is inserted without key events; Material searches on keyup.
    box.press("End")
    page.wait_for_selector("a.md-search-result__link", timeout=15000)
    return [unquote(a.get_attribute("href") or "")
            for a in page.locator("a.md-search-result__link").all()]


def path_of(link: str, base: str) -> str:
    """A result link as a site path without query or anchor: '2024/cities/xian/'."""
    return link.removeprefix(base).split("?")[0].split("#")[0]
