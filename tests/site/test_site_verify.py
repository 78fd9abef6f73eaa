"""证书查验, the 公示's state and the roll's changelog: the built demo site, read and in Chromium."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from browsing import watch
from playwright.sync_api import Browser, BrowserContext
from sitetools import BuiltSite, by_id, keep_on_site, table_rows

BEIJING = timezone(timedelta(hours=8))


def test_numbers_come_from_the_final_lists_only(demo_site: BuiltSite) -> None:
    data = json.loads((demo_site.path / "verify/certificates.json").read_text(encoding="utf-8"))
    numbers = data["numbers"]
    assert {n["year"] for n in numbers.values()} == {"2023"}  # 2024 is still 拟表彰: no numbers
    assert numbers["SXLA2023-GR-001"] == {"year": "2023", "award": "联盟工作先进个人",
                                         "holder": "权海燕", "unit": "宝鸡市千河县图书馆"}
    assert numbers["SXLA2023-ZX-002"]["award"] == "联盟专项工作先进集体（联合阅读推广）"
    assert numbers["SXLA2023-LL-004"]["holder"] == "白海涛"
    # one number per honor of 2023: 4 + 2 collectives, 6 people, 2 cases, 4 liaisons
    assert len(numbers) == 18
    assert all(set(n) == {"year", "award", "holder", "unit"} for n in numbers.values())


def test_the_changelog_shows_what_changed_and_when(demo_site: BuiltSite) -> None:
    rows = table_rows(by_id(demo_site.article("2023/honors/"), "roll-changes"))
    assert [r[:2] for r in rows] == [["2024年5月16日", "拟表彰名单审定"], ["2024年5月17日", "公示"],
                                        ["2024年5月24日", "更正"], ["2024年5月28日", "正式表彰"]]
    assert rows[2][2].startswith("蒲建华（汉中市图书馆）：公示期间收到实名异议")
    assert rows[3][2] == "联盟工作委员会发文表彰（陕公图联发〔2024〕08号）"


@pytest.fixture
def context(browser: Browser, demo_url: str) -> Iterator[BrowserContext]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN",
                              timezone_id="Asia/Shanghai")
    keep_on_site(ctx, demo_url)
    yield ctx
    ctx.close()


@pytest.mark.browser
def test_a_number_typed_on_the_keyboard_is_looked_up(context: BrowserContext, demo_url: str) -> None:
    page = context.new_page()
    problems = watch(page)
    page.goto(demo_url + "verify/")
    box = page.locator("#honors-verify-number")
    box.click()
    page.keyboard.type("sxla2023-gr-001")  # lower case, as people type it
    page.keyboard.press("Enter")
    result = page.locator("#honors-verify-result")
    result.get_by_text("权海燕").wait_for()
    assert [t.strip() for t in result.locator("dd").all_inner_texts()] == [
        "权海燕", "宝鸡市千河县图书馆", "联盟工作先进个人", "2023年度"]
    box.fill("")
    page.keyboard.type("ＳＸＬＡ２０２３－ＡＬ－００２")  # full-width, as a Chinese input method gives it
    page.keyboard.press("Enter")
    result.get_by_text("智慧书架：RFID定位找书").wait_for()
    box.fill("")
    page.keyboard.type("SXLA2024-GR-001")  # the 2024 list is still 拟表彰
    page.keyboard.press("Enter")
    result.get_by_text("未查到").wait_for()
    assert "SXLA2024-GR-001" in result.inner_text()
    assert not problems, problems


@pytest.mark.browser
@pytest.mark.parametrize(("today", "state"), [
    (datetime(2025, 5, 20, 9, tzinfo=BEIJING), "公示未开始"),
    (datetime(2025, 5, 23, 9, tzinfo=BEIJING), "公示中，还剩 3 个工作日（含今天）"),  # Fri, Mon, Tue
    (datetime(2025, 5, 24, 9, tzinfo=BEIJING), "公示中，还剩 2 个工作日（含今天）"),  # a Saturday
    (datetime(2025, 5, 28, 9, tzinfo=BEIJING), "公示结束，待联盟工作委员会正式发文表彰"),
])
def test_the_publicity_state_follows_the_readers_date(context: BrowserContext, demo_url: str,
                                                      today: datetime, state: str) -> None:
    page = context.new_page()
    page.clock.set_fixed_time(today)
    page.goto(demo_url + "2024/honors/")
    page.wait_for_load_state("networkidle")
    assert page.locator("#publicity-state").inner_text() == state
