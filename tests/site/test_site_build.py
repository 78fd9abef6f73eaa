"""Smoke: the demo site builds and has every kind of page."""

from __future__ import annotations

import pytest
from sitetools import BuiltSite

PAGE_KINDS = [
    "",  # home: the newest campaign at a glance
    "2024/rules/",
    "guide/",
    "guide/templates/",
    "guide/fields/",
    "guide/contributing/",
    "2024/cities/",
    "2024/cities/xian/",
    "2024/special/",
    "2024/cases/",
    "2024/honors/",
    "years/",
    "2023/",
    "2023/honors/",
    "2024/",  # the newest year's own URL points to the home page
]


@pytest.mark.parametrize("url", PAGE_KINDS)
def test_page_exists(demo_site: BuiltSite, url: str) -> None:
    assert demo_site.file(url).is_file()
    assert demo_site.text(url)
