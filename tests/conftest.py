"""Shared fixtures: the repository root, a writable copy of the demo data, tool markers."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import generator.site  # noqa: F401  (selects the site engine, HONORS_SITE_ENGINE, before any mkdocs import)

ROOT = Path(__file__).resolve().parents[1]
REQUIRE_TOOLS = "HONORS_REQUIRE_TOOLS"
# What each marker needs, looked up on PATH: one program from every tuple (alternatives),
# with the Debian package that provides it (.ci/run installs them).
TOOLS: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {
    "browser": ((("chromium",), "chromium"),),
    "libreoffice": ((("soffice", "libreoffice"), "libreoffice-writer-nogui"),
                    (("pdftoppm",), "poppler-utils")),
    "node": ((("node", "nodejs"), "nodejs"), (("npm",), "npm")),
    # The comment and deploy workflows' scripts use them, as GitHub's runners ship them.
    "runner_tools": ((("jq",), "jq"), (("rsync",), "rsync")),
}


def tools_required() -> bool:
    """CI sets HONORS_REQUIRE_TOOLS=1: a missing tool or any skip is then a failure."""
    return os.environ.get(REQUIRE_TOOLS, "") not in ("", "0")


def missing_tools(marker: str) -> list[str]:
    """The programs a marker needs that are not on PATH, each with its package."""
    return [f"{'/'.join(names)}（{package}）" for names, package in TOOLS.get(marker, ())
            if not any(shutil.which(name) for name in names)]


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip tests whose tool is missing, except in CI where .ci/run installed it.

    Runs before any fixture and any skipif of the test, so nothing can skip around it.
    """
    for marker in TOOLS:
        if not item.get_closest_marker(marker):
            continue
        missing = missing_tools(marker)
        if not missing:
            continue
        names = "、".join(missing)
        if tools_required():
            pytest.fail(f"缺少 {names}：{REQUIRE_TOOLS}=1 时标记为 {marker} 的测试必须运行，"
                        "不能跳过；请安装（见 .ci/run）。", pytrace=False)
        pytest.skip(f"未安装 {names}")


def _no_skip(report: pytest.TestReport | pytest.CollectReport) -> None:
    if tools_required() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"{REQUIRE_TOOLS}=1 时不允许跳过测试（{reason}）。"


# Under HONORS_REQUIRE_TOOLS=1 a skip fails, whether a test skips (skipif, pytest.skip in a
# fixture) or a whole module does (importorskip): CI must not pass by skipping.
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    _no_skip(outcome.get_result())  # type: ignore[attr-defined]


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Iterator[None]:
    outcome = yield
    _no_skip(outcome.get_result())  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture
def demo_copy(tmp_path: Path) -> Path:
    """A fresh copy of the shipped submissions/ in tmp_path (the repository root of the copy), its
    closed 2023 unsealed (no closed.yaml) so that a test may edit it: the shipped seal would turn
    each edit into D013. repo_root and sealed_demo_copy keep the seal."""
    shutil.copytree(ROOT / "submissions", tmp_path / "submissions")
    (tmp_path / "submissions/2023/closed.yaml").unlink(missing_ok=True)
    return tmp_path


@pytest.fixture
def sealed_demo_copy(tmp_path: Path) -> Path:
    """A fresh copy of the shipped submissions/, the closed 2023's seal (closed.yaml) kept."""
    shutil.copytree(ROOT / "submissions", tmp_path / "submissions")
    return tmp_path
