"""在线填报 in headless Chromium: every form filled with valid values gives the file `honors new`
would give filled the same way, and that file passes `honors validate` in its folder; wrong
values get a Chinese message beside the field; the rules shared with the validator agree on
the same examples; the page works at phone width and sends nothing anywhere."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit
from weakref import WeakKeyDictionary

import pytest
from onlineformtools import fill_template
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Locator, Page, expect
from ruamel.yaml import YAML
from sitetools import ROOT, keep_on_site

from generator.authoring.scaffold import template_text
from generator.cli import main
from generator.load.records import Repository

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DEEDS = ("2024年，她牵头策划“书香铜川”共读季，联合4个区县馆开展线下共读活动36场、线上直播8场，"
         "服务读者1.2万人次。\n\n- **基层辅导**：赴区县馆开展业务辅导12次；\n- **志愿服务**：培养志愿讲读人20名。\n\n"
         "她工作细致、乐于分享，满意率98%。")
CASE_BODY = ("## 背景\n\n城市书房夜间开放后，读者多为下班后的年轻人。\n\n## 做法\n\n"
             "1. 每周五举办“夜读灯下”分享会；\n2. 与联盟参考咨询平台联动，夜间咨询2小时内回复。\n\n"
             "## 成效\n\n全年举办分享会46场，参与读者5,600人次。")

# One valid filling per form: where the file goes and what is typed. `expect` is what the
# form adds by itself (the award, 是/否 defaults, 加盟时间 from the registry, 推荐单位).
VALID: dict[str, dict[str, Any]] = {
    "collective": {  # rewrites the demo's own file for 灞水区 (the city's one collective)
        "owner": "city:xian", "file": "collective-bashui",
        "values": {"单位": "西安市灞水区图书馆", "单位负责人": "王建民", "加盟时间": "2015年4月",
                   "联系电话": "029-83620101", "评选条件": [1, 2],
                   "主要工作成绩": "2024年新建分馆6个。\n\n- **联合阅读推广**：活动212场；\n- 解答咨询1,180条。",
                   "单位申报意见": "情况属实，同意申报。", "委员馆推荐意见": "经市级初评，同意推荐。"},
        "expect": {"推荐奖项": "联盟工作先进集体"},
    },
    "individual": {  # 铜川 has one individual: room for a second
        "owner": "city:tongchuan", "file": "individual-lin-xiaohe",
        "values": {"姓名": "林小禾", "性别": "女", "年龄": "34", "单位": "铜川市漆水区图书馆",
                   "从事本工作时间": "2015年6月至今", "所在部门": "读者服务部", "学历": "大学本科",
                   "职务": "部门主任 #2", "职称": "馆员", "业务领域": "阅读推广", "主要事迹": DEEDS,
                   "联系电话": "139 0000 0001", "单位申报意见": "同意推荐。"},
        "expect": {"推荐奖项": "联盟工作先进个人", "是否馆长": "否", "是否联络人": "否"},
    },
    "special": {
        "owner": "group:reading", "file": "special-qishui",
        "values": {"单位": "铜川市漆水区图书馆", "单位负责人": "高建军", "联系电话": "0919-1234567",
                   "专项工作": "联合阅读推广", "推荐依据": "较上一年度有较大进步",
                   "考核排名": "全省第 5 名：共读活动参与人次增长 62%",
                   "主要工作成绩": "克服人手少的困难，全年开展联合阅读推广活动58场。"},
        "expect": {"推荐奖项": "联盟专项工作先进集体", "加盟时间": "2015-06"},
    },
    "case": {
        "owner": "office", "file": "case-night-reading-lamp",
        "values": {"案例名称": "夜读灯下的城市书房", "案例主题": "基层服务模式创新", "单位": "陕西省图书馆",
                   "开始日期": "2024-03-01", "结束日期": "2024-11-30",
                   "案例简介": "城市书房夜间开放，每周五举办分享会，与联盟参考咨询平台联动。",
                   "案例正文": CASE_BODY, "联系人": "秦晓东", "联系电话": "029-85420001"},
        "expect": {"推荐奖项": "联盟优秀服务案例"},
    },
    "summary": {  # rewrites the city's summary.yaml
        "owner": "city:xian", "file": "summary",
        "values": {"经办人": "韩雪梅", "电话": "029-86210316", "填报日期": "2025-04-03"},
        "expect": {"推荐单位": "西安市图书馆"},
    },
}

# Page errors and console errors each page opened by `open_form` produced, by page.
PROBLEMS: WeakKeyDictionary[Page, list[str]] = WeakKeyDictionary()


@pytest.fixture(scope="module")
def site_url(demo_url: str) -> str:
    """The demo site, served once for the session (tests/site/conftest.py)."""
    return demo_url


@pytest.fixture
def context(browser: Browser, site_url: str) -> Iterator[BrowserContext]:
    """A context that logs every request and lets none leave the site."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN",
                              accept_downloads=True)
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    keep_on_site(ctx, site_url)
    yield ctx
    ctx.close()


def open_form(context: BrowserContext, site_url: str, kind: str, owner: str | None = None) -> Page:
    page = context.new_page()
    seen: list[str] = []
    PROBLEMS[page] = seen

    def on_console(m: ConsoleMessage) -> None:
        if m.type == "error":
            seen.append(m.text)

    page.on("pageerror", lambda e: seen.append(str(e)))
    page.on("console", on_console)
    page.goto(f"{site_url}form/{kind}/")
    page.wait_for_selector(".hf-out")
    if owner:
        page.select_option("#hf-owner", owner)
    return page


def box(page: Page, label: str) -> Locator:
    return page.locator(f'.hf-app [data-label="{label}"]')


def type_in(page: Page, label: str, value: Any) -> None:
    """Fill one field the way a person would, whatever its control."""
    field = box(page, label)
    if isinstance(value, list):
        for item in value:
            field.locator(f'input[type=checkbox][value="{item}"]').check()
    elif field.locator("input[type=radio]").count():
        field.locator(f'input[type=radio][value="{value}"]').check()
    elif field.locator("select").count():
        field.locator("select").select_option(value)
    else:
        field.locator("input, textarea").first.fill(value)
        field.locator("input, textarea").first.blur()


def fill(page: Page, spec: dict[str, Any]) -> None:
    for label, value in spec["values"].items():
        type_in(page, label, value)
    if spec["file"] != "summary":
        page.locator("input.hf-name").fill(spec["file"])


def messages(page: Page, label: str) -> str:
    return box(page, label).locator(".hf-msgs").inner_text()


def as_typed(value: Any) -> Any:
    """A value as the form holds it (text), whatever YAML made of it (numbers, dates)."""
    if isinstance(value, list):
        return [int(v) for v in value]
    return value.isoformat() if isinstance(value, date) else str(value).strip()


def file_text(page: Page) -> str:
    return page.locator(".hf-yaml").inner_text()


@pytest.mark.parametrize("kind", list(VALID))
def test_a_valid_form_gives_honors_new_template_filled_and_it_passes(
    context: BrowserContext, site_url: str, demo_repo: Repository, demo_copy: Path, kind: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = VALID[kind]
    page = open_form(context, site_url, kind, spec["owner"])
    fill(page, spec)
    page.locator("[data-action=check]").click()
    assert page.locator(".hf-status").inner_text().startswith("检查通过"), [
        (b.get_attribute("data-label"), b.inner_text()) for b in page.locator(".hf-field--error").all()]
    text = file_text(page)
    folder = page.locator(".hf-folder").inner_text().rstrip("/")
    depth = len(folder.split("/"))
    expected = fill_template(template_text(kind, demo_repo.campaigns[0].config, depth), kind,
                             {**spec["expect"], **spec["values"]})
    assert text == expected
    target = demo_copy / folder / f"{spec['file']}.yaml"
    target.write_text(text, encoding="utf-8")
    assert main(["validate", "--root", str(demo_copy), "--format", "json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    rel = target.relative_to(demo_copy).as_posix()
    assert not [f for f in findings if f["severity"] == "error"], findings
    assert not [f for f in findings if f["file"] == rel], findings
    loaded = YAML(typ="safe").load(text)
    for label, value in {**spec["expect"], **spec["values"]}.items():
        assert as_typed(loaded[label]) == as_typed(value), label
    assert not PROBLEMS[page]


def test_the_file_downloaded_is_the_file_shown(context: BrowserContext, site_url: str) -> None:
    page = open_form(context, site_url, "summary", "city:xian")
    fill(page, VALID["summary"])
    with page.expect_download() as info:
        page.locator("[data-action=download]").click()
    download = info.value
    assert download.suggested_filename == "summary.yaml"
    assert Path(download.path()).read_text(encoding="utf-8") == file_text(page)
    page.locator("[data-action=copy]").click()
    assert page.evaluate("navigator.clipboard.readText()") == file_text(page)
    assert "已复制" in page.locator(".hf-result").inner_text()


WRONG = [
    # kind, owner, label, value, the words of the message beside the field
    ("individual", "city:tongchuan", "联系电话", "０２９-85420000", "全角字符「０」"),
    ("individual", "city:tongchuan", "联系电话", "8542000", "缺少区号"),
    ("individual", "city:tongchuan", "年龄", "12", "不能小于 16"),
    ("individual", "city:tongchuan", "单位", "西安市图书馆", "不是铜川市的联盟图书馆：它是西安市的图书馆"),
    ("individual", "city:tongchuan", "主要事迹", "字" * 501, "比 500 字的上限多 1 字"),
    ("individual", "city:tongchuan", "职务", "馆长", "没有写明参评理由"),
    ("individual", "city:tongchuan", "从事本工作时间", "2025年3月至今", "晚于考核时限"),
    ("individual", "city:tongchuan", "性别", "男性", "只能填「男」或「女」"),  # from an opened file
    ("collective", "city:xian", "加盟时间", "2017年春", "不是有效的年月"),
    ("collective", "city:xian", "单位", "西安市图书馆", "本市委员馆，不能占用本市名额"),
    ("collective", "city:xian", "单位", "宝鸡市周原县图书馆", "它是宝鸡市的图书馆，应由宝鸡市图书馆推荐"),
    ("collective", "office", "单位", "宝鸡市周原县图书馆", "成员馆的联盟工作先进集体由所在市委员馆推荐"),
    ("special", "group:tech", "专项工作", "联合参考咨询", "由联合参考咨询工作组负责推荐"),  # tech has none of its own
    ("case", "office", "结束日期", "2023-12-31", "早于「开始日期」"),
    ("case", "city:xian", "单位", "宝鸡市图书馆", "不是西安市的联盟图书馆"),
    ("summary", "city:xian", "推荐单位", "西安市灞水区图书馆", "应为本市委员馆「西安市图书馆」"),
]


@pytest.mark.parametrize(("kind", "owner", "label", "value", "words"), WRONG,
                         ids=[f"{w[0]}-{w[2]}-{w[4][:6]}" for w in WRONG])
def test_a_wrong_value_is_explained_beside_its_field(
    context: BrowserContext, site_url: str, kind: str, owner: str, label: str, value: str, words: str
) -> None:
    page = open_form(context, site_url, kind, owner)
    if kind == "case":
        type_in(page, "开始日期", "2024-03-01")
    if label == "性别":  # radios offer no wrong choice: the value comes from a file
        page.locator(".hf-open summary").click()
        page.locator(".hf-open__text").fill(f"推荐奖项: 联盟工作先进个人\n{label}: {value}\n")
        page.get_by_role("button", name="读入").click()
    else:
        type_in(page, label, value)
    assert words in messages(page, label)
    assert box(page, label).get_attribute("class") and "hf-field--error" in (
        box(page, label).get_attribute("class") or "")
    assert page.locator(".hf-status").inner_text().startswith("还有")


def test_a_case_summary_longer_than_the_sites_advice_is_a_warning(
    context: BrowserContext, site_url: str
) -> None:
    """The notice sets no length for a case: the form warns as the validator does (E018), and a
    warning does not hold the file back."""
    page = open_form(context, site_url, "case", "city:xian")
    type_in(page, "案例简介", "简" * 301)
    words = messages(page, "案例简介")
    assert "「案例简介」有 301 字，超过建议的 300 字：网站的案例卡片显示整段简介" in words
    assert "hf-field--error" not in (box(page, "案例简介").get_attribute("class") or "")
    assert "已写 301 字，建议 300 字" in box(page, "案例简介").inner_text()


def test_a_summary_filled_before_the_notice_is_a_warning(context: BrowserContext, site_url: str) -> None:
    """E017 as the validator words it, shown as a reminder: the file can still be saved."""
    page = open_form(context, site_url, "summary", "city:xian")
    type_in(page, "填报日期", "2024年4月3日")
    # The form writes the day as 2024-04-03 into the file, and names it so.
    assert ("「填报日期」2024-04-03 早于评选通知的发布日期 2025-03-28：汇总表应在通知发布后填报"
            in messages(page, "填报日期"))
    assert "hf-field--error" not in (box(page, "填报日期").get_attribute("class") or "")
    type_in(page, "填报日期", "2025-04-03")
    assert "填报日期" not in messages(page, "填报日期")


def test_criterion_3_for_a_member_library_and_required_fields(
    context: BrowserContext, site_url: str
) -> None:
    page = open_form(context, site_url, "collective", "city:xian")
    assert "此项必填" not in page.locator(".hf-grid").inner_text()  # nothing nags before a try
    type_in(page, "单位", "西安市灞水区图书馆")
    type_in(page, "评选条件", [3])
    assert "第 3 项条件只适用于委员馆" in messages(page, "评选条件")
    assert "1—2项为成员馆评选条件" in box(page, "评选条件").inner_text()  # the criteria text beside
    page.locator("[data-action=github]").click()
    assert "此项必填" in messages(page, "单位负责人")
    assert "需要修改" in page.locator(".hf-result").inner_text()


def test_a_theme_outside_the_notices_list_is_a_reminder_not_an_error(
    context: BrowserContext, site_url: str
) -> None:
    # The notice ends its themes with 「等方面」: the list is open.
    page = open_form(context, site_url, "case", "office")
    type_in(page, "案例主题", "阅读推广品牌建设")
    assert "其他主题也可申报" in messages(page, "案例主题")
    assert "hf-field--error" not in (box(page, "案例主题").get_attribute("class") or "")
    themes = page.locator('[data-label="案例主题"] datalist option').evaluate_all("o => o.map(x => x.value)")
    assert "基层服务模式创新" in themes


def test_a_project_the_scheme_lacks_is_a_reminder(context: BrowserContext, site_url: str) -> None:
    # 「各专项奖的设立及名额，根据当年工作开展情况确定」: the office may still set it up.
    source = (ROOT / "submissions/2024/groups/reading/special-micang.yaml").read_text(encoding="utf-8")
    page = open_form(context, site_url, "special", "group:reading")
    page.locator(".hf-open summary").click()
    assert "\n专项工作: 阅读推广服务\n" in source  # the demo writes the project by its alias
    page.locator(".hf-open__text").fill(source.replace("专项工作: 阅读推广服务", "专项工作: 古籍保护"))
    page.get_by_role("button", name="读入").click()
    assert "是否设立由联盟办审定时确定" in messages(page, "专项工作")
    assert "hf-field--error" not in (box(page, "专项工作").get_attribute("class") or "")
    assert "专项工作: 古籍保护" in file_text(page)  # kept as written


def test_the_liaison_is_known(context: BrowserContext, site_url: str) -> None:
    page = open_form(context, site_url, "individual", "city:tongchuan")
    type_in(page, "姓名", "雷志刚")
    assert "登记的铜川市联络人" in messages(page, "姓名")
    type_in(page, "是否联络人", "是")
    assert messages(page, "姓名") == messages(page, "是否联络人") == ""
    type_in(page, "姓名", "林小禾")
    assert "不是「林小禾」" in messages(page, "是否联络人")


def test_units_and_projects_follow_the_chosen_owner(context: BrowserContext, site_url: str) -> None:
    page = open_form(context, site_url, "collective", "city:xian")
    units = page.locator('[data-label="单位"] datalist option').evaluate_all("o => o.map(x => x.value)")
    assert "西安市灞水区图书馆" in units and "西安市图书馆" not in units  # members only
    page.select_option("#hf-owner", "city:baoji")
    units = page.locator('[data-label="单位"] datalist option').evaluate_all("o => o.map(x => x.value)")
    assert "宝鸡市周原县图书馆" in units and "西安市灞水区图书馆" not in units
    assert "submissions/2024/cities/baoji/" in page.locator(".hf-folder").inner_text()
    page = open_form(context, site_url, "special", "group:localdocs")
    choices = box(page, "专项工作").locator("input[type=radio]")
    assert choices.evaluate_all("o => o.map(x => x.value)") == ["地方文献联合征集"]  # the group's own
    assert choices.first.is_checked()  # the only choice is made
    page.select_option("#hf-owner", "group:tech")  # a group without a project of its own
    projects = box(page, "专项工作").locator("option").evaluate_all("o => o.map(x => x.value)")
    assert len([p for p in projects if p]) == 6


SHARED = {
    "textlength_cases.json": ("countChars", "文字", "字数"),
    "phone_cases.json": ("phoneProblem", "电话", "问题"),
    "monthdate_cases.json": ("parseMonth", "文字", "结果"),
    "director_cases.json": ("directorRole", "职务", "结果"),
    "workperiod_cases.json": ("workStart", "文字", "开始"),
}


@pytest.mark.parametrize("name", list(SHARED))
def test_the_page_counts_and_checks_as_the_validator_does(
    context: BrowserContext, site_url: str, name: str
) -> None:
    function, given, expected = SHARED[name]
    cases = json.loads((ROOT / "tests" / name).read_text(encoding="utf-8"))
    page = open_form(context, site_url, "individual")
    got = page.evaluate(f"cases => cases.map(c => window.HonorsForm.{function}(c[{given!r}]))", cases)
    wrong = [(c["说明"], c[expected], g) for c, g in zip(cases, got, strict=True) if c[expected] != g]
    assert not wrong, wrong


def test_the_page_finds_numbers_in_public_text_as_the_validator_does(
    context: BrowserContext, site_url: str
) -> None:
    """tests/publictext_cases.json: E016's numbers, masked, at the same places on both sides."""
    cases = json.loads((ROOT / "tests/publictext_cases.json").read_text(encoding="utf-8"))
    page = open_form(context, site_url, "case")
    got = page.evaluate("cases => cases.map(c => window.HonorsForm.publicNumbers(c['文字'], c['联系电话']))", cases)
    assert [(c["说明"], g) for c, g in zip(cases, got, strict=True)] == [(c["说明"], c["结果"]) for c in cases]


def test_a_phone_in_the_deeds_is_a_warning_beside_the_field(context: BrowserContext, site_url: str) -> None:
    page = open_form(context, site_url, "individual", "city:tongchuan")
    type_in(page, "主要事迹", "读者可拨打 139 1234 5678 预约讲座。")
    assert "「主要事迹」里有像手机号的数字「139******78」：网站会公开这段文字。" in messages(page, "主要事迹")
    assert "13912345678" not in messages(page, "主要事迹").replace(" ", "")
    assert "hf-field--error" not in (box(page, "主要事迹").get_attribute("class") or "")


def test_the_page_reads_a_day_as_the_validator_does(context: BrowserContext, site_url: str) -> None:
    """tests/day_cases.json: the form's parseDay and models/monthdate.py parse_day agree."""
    cases = json.loads((ROOT / "tests/day_cases.json").read_text(encoding="utf-8"))
    page = open_form(context, site_url, "case")
    got = page.evaluate(
        "cases => cases.map(c => { const d = window.HonorsForm.parseDay(c['文字']); return d && d.iso ? d.iso : null; })",
        cases)
    assert [(c["说明"], g) for c, g in zip(cases, got, strict=True)] == [(c["说明"], c["结果"]) for c in cases]


def test_the_deeds_counter_is_the_validators_count(context: BrowserContext, site_url: str) -> None:
    page = open_form(context, site_url, "individual", "city:tongchuan")
    type_in(page, "主要事迹", DEEDS)
    from generator.core.textlength import count_chars

    assert f"已写 {count_chars(DEEDS)} 字，上限 500 字" in box(page, "主要事迹").inner_text()


def test_a_draft_survives_a_reload_and_clearing_forgets_it(
    context: BrowserContext, site_url: str
) -> None:
    page = open_form(context, site_url, "individual", "city:tongchuan")
    type_in(page, "姓名", "林小禾")
    type_in(page, "主要事迹", DEEDS)
    page.reload()
    page.wait_for_selector(".hf-out")
    assert box(page, "姓名").locator("input").input_value() == "林小禾"
    assert box(page, "主要事迹").locator("textarea").input_value() == DEEDS
    assert page.locator("#hf-owner").input_value() == "city:tongchuan"
    page.get_by_role("button", name="清空表单").click()
    page.get_by_role("button", name="确认清空？").click()
    assert box(page, "姓名").locator("input").input_value() == ""
    page.reload()
    page.wait_for_selector(".hf-out")
    assert box(page, "姓名").locator("input").input_value() == ""


def test_an_existing_file_opens_for_editing(context: BrowserContext, site_url: str) -> None:
    source = ROOT / "submissions/2024/cities/xian/individual-wang-lan.yaml"
    page = open_form(context, site_url, "individual")
    page.locator(".hf-open summary").click()
    page.locator(".hf-open input[type=file]").set_input_files(str(source))
    expect(page.locator(".hf-open__msg")).to_contain_text("已读入")  # FileReader is asynchronous
    assert page.locator("#hf-owner").input_value() == "city:xian"  # from the library's city
    assert page.locator("input.hf-name").input_value() == "individual-wang-lan"
    assert page.locator(".hf-status").inner_text().startswith("检查通过")
    # saved unchanged, the file is the file: no default written for a field it left out
    assert file_text(page) == source.read_text(encoding="utf-8")


def test_a_case_with_photos_keeps_them(context: BrowserContext, site_url: str) -> None:
    source = (ROOT / "submissions/2024/office/case-mini-program-booking.yaml").read_text(encoding="utf-8")
    source += "配图:\n  - booking screen.png\n  - '2024.jpg'\n"
    page = open_form(context, site_url, "case", "office")
    page.locator(".hf-open summary").click()
    page.locator(".hf-open__text").fill(source)
    page.get_by_role("button", name="读入").click()
    assert "booking screen.png" in box(page, "配图").inner_text()
    yaml = YAML(typ="safe")
    written, original = yaml.load(file_text(page)), yaml.load(source)
    assert {k: v for k, v in written.items() if k in original} == original


def test_a_pasted_file_with_an_alias_and_a_mistake(context: BrowserContext, site_url: str) -> None:
    source = (ROOT / "submissions/2024/groups/reading/special-micang.yaml").read_text(encoding="utf-8")
    pasted = source.replace("专项工作: 联合阅读推广", "专项工作: 阅读推广服务") + "\n姓明: 误写的字段\n"
    page = open_form(context, site_url, "special")
    page.locator(".hf-open summary").click()
    page.locator(".hf-open__text").fill(pasted)
    page.get_by_role("button", name="读入").click()
    assert "姓明" in page.locator(".hf-open__msg").inner_text()  # said, not silently dropped
    assert page.locator("#hf-owner").input_value() == "group:reading"
    # the file's own wording stays: the alias is not replaced by the project's name
    assert box(page, "专项工作").locator("input:checked").get_attribute("value") == "阅读推广服务"
    assert "专项工作: 阅读推广服务" in file_text(page)
    assert "姓明" not in file_text(page)  # left out, as the message says
    page.locator(".hf-open__text").fill("姓名：王岚\n")
    page.get_by_role("button", name="读入").click()
    assert "中文冒号" in page.locator(".hf-open__msg").inner_text()
    collective = (ROOT / "submissions/2024/cities/xian/collective-bashui.yaml").read_text(encoding="utf-8")
    page.locator(".hf-open__text").fill(collective)
    page.get_by_role("button", name="读入").click()
    assert page.locator(".hf-open__msg a").inner_text() == "先进集体（附件1-1）"


def test_submit_on_github_opens_the_new_file_page_with_name_and_content(
    context: BrowserContext, site_url: str
) -> None:
    page = open_form(context, site_url, "summary", "city:xian")
    fill(page, VALID["summary"])
    with context.expect_page() as popup:
        page.locator("[data-action=github]").click()
    popup.value.wait_for_load_state()
    sent = [r for r in context.requests if not r.startswith(site_url)]  # type: ignore[attr-defined]
    assert len(sent) == 1, sent
    url = urlsplit(sent[0])
    assert f"{url.scheme}://{url.netloc}{unquote(url.path)}" == (
        "https://github.com/sxlib-alliance/honors/new/main/submissions/2024/cities/xian")
    query = parse_qs(url.query)
    assert query["filename"] == ["summary.yaml"] and query["value"] == [file_text(page)]
    assert "已打开 GitHub" in page.locator(".hf-result").inner_text()


def test_a_long_file_is_copied_and_the_page_opens_with_the_name_only(
    context: BrowserContext, site_url: str
) -> None:
    spec = VALID["case"]
    page = open_form(context, site_url, "case", spec["owner"])
    fill(page, spec)
    type_in(page, "案例正文", "\n\n".join([CASE_BODY] * 4))  # some 5,000 characters once in a URL
    with context.expect_page():
        page.locator("[data-action=github]").click()
    sent = [r for r in context.requests if not r.startswith(site_url)]  # type: ignore[attr-defined]
    assert len(sent) == 1 and "value=" not in sent[0] and "filename=case-night-reading-lamp.yaml" in sent[0]
    assert page.evaluate("navigator.clipboard.readText()") == file_text(page)
    assert "已复制到剪贴板" in page.locator(".hf-result").inner_text()


@pytest.mark.parametrize("kind", list(VALID))
def test_phone_layout(browser: Browser, site_url: str, kind: str) -> None:
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                              is_mobile=True, has_touch=True, locale="zh-CN")
    page = ctx.new_page()
    page.goto(f"{site_url}form/{kind}/")
    page.wait_for_selector(".hf-out")
    page.select_option("#hf-owner", VALID[kind]["owner"])
    page.locator("[data-action=check]").click()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    controls = page.locator(".hf-app input:visible, .hf-app textarea:visible, .hf-app select:visible, "
                            ".hf-actions button").all()
    assert controls
    for control in controls:
        rect = control.bounding_box()
        assert rect is not None and rect["x"] >= 0 and rect["x"] + rect["width"] <= 390, rect
    # one column: the fields stack
    lefts = {round(b.bounding_box()["x"]) for b in page.locator(".hf-grid > .hf-field").all()}  # type: ignore[index]
    assert len(lefts) == 1, lefts
    ctx.close()


def test_no_request_leaves_the_site(context: BrowserContext, site_url: str) -> None:
    page = open_form(context, site_url, "individual", "city:tongchuan")
    fill(page, VALID["individual"])
    page.locator("[data-action=copy]").click()
    with page.expect_download():
        page.locator("[data-action=download]").click()
    for kind in VALID:
        page.goto(f"{site_url}form/{kind}/")
        page.wait_for_selector(".hf-out")
    page.goto(f"{site_url}form/")
    requests = context.requests  # type: ignore[attr-defined]
    assert any(r.endswith("form/form-data.json") for r in requests)
    assert any(r.endswith("honors-form.js") for r in requests)
    outside = [r for r in requests if not r.startswith((site_url, "data:", "blob:"))]
    assert not outside, outside


def test_a_joint_case_names_its_partners_from_the_registry(context: BrowserContext, site_url: str) -> None:
    page = open_form(context, site_url, "case", "city:xian")
    partners = box(page, "合作单位")
    suggested = partners.locator("datalist option").evaluate_all("o => o.map(x => x.value)")
    # Any alliance library or working group, not only the city's own (as for 单位).
    assert {"宝鸡市图书馆", "西安市灞水区图书馆", "阅读推广工作组"} <= set(suggested)
    assert partners.locator("input").count() == 1

    partners.locator("input").nth(0).fill("宝鸡市图书馆")
    assert partners.locator("input").count() == 2, "an empty box follows the filled one"
    partners.locator("input").nth(1).fill("宝鸡图书馆")
    partners.locator("input").nth(1).blur()

    assert partners.locator("input").count() == 3
    assert "合作单位「宝鸡图书馆」不是联盟图书馆或联盟工作组（联盟名录中没有这个单位）" in messages(page, "合作单位")
    assert "宝鸡市图书馆」不是" not in messages(page, "合作单位")
    assert "合作单位:\n  - 宝鸡市图书馆\n  - 宝鸡图书馆\n" in file_text(page)

    partners.locator("input").nth(1).fill("宝鸡市周原县图书馆")
    partners.locator("input").nth(1).blur()

    assert messages(page, "合作单位") == ""
    written = YAML(typ="safe").load(file_text(page))
    assert written["合作单位"] == ["宝鸡市图书馆", "宝鸡市周原县图书馆"]
    assert PROBLEMS[page] == []


def test_an_opened_joint_case_shows_each_partner_in_its_box(context: BrowserContext, site_url: str) -> None:
    source = (ROOT / "tests/cases/valid/joint-case-partners/files/submissions/2024/cities/xian/case-joint.yaml"
              ).read_text(encoding="utf-8")
    page = open_form(context, site_url, "case", "city:xian")
    page.locator(".hf-open summary").click()
    page.locator(".hf-open__text").fill(source)
    page.get_by_role("button", name="读入").click()

    values = box(page, "合作单位").locator("input").evaluate_all("o => o.map(x => x.value)")
    assert values == ["西安市灞水区图书馆", "宝鸡市图书馆", ""]
    assert YAML(typ="safe").load(file_text(page))["合作单位"] == ["西安市灞水区图书馆", "宝鸡市图书馆"]
