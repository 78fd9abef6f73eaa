"""The site engine: MkDocs by default, ProperDocs (the maintained MkDocs 1.x fork) when asked.

CI runs tests/site twice: in the test environment (MkDocs) and with `make properdocs-test`
(ProperDocs only, HONORS_SITE_ENGINE=properdocs); this file checks each run really used its engine.
"""

from __future__ import annotations

import re
import sys

import pytest
from sitetools import BuiltSite

from generator.core.errors import UserError
from generator.site import engine

GENERATOR = re.compile(r'<meta name="generator" content="([^"]+)"')


def test_the_demo_site_is_built_by_the_engine_asked_for(demo_site: BuiltSite) -> None:
    html = (demo_site.path / "index.html").read_text(encoding="utf-8")
    found = GENERATOR.search(html)
    assert found is not None
    if engine.requested() == "properdocs":
        assert engine.IN_USE == "properdocs"
        assert "ProperDocs" in found.group(1) and "mkdocs-material" in found.group(1)
        assert sys.modules["mkdocs"] is sys.modules["properdocs"]  # every mkdocs import resolved to it
    else:
        assert engine.IN_USE == "mkdocs"
        assert found.group(1).startswith("mkdocs-1.") and "ProperDocs" not in found.group(1)


def test_an_unknown_engine_is_refused_in_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(engine.VARIABLE, "zensical")
    with pytest.raises(UserError) as err:
        engine.check()
    assert "zensical" in err.value.message and "properdocs" in err.value.hint


def test_properdocs_asked_for_but_missing_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(engine.VARIABLE, "ProperDocs ")
    monkeypatch.setattr(engine, "_installed", lambda name: name != "properdocs")
    with pytest.raises(UserError) as err:
        engine.check()
    assert "没有安装 ProperDocs" in err.value.message and "pip install properdocs" in err.value.hint


def test_mkdocs_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(engine.VARIABLE, raising=False)
    assert engine.requested() == "mkdocs"
    engine.check()  # no error: MkDocs needs nothing more
