"""`honors doctor` on the demo, on a copy set up wrong in every way, and on a correct real-data copy."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from pullrequest.helpers import ROOT

SHIPPED = ("submissions", "mkdocs.yml", ".github/CODEOWNERS", ".github/workflows/deploy.yml")
SITE = "https://honors.sxlib.org.cn/"
REPO = "https://github.com/sxlib/honors-submissions"
KNOWN_HOSTS = "www.sxlib.org.cn ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTests"
TODAY = "2025-04-01"


def copy(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    for rel in SHIPPED:
        source, target = ROOT / rel, root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)
    return root


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def set_urls(root: Path, site: str | None, repo: str | None, top_level_repo: bool = False) -> None:
    """mkdocs.yml with this site_url and extra.repo_url (None: the key removed)."""
    path = root / "mkdocs.yml"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if not ln.startswith("site_url:") and not ln.strip().startswith("repo_url:")]
    head = [f"site_url: {site}"] if site is not None else []
    if repo is not None and top_level_repo:
        head.append(f"repo_url: {repo}")
    text = "\n".join([lines[0], *head, *lines[1:]]) + "\n"
    if repo is not None and not top_level_repo:
        text = text.replace("\nextra:\n", f"\nextra:\n  repo_url: {repo}\n", 1)
    path.write_text(text, encoding="utf-8")


def lines(run: Any) -> dict[str, str]:
    """Check title -> its mark and text (with the next step, when there is one)."""
    found: dict[str, str] = {}
    current = ""
    for line in run.out.splitlines():
        m = re.match(r"^([✔✘？]) ([^：]+)：(.*)$", line)
        if m:
            current = m.group(2)
            found[current] = f"{m.group(1)} {m.group(3)}"
        elif line.startswith("    下一步：") and current:
            found[current] += "\n" + line.strip()
    return found


def doctor(honors: Any, root: Path) -> Any:
    return honors("doctor", "--root", str(root), "--today", TODAY)


def real(root: Path) -> None:
    edit(root / "submissions/registry.yaml", "演示数据: 是", "演示数据: 否")


def test_on_the_demo_it_says_the_demo_is_on(tmp_path: Path, honors: Any) -> None:
    run = doctor(honors, copy(tmp_path))

    assert run.code == 1 and run.err == ""
    found = lines(run)
    assert found["演示数据"].startswith("✘ ") and "演示数据: 否" in found["演示数据"]
    assert found["账号"].startswith("✔ ") and found["CODEOWNERS"].startswith("✔ ")
    assert found["本届评选"].startswith("✔ ") and "还有 7 天" in found["本届评选"]
    assert found["仓库可见性"].startswith("？ ") and "HONORS_REPO_VISIBILITY" in found["仓库可见性"]
    assert found["发布网站"].startswith("？ ")
    for variable in ("HONORS_DEPLOY_PAGES", "HONORS_DEPLOY_REPO", "HONORS_DEPLOY_RSYNC"):
        assert variable in found["发布网站"]
    assert "待办" in run.out.splitlines()[-1]


def test_on_a_misconfigured_copy_it_finds_every_problem(
    tmp_path: Path, honors: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy(tmp_path)
    registry = root / "submissions/registry.yaml"
    real(root)
    edit(registry, "      - baoji-lib\n", "      - 宝鸡 图书馆@\n")  # an invalid account
    edit(registry, "    账号:\n      - xian-lib\n", "")  # a city without an account
    edit(root / "submissions/2024/campaign.yaml", "截止日期: 2025-04-08", "截止日期: 2024-12-01")
    set_urls(root, "https://example.com/", None)
    monkeypatch.setenv("HONORS_REPO_VISIBILITY", "public")
    monkeypatch.setenv("HONORS_DEPLOY_RSYNC", "deploy@www.sxlib.org.cn:/var/www/honors/")

    run = doctor(honors, root)

    assert run.code == 1
    found = lines(run)
    assert found["演示数据"].startswith("✔ ")
    assert found["仓库可见性"].startswith("✘ ") and "改为私有" in found["仓库可见性"]
    assert found["账号"].startswith("✘ ")
    assert "没有登记账号：西安市图书馆" in found["账号"] and "宝鸡 图书馆@" in found["账号"]
    assert found["CODEOWNERS"].startswith("✘ ") and "honors owners codeowners" in found["CODEOWNERS"]
    assert found["网站地址"].startswith("✘ ")
    assert "site_url 「https://example.com/」还是示例网址" in found["网站地址"]
    assert "extra.repo_url 没有设置" in found["网站地址"]
    # honors validate catches the date (D014); doctor shows its words and place.
    assert found["本届评选"].startswith("✘ ") and "不在考核时限" in found["本届评选"]
    assert "submissions/2024/campaign.yaml:10:" in found["本届评选"]
    rsync = found["发布到联盟自己的网站服务器（rsync over SSH）"]
    assert rsync.startswith("✘ ") and "HONORS_DEPLOY_SSH_KNOWN_HOSTS" in rsync
    assert all("下一步：" in text for text in found.values() if text.startswith("✘"))
    assert re.search(r"共 \d+ 项：\d+ 项就绪，6 项待办", run.out)


def test_a_top_level_repo_url_is_refused(tmp_path: Path, honors: Any) -> None:
    """Material would fetch the repository's figures from GitHub on every page."""
    root = copy(tmp_path)
    set_urls(root, SITE, REPO, top_level_repo=True)
    found = lines(doctor(honors, root))
    assert found["网站地址"].startswith("✘ ") and "extra.repo_url" in found["网站地址"]


def test_a_commended_year_not_yet_closed_is_to_do_with_honors_close(tmp_path: Path, honors: Any) -> None:
    """Following the hint must not make a second 2024: the year is closed first, then the next opened."""
    root = copy(tmp_path)
    edit(root / "submissions/2024/decisions.yaml", "状态: 拟表彰", "状态: 已表彰")
    found = lines(doctor(honors, root))
    assert found["本届评选"].startswith("✘ ") and "已表彰，但还没有结束" in found["本届评选"]
    assert "honors close --year 2024" in found["本届评选"]
    assert "submissions/2025/campaign.yaml" not in found["本届评选"]


def test_a_closed_year_asks_for_honors_year_new_and_codeowners(tmp_path: Path, honors: Any) -> None:
    root = copy(tmp_path)
    edit(root / "submissions/2024/decisions.yaml", "状态: 拟表彰", "状态: 已表彰")
    assert honors("close", "--year", "2024", "--root", str(root)).code == 0
    found = lines(doctor(honors, root))
    assert found["本届评选"].startswith("✘ ") and "最新的 2024 年度已结束" in found["本届评选"]
    assert "honors year new 2025 --deadline" in found["本届评选"]
    assert "honors owners codeowners" in found["本届评选"]


@pytest.mark.parametrize(("today", "mark"), [("2025-07-01", "✔ "), ("2025-12-01", "✘ ")])
def test_a_year_long_past_its_deadline_and_not_closed_is_to_do(
    tmp_path: Path, honors: Any, today: str, mark: str
) -> None:
    """Deadline 2025-04-08: weeks later the office is still at work; eight months later it forgot to close."""
    found = lines(honors("doctor", "--root", str(copy(tmp_path)), "--today", today))
    assert found["本届评选"].startswith(mark)
    if mark == "✘ ":
        assert "还没有结束" in found["本届评选"]
        assert "公示期满后把 submissions/2024/decisions.yaml 的「状态」改为「已表彰」" in found["本届评选"]
        assert "honors close --year 2024" in found["本届评选"]
    else:
        assert "联盟办审核中" in found["本届评选"]


def test_a_broken_workflow_or_config_is_found(tmp_path: Path, honors: Any) -> None:
    root = copy(tmp_path)
    edit(root / ".github/workflows/deploy.yml", "vars.HONORS_DEPLOY_RSYNC", "vars.DEPLOY_TARGET", count=99)
    edit(root / "submissions/2024/campaign.yaml", "截止日期: 2025-04-08", "截止日期: 四月八日")
    found = lines(doctor(honors, root))
    assert found["发布网站"].startswith("✘ ") and "HONORS_DEPLOY_RSYNC" in found["发布网站"]
    assert found["本届评选"].startswith("✘ ") and "campaign.yaml" in found["本届评选"]


def test_on_a_correct_real_data_copy_it_is_clean(
    tmp_path: Path, honors: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy(tmp_path)
    real(root)
    edit(root / "submissions/registry.yaml", "      - baoji-lib\n", "      - baoji-lib\n      - baoji-zhang\n")
    assert honors("owners", "codeowners", "--root", str(root)).code == 0
    set_urls(root, SITE, REPO)
    monkeypatch.setenv("HONORS_REPO_VISIBILITY", "private")
    monkeypatch.setenv("HONORS_DEPLOY_RSYNC", "deploy@www.sxlib.org.cn:/var/www/honors/")
    monkeypatch.setenv("HONORS_DEPLOY_SSH_KNOWN_HOSTS", KNOWN_HOSTS)
    monkeypatch.setenv("HONORS_DEPLOY_PAGES", "true")

    run = doctor(honors, root)

    assert run.code == 0, run.out
    found = lines(run)
    assert all(text.startswith("✔ ") for text in found.values()), found
    assert set(found) >= {"演示数据", "仓库可见性", "账号", "CODEOWNERS", "网站地址", "本届评选",
                          "发布到本仓库的 GitHub Pages", "发布到联盟自己的网站服务器（rsync over SSH）"}
    assert SITE in found["网站地址"] and "下一步" not in run.out
    assert run.out.splitlines()[-1] == f"共 {len(found)} 项：全部就绪。"


def test_a_bad_date_is_refused_in_chinese(tmp_path: Path, honors: Any) -> None:
    run = honors("doctor", "--root", str(copy(tmp_path)), "--today", "4月1日")
    assert run.code == 2 and "2025-04-08 的形式" in run.err
