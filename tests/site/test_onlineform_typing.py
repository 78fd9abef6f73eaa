"""在线填报: what is typed is what the file holds, and the file is what the validator accepts.

Typed on the keyboard in Chromium (zh-CN and en-US), pasted from Word, opened and saved again;
the form's YAML writer driven with generated text and its files read back by the validator's
own loader; the files the form calls good run through the real `honors validate`."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect
from sitetools import ROOT, copy_repository, keep_on_site

from generator.cli import main
from generator.load.yamlload import load_text
from generator.models.names import visible

pytestmark = pytest.mark.browser

CASE_FILE = ROOT / "submissions/2024/office/case-mini-program-booking.yaml"
DATES = ["2024-03-01", "2024年3月1日", "2024.3.1", "2024/3/1", "2024-3-1", " 2024 年 3 月 1 日 "]


def _context(browser: Browser, url: str, locale: str) -> BrowserContext:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale=locale)
    keep_on_site(ctx, url)
    return ctx


@pytest.fixture(params=["zh-CN", "en-US"])
def context(request: pytest.FixtureRequest, browser: Browser, demo_url: str) -> Iterator[BrowserContext]:
    ctx = _context(browser, demo_url, request.param)
    yield ctx
    ctx.close()


@pytest.fixture(scope="module")
def writer(browser: Browser, demo_url: str) -> Iterator[Page]:
    """One form page whose script (window.HonorsForm) the property test drives."""
    ctx = _context(browser, demo_url, "zh-CN")
    page = ctx.new_page()
    page.goto(f"{demo_url}form/case/")
    page.wait_for_selector(".hf-out")
    yield page
    ctx.close()


def open_form(context: BrowserContext, url: str, kind: str, owner: str) -> Page:
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{url}form/{kind}/")
    page.wait_for_selector(".hf-out")
    page.select_option("#hf-owner", owner)
    page.errors = errors  # type: ignore[attr-defined]
    return page


def box(page: Page, label: str) -> Locator:
    return page.locator(f'.hf-app [data-label="{label}"]')


def key_in(page: Page, label: str, text: str) -> None:
    """Typed key by key, as a person types (no fill()), then the field is left."""
    control = box(page, label).locator("input, textarea").first
    control.click()
    control.press("Control+a")
    control.press("Delete")
    control.press_sequentially(text)
    control.press("Tab")


def file_text(page: Page) -> str:
    return page.locator(".hf-yaml").inner_text()


def status(page: Page) -> str:
    return page.locator(".hf-status").inner_text()


def validate_in_repo(tmp_path: Path, rel: str, text: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`honors validate` on a copy of the demo repository with the form's file in place."""
    root = copy_repository(tmp_path / "repo")
    (root / rel).write_bytes(text.encode("utf-8"))
    capsys.readouterr()
    code = main(["validate", "--root", str(root)])
    return code, capsys.readouterr().out


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", DATES)
def test_a_day_typed_the_chinese_way_is_read_and_shown_as_the_file_holds_it(
    context: BrowserContext, demo_url: str, typed: str
) -> None:
    page = open_form(context, demo_url, "case", "office")
    key_in(page, "开始日期", typed)
    assert "\n开始日期: 2024-03-01\n" in file_text(page)
    note = box(page, "开始日期").locator(".hf-norm")
    if typed != "2024-03-01":
        expect(note).to_be_visible()
        expect(note).to_contain_text("2024-03-01")
    else:
        expect(note).to_be_hidden()
    assert box(page, "开始日期").locator(".hf-msgs").inner_text() == ""
    assert box(page, "开始日期").locator("input").input_value() == typed  # what was typed stays
    assert page.errors == []  # type: ignore[attr-defined]


@pytest.mark.parametrize(("typed", "words"), [
    ("0031-03-01", "年份「0031」不合理"), ("40301", "不是有效的日期"), ("40301-03-01", "年份「40301」不合理"),
    ("2024-02-30", "不是日历上的日期"), ("2024年3月", "不是有效的日期"),
])
def test_an_implausible_day_is_refused_by_the_form_and_by_the_validator(
    context: BrowserContext, demo_url: str, typed: str, words: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = open_form(context, demo_url, "case", "office")
    page.locator(".hf-open summary").click()
    page.locator(".hf-open__text").fill(CASE_FILE.read_text(encoding="utf-8"))
    page.get_by_role("button", name="读入").click()
    assert status(page).startswith("检查通过")
    key_in(page, "开始日期", typed)
    expect(box(page, "开始日期").locator(".hf-msgs")).to_contain_text(words)
    assert not status(page).startswith("检查通过")
    code, out = validate_in_repo(tmp_path, "submissions/2024/office/case-mini-program-booking.yaml",
                                 file_text(page), capsys)
    assert code == 1
    mine = [line for line in out.splitlines() if "case-mini-program-booking.yaml:" in line]
    assert len(mine) == 1 and " S003 错误：" in mine[0] and ("开始日期" in mine[0] or typed in mine[0]), out


# --- what the writer writes is what the validator reads ---------------------------------------

BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
SPACES = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
ODD = "\x00\x01\x07\x08\x1b\x7f\x80\x9f\u200b\u200d\u2060\ufeff\ufffe\uffff"
INDICATORS = "-?:,[]{}#&*!|>'\"%@`\\"
LOOKALIKES = ["1.5", "1e3", ".5", "-0", "0x1F", "0o17", "1_000", "12:30", "2024-03-01", "2024-03-01 10:00",
              "yes", "No", "on", "OFF", "y", "true", "False", "null", "~", ".inf", "-.nan", "<<", "=",
              "- a", "? b", "a: b", "a #b", "&x", "*x", "!tag", "%YAML", "---", "...", "|", ">-", "'a'", '"b"']
PIECES = st.one_of(
    st.sampled_from(LOOKALIKES),
    st.text(st.sampled_from(BREAKS + SPACES + ODD + INDICATORS), max_size=4),
    st.text(st.characters(blacklist_categories=["Cs"]), max_size=6),
    st.sampled_from(["陕西省图书馆", "　　首行缩进", "第一段", "英文 text", "😀", "\u0301"]),
)
TEXTS = st.lists(PIECES, min_size=1, max_size=6).map("".join)


def _python_clean(text: str) -> str:
    """What the form holds for a text field (values.js cleanValue): invisible characters taken out
    as the validator takes them out (load/invisible.py), \r\n and \r as \n, stripped as Python
    strips (the validator's models strip the same way)."""
    return visible(text).replace("\r\n", "\n").replace("\r", "\n").strip()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXTS)
@example("a\u2028b")
@example("第一段\u2029第二段")
@example("行\x85尾")
@example("\ufeff开头")
@example("x\x0b y")
@example("2024-03-01")
@example("- 列表")
@example("<<")
@example("=")
@example("a\n\n  b\n\tc")
def test_the_writer_writes_what_the_validator_reads_back(writer: Page, text: str) -> None:
    cleaned = writer.evaluate("t => HonorsForm.cleanValue({kind: 'text'}, t) ?? null", text)
    expected = _python_clean(text)
    assert cleaned == (expected or None)
    if not expected:
        return
    lines = writer.evaluate(
        "v => [...HonorsForm.renderValue('案例名称', 'text', false, v),"
        " ...HonorsForm.renderValue('案例正文', 'text', true, v)].join('\\n') + '\\n'", expected)
    doc = load_text("submissions/2024/office/case-x.yaml", lines)  # raises LoadError (F00x) if not
    assert doc.data == {"案例名称": expected, "案例正文": expected}, lines


# --- opening a file and saving it --------------------------------------------------------------


def _open(page: Page, text: str) -> None:
    page.locator(".hf-open summary").click()
    page.locator(".hf-open__text").fill(text)
    page.get_by_role("button", name="读入").click()
    expect(page.locator(".hf-open__msg")).to_contain_text("已读入")


@pytest.mark.parametrize(("kind", "owner", "file"), [
    ("individual", "city:xian", "submissions/2024/cities/xian/individual-wang-lan.yaml"),
    ("case", "office", "submissions/2024/office/case-mini-program-booking.yaml"),
    ("special", "group:reading", "submissions/2024/groups/reading/special-micang.yaml"),
    ("collective", "city:xian", "submissions/2024/cities/xian/collective-bashui.yaml"),
    ("summary", "city:xian", "submissions/2024/cities/xian/summary.yaml"),
])
@pytest.mark.parametrize("shape", ["as-shipped", "web-editor"])
def test_a_file_opened_and_saved_unchanged_is_the_same_file(
    context: BrowserContext, demo_url: str, kind: str, owner: str, file: str, shape: str, tmp_path: Path
) -> None:
    text = (ROOT / file).read_text(encoding="utf-8")
    page = open_form(context, demo_url, kind, owner)
    if shape == "web-editor":  # CRLF line ends, no final newline, a comment of the librarian's
        text = text.rstrip("\n").replace("\n", "  # 核对过\n", 1).replace("\n", "\r\n")
        chosen = tmp_path / Path(file).name
        chosen.write_bytes(text.encode("utf-8"))  # chosen as a file: a textarea would drop the CRs
        page.locator(".hf-open summary").click()
        page.locator(".hf-open input[type=file]").set_input_files(str(chosen))
        expect(page.locator(".hf-open__msg")).to_contain_text("已读入")
    else:
        _open(page, text)
    assert page.locator(".hf-yaml").evaluate("e => e.textContent") == text


def test_a_one_typo_fix_is_a_one_line_diff(context: BrowserContext, demo_url: str) -> None:
    text = (ROOT / "submissions/2024/cities/xian/individual-wang-lan.yaml").read_text(encoding="utf-8")
    page = open_form(context, demo_url, "individual", "city:xian")
    _open(page, text)
    key_in(page, "所在部门", "参考咨询部门")
    changed = [line for line in difflib.unified_diff(text.split("\n"), file_text(page).split("\n"), lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert len(changed) == 2 and changed[1] == "+所在部门: 参考咨询部门", changed


def test_a_field_cleared_in_an_opened_file_is_emptied_and_a_missing_one_stays_missing(
    context: BrowserContext, demo_url: str
) -> None:
    text = (ROOT / "submissions/2024/office/case-mini-program-booking.yaml").read_text(encoding="utf-8")
    assert "\n联系人:" in text
    page = open_form(context, demo_url, "case", "office")
    _open(page, text)
    box(page, "联系人").locator("input").fill("")
    box(page, "联系人").locator("input").blur()
    written = file_text(page)
    assert "\n联系人:\n" in written and "配图" not in written
    assert "是否" not in written


# --- Word pastes and numbers -------------------------------------------------------------------

WORD = "\u3000\u3000第一段第一行\v第一段第二行\u2028第三行\n\u3000\u3000第二段，\u200b有零宽字符。\u2029\u3000\u3000第三段"


def test_a_word_paste_is_tidied_visibly_and_the_validator_reads_the_same_text(
    context: BrowserContext, demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = open_form(context, demo_url, "case", "office")
    page.locator(".hf-open summary").click()
    page.locator(".hf-open__text").fill(CASE_FILE.read_text(encoding="utf-8"))
    page.get_by_role("button", name="读入").click()
    body = box(page, "案例正文").locator("textarea")
    body.click()
    body.press("Control+a")
    # A paste: the text arrives in one insertFromPaste input event, as from the clipboard.
    body.evaluate("""(e, t) => { e.value = t; e.dispatchEvent(new InputEvent('input', {
        bubbles: true, inputType: 'insertFromPaste', data: t })); }""", WORD)
    want = "第一段第一行\n第一段第二行\n第三行\n第二段，有零宽字符。\n\n第三段"
    assert body.input_value() == want  # in the field itself, where it is seen
    note = box(page, "案例正文").locator(".hf-norm")
    expect(note).to_be_visible()
    for words in ("软回车", "全角空格缩进", "零宽字符", "段落分隔符"):
        expect(note).to_contain_text(words)
    assert status(page).startswith("检查通过")
    code, out = validate_in_repo(tmp_path, "submissions/2024/office/case-mini-program-booking.yaml",
                                 file_text(page), capsys)
    assert code == 0, out
    doc = load_text("x.yaml", file_text(page))
    assert doc.data["案例正文"] == want


@pytest.mark.parametrize(("typed", "written"), [("46岁", 46), ("四十六", 46), ("４６", 46), ("三十岁", 30)])
def test_an_age_in_words_is_converted_visibly(
    context: BrowserContext, demo_url: str, typed: str, written: int
) -> None:
    page = open_form(context, demo_url, "individual", "city:tongchuan")
    key_in(page, "年龄", typed)
    assert f"\n年龄: {written}\n" in file_text(page)
    note = box(page, "年龄").locator(".hf-norm")
    expect(note).to_be_visible()
    expect(note).to_contain_text(f"按数字 {written} 写入文件")
    assert box(page, "年龄").locator("input").input_value() == typed


@pytest.mark.parametrize("typed", ["约46", "46.5", "四六", "三十至四十"])
def test_an_age_that_cannot_be_read_is_explained_not_dropped(
    context: BrowserContext, demo_url: str, typed: str
) -> None:
    page = open_form(context, demo_url, "individual", "city:tongchuan")
    key_in(page, "年龄", typed)
    expect(box(page, "年龄").locator(".hf-msgs")).to_contain_text("不是整数")
    assert box(page, "年龄").locator("input").input_value() == typed  # kept for fixing
    assert json.dumps(typed, ensure_ascii=False) in file_text(page) or f"年龄: {typed}" in file_text(page)
    assert not status(page).startswith("检查通过")
