"""`.github/CODEOWNERS` is generated from the registry and says what the D004 check enforces."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.campaign import load_registry
from generator.findings import Result
from generator.models import Registry
from generator.owners import codeowners_text, matches, owner_of, ownership_rules

from .helpers import ROOT


@pytest.fixture(scope="module")
def registry() -> Registry:
    loaded = load_registry(ROOT, Result())
    assert loaded is not None
    return loaded


def parse_codeowners(text: str) -> list[tuple[str, list[str]]]:
    rules = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, *names = line.split()
            rules.append((pattern, [n.removeprefix("@") for n in names]))
    return rules


def codeowners_for(rules: list[tuple[str, list[str]]], path: str) -> list[str] | None:
    """GitHub's reading of CODEOWNERS: the last matching line wins."""
    found = None
    for pattern, names in rules:
        if matches(pattern, path):
            found = names
    return found


def test_committed_codeowners_is_in_sync(honors: Any, registry: Registry) -> None:
    committed = (ROOT / ".github/CODEOWNERS").read_text(encoding="utf-8")
    assert committed == codeowners_text(registry)
    run = honors("owners", "codeowners", "--check", "--root", str(ROOT))
    assert run.code == 0, run.err


def test_codeowners_asks_the_owners_d004_allows(registry: Registry) -> None:
    rules = ownership_rules(registry)
    office = registry.office.editors
    parsed = parse_codeowners(codeowners_text(registry))
    samples = [f"submissions/2024/cities/{c.code}/collective-a.yaml" for c in registry.cities]
    samples += [f"submissions/2031/groups/{g.code}/special-a.yaml" for g in registry.groups]
    samples += ["submissions/registry.yaml", "submissions/2024/decisions.yaml",
                "submissions/2024/campaign.yaml", "submissions/2024/office/case-a.yaml",
                "submissions/2024/cities/not-a-city/x.yaml"]
    for path in samples:
        owner = owner_of(path, rules)
        assert owner is not None
        assert codeowners_for(parsed, path) == list(dict.fromkeys([*owner.editors, *office]))
    xian = registry.cities[0]
    city_owner = owner_of(f"submissions/2024/cities/{xian.code}/a.yaml", rules)
    office_file = owner_of("submissions/2024/decisions.yaml", rules)
    assert city_owner is not None and city_owner.code == xian.code
    assert office_file is not None and office_file.kind == "office"
    assert owner_of("docs/index.md", rules) is None
    assert codeowners_for(parsed, "docs/index.md") is None


def test_check_fails_when_the_registry_changed(honors: Any, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "submissions", tmp_path / "submissions")
    (tmp_path / ".github").mkdir()
    shutil.copy(ROOT / ".github/CODEOWNERS", tmp_path / ".github/CODEOWNERS")
    registry = tmp_path / "submissions/registry.yaml"
    loaded = load_registry(tmp_path, Result())
    assert loaded is not None
    old = loaded.cities[0].editors[0]
    registry.write_text(registry.read_text(encoding="utf-8").replace(f"- {old}\n", "- new-login\n"),
                        encoding="utf-8")

    stale = honors("owners", "codeowners", "--check", "--root", str(tmp_path))
    assert stale.code == 1
    assert "不一致" in stale.err and "honors owners codeowners" in stale.err

    written = honors("owners", "codeowners", "--root", str(tmp_path))
    assert written.code == 0
    text = (tmp_path / ".github/CODEOWNERS").read_text(encoding="utf-8")
    assert f"/cities/{loaded.cities[0].code}/ @new-login " in text
    assert f"@{old} " not in text
    assert honors("owners", "codeowners", "--check", "--root", str(tmp_path)).code == 0


def test_invalid_login_in_the_registry_is_refused(honors: Any, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "submissions", tmp_path / "submissions")
    registry = tmp_path / "submissions/registry.yaml"
    office = load_registry(tmp_path, Result()).office.editors[0]  # type: ignore[union-attr]
    registry.write_text(
        registry.read_text(encoding="utf-8").replace(f"- {office}\n", f"- {office}\n    - 张 三\n", 1),
        encoding="utf-8")

    run = honors("owners", "codeowners", "--root", str(tmp_path))

    assert run.code == 2
    assert "张 三" in run.err
    assert not (tmp_path / ".github/CODEOWNERS").exists()
