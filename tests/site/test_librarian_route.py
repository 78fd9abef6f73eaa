"""A librarian's route end to end: the online form typed on the keyboard (days the Chinese way, a
Word paste), the file downloaded, committed on a branch of a real git repository as the web
editor would, checked as the pull request checks it, and the preview built as the preview job
builds it and opened from disk. Screenshots of each step are kept as test artifacts."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect
from sitetools import copy_repository, keep_on_site

from generator.cli import main

pytestmark = pytest.mark.browser

CASE = "夜读灯下的城市书房"
BODY = "\u3000\u3000城市书房夜间开放后，每周五举办分享会。\v全年46场。\n\u3000\u3000与联盟参考咨询平台联动。"


def _git(root: Path, *args: str) -> str:
    env = {"GIT_AUTHOR_NAME": "浐河区图书馆", "GIT_AUTHOR_EMAIL": "chanhe@example.org",
           "GIT_COMMITTER_NAME": "浐河区图书馆", "GIT_COMMITTER_EMAIL": "chanhe@example.org", "HOME": str(root)}
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False,
                          env={**env, "PATH": "/usr/bin:/bin"}, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_form_to_pull_request_to_preview(browser: Browser, demo_url: str, tmp_path: Path, artifacts: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    if shutil.which("git") is None:
        pytest.fail("git is needed for the route")
    shots = artifacts / "librarian-route"
    shots.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1366, "height": 900}, locale="zh-CN", accept_downloads=True)
    keep_on_site(ctx, demo_url)
    page = ctx.new_page()
    page.goto(f"{demo_url}form/case/")
    page.wait_for_selector(".hf-out")
    page.select_option("#hf-owner", "city:xian")

    def key_in(label: str, text: str) -> None:
        control = page.locator(f'.hf-app [data-label="{label}"]').locator("input, textarea").first
        control.click()
        control.press_sequentially(text)
        control.press("Tab")

    key_in("案例名称", CASE)
    key_in("案例主题", "基层服务模式创新")
    page.locator('.hf-app [data-label="单位"] input').fill("西安市浐河区图书馆")
    page.locator('.hf-app [data-label="单位"] input').press("Tab")
    key_in("开始日期", "2024年3月1日")
    key_in("结束日期", "2024.11.30")
    key_in("案例简介", "城市书房夜间开放，每周五举办分享会。")
    body = page.locator('.hf-app [data-label="案例正文"] textarea')
    body.evaluate("""(e, t) => { e.value = t; e.dispatchEvent(new InputEvent('input', {
        bubbles: true, inputType: 'insertFromPaste', data: t })); }""", BODY)
    page.locator("input.hf-name").fill("case-night-reading")
    page.locator("[data-action=check]").click()
    expect(page.locator(".hf-status")).to_contain_text("检查通过")
    expect(page.locator('.hf-app [data-label="开始日期"] .hf-norm')).to_contain_text("2024-03-01")
    page.screenshot(path=str(shots / "1-form.png"), full_page=True)
    with page.expect_download() as download:
        page.locator("[data-action=download]").click()
    saved = tmp_path / "case-night-reading.yaml"
    download.value.save_as(saved)
    ctx.close()

    # The pull request: the file added on a branch, as GitHub's web editor commits it.
    root = copy_repository(tmp_path / "repo")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "base")
    _git(root, "checkout", "-q", "-b", "chanhe-case")
    target = root / "submissions/2024/cities/xian/case-night-reading.yaml"
    shutil.copy(saved, target)
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "Create case-night-reading.yaml")
    assert _git(root, "diff", "--name-only", "main...HEAD").split() == [
        "submissions/2024/cities/xian/case-night-reading.yaml"]
    capsys.readouterr()
    assert main(["validate", "--root", str(root)]) == 0
    checked = capsys.readouterr().out
    assert "case-night-reading.yaml" not in checked  # not a finding on the new file
    (shots / "2-check.txt").write_text(checked, encoding="utf-8")

    # The preview, as the preview job builds it, opened from the unpacked artifact.
    site = tmp_path / "preview"
    assert main(["build", "--root", str(root), "--site-dir", str(site), "--file-urls"]) == 0
    pages = [p for p in site.rglob("*.html") if CASE in p.read_text(encoding="utf-8") and p.name != "404.html"]
    case_page = next(p for p in pages if "case-night-reading" in p.as_posix())
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    page = ctx.new_page()
    page.goto(case_page.as_uri())
    expect(page.locator("article h1")).to_contain_text(CASE)
    article = page.locator("article").inner_text()
    assert "全年46场" in article and "\u3000" not in article and "\x0b" not in article
    page.screenshot(path=str(shots / "3-preview.png"), full_page=True)
    ctx.close()
