"""Stamped scans stay the office's: `honors privacy site` finds a scan copied into the site (a real
MkDocs build of data holding scans copies none), `honors privacy repo` and `honors doctor` refuse
them in a repository others can see."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from scanfiles import jpeg_bytes, pdf_bytes

from generator.guard.doctor import diagnose
from generator.guard.scans import stamped_scans
from generator.site.build import build_site

SCAN = "submissions/2024/cities/xian/stamped/individual-wang-lan.pdf"
GROUP_SCAN = "submissions/2024/groups/reading/stamped/case-qinling-seasons-1.jpg"


def add_scans(root: Path) -> None:
    for rel, data in ((SCAN, pdf_bytes("wang lan")), (GROUP_SCAN, jpeg_bytes())):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo data with two scans, and the site built from it."""
    root = tmp_path_factory.mktemp("scans")
    for part in ("submissions", "docs", "mkdocs.yml", "pyproject.toml"):
        source = Path(__file__).resolve().parents[2] / part
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / part)
    add_scans(root)
    site = root / "site"
    build_site(root, site)
    return root, site


def test_scans_are_found_in_every_nominating_folder(demo_copy: Path) -> None:
    add_scans(demo_copy)
    (demo_copy / "submissions/2024/office/stamped").mkdir()
    (demo_copy / "submissions/2024/office/stamped/collective-xian.pdf").write_bytes(pdf_bytes())
    found = [p.relative_to(demo_copy).as_posix() for p in stamped_scans(demo_copy)]
    assert found == sorted([SCAN, GROUP_SCAN, "submissions/2024/office/stamped/collective-xian.pdf"])


def test_the_built_site_holds_no_scan(built: tuple[Path, Path], honors: Any) -> None:
    root, site = built
    run = honors("privacy", "site", str(site), "--root", str(root))
    assert run.code == 0, run.out + run.err
    assert "隐私检查通过" in run.out


def test_a_scan_copied_into_the_site_is_a_leak(built: tuple[Path, Path], honors: Any, tmp_path: Path) -> None:
    root, site = built
    copy = tmp_path / "site"
    (copy / "assets").mkdir(parents=True)
    shutil.copy(site / "index.html", copy / "index.html")
    shutil.copy(root / SCAN, copy / "assets/a.pdf")  # renamed: found by its content
    (copy / "2024/stamped").mkdir(parents=True)
    (copy / "2024/stamped/other.pdf").write_bytes(pdf_bytes("another"))  # found by its folder

    run = honors("privacy", "site", str(copy), "--root", str(root))

    assert run.code == 1
    assert f"assets/a.pdf：含有盖章扫描件（来自 {SCAN}）" in run.out
    assert "2024/stamped/other.pdf：含有盖章扫描件（来自 stamped/ 文件夹）" in run.out
    assert "index.html" not in run.out


def _event(tmp_path: Path, private: bool) -> Path:
    path = tmp_path / "event.json"
    path.write_text(json.dumps({"action": "opened", "pull_request": {"number": 1},
                                "repository": {"full_name": "sxlib/honors", "private": private,
                                               "visibility": "private" if private else "public"}}),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("private", "code"), [(False, 1), (True, 0)], ids=["public", "private"])
def test_scans_in_a_demo_repository_only_when_private(
        demo_copy: Path, tmp_path: Path, honors: Any, monkeypatch: pytest.MonkeyPatch,
        private: bool, code: int) -> None:
    add_scans(demo_copy)
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(_event(tmp_path, private)))

    run = honors("privacy", "repo", "--root", str(demo_copy))

    assert run.code == code, run.out + run.err
    if code:
        assert "2 份盖章扫描件" in run.err and "印章" in run.err and "stamped/" in run.err


def test_a_public_demo_without_scans_stays_allowed(
        demo_copy: Path, tmp_path: Path, honors: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(_event(tmp_path, False)))
    assert honors("privacy", "repo", "--root", str(demo_copy)).code == 0


def test_real_data_in_public_names_its_scans(
        demo_copy: Path, tmp_path: Path, honors: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    add_scans(demo_copy)
    registry = demo_copy / "submissions/registry.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("演示数据: 是", "演示数据: 否"),
                        encoding="utf-8")
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(_event(tmp_path, False)))

    run = honors("privacy", "repo", "--root", str(demo_copy))

    assert run.code == 1
    assert "和 2 份盖章扫描件上推荐单位的印章" in run.err


def test_scans_with_unknown_visibility_cannot_be_judged(demo_copy: Path, honors: Any) -> None:
    add_scans(demo_copy)
    run = honors("privacy", "repo", "--root", str(demo_copy))
    assert run.code == 2
    assert "2 份盖章扫描件" in run.err and "HONORS_REPO_VISIBILITY" in run.err


def test_doctor_reminds_of_scans_when_it_cannot_see_the_visibility(demo_copy: Path) -> None:
    add_scans(demo_copy)
    check = next(c for c in diagnose(demo_copy, date(2025, 4, 1), env={}) if c.title == "仓库可见性")
    assert check.ok is None
    assert "2 份盖章扫描件" in check.detail


def test_doctor_fails_scans_in_a_public_repository(demo_copy: Path) -> None:
    add_scans(demo_copy)
    env = {"HONORS_REPO_VISIBILITY": "public"}
    check = next(c for c in diagnose(demo_copy, date(2025, 4, 1), env=env) if c.title == "仓库可见性")
    assert check.ok is False
    assert "2 份盖章扫描件" in check.detail and "stamped/" in check.next_step
