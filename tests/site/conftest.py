"""Site fixtures: the demo site built once per session, and copies of the repository to vary."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from sitetools import ROOT, BuiltSite, build, copy_repository, make_hostile, serve

from benchmarks import synth
from generator.load.campaign import load_repository
from generator.load.records import Repository


@pytest.fixture(scope="session")
def demo_repo() -> Repository:
    repo, result = load_repository(ROOT)
    assert not result.has_errors, "the demo data must be valid"
    return repo


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The shipped demo data, built the way `honors build` does."""
    return build(ROOT, tmp_path_factory.mktemp("demo") / "site")


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    copied: Path = copy_repository(tmp_path / "repo")
    return copied


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The demo data with script and raw HTML in a nomination's and a case's texts."""
    root = copy_repository(tmp_path_factory.mktemp("hostile") / "repo")
    make_hostile(root)
    return build(root, root / "site")


@pytest.fixture(scope="session")
def site_config() -> MkDocsConfig:
    """The project's mkdocs.yml, loaded (for its Markdown extensions)."""
    return load_config(str(ROOT / "mkdocs.yml"))


@pytest.fixture(scope="session")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic multi-year archive (benchmarks/synth.py), valid, a few hundred files."""
    root = tmp_path_factory.mktemp("archive")
    synth.generate(root, 400, years=3)
    return root


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where browser tests keep their screenshots: $HONORS_TEST_ARTIFACTS, else the pytest tmp."""
    configured = os.environ.get("HONORS_TEST_ARTIFACTS")
    if configured:
        path = Path(configured)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless (Playwright's own browsers cannot be downloaded here)."""
    from browsing import ARGS, CHROMIUM
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def demo_url(demo_site: BuiltSite) -> Iterator[str]:
    with serve(demo_site.path) as url:
        yield url
