"""`.github/CODEOWNERS` is generated from the registry and says what the D004 check enforces."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator.core.findings import Result
from generator.load.campaign import load_registry
from generator.models import Registry
from generator.pullrequest.owners import codeowners_text, owner_of, ownership_rules

from .github_codeowners import compile_pattern, owners_of, parse
from .helpers import ROOT


@pytest.fixture(scope="module")
def registry() -> Registry:
    loaded = load_registry(ROOT, Result())
    assert loaded is not None
    return loaded


# GitHub's documented examples, each line's comment in its documentation turned into paths.
DOC_EXAMPLE = """\
# These owners will be the default owners for everything in the repo.
*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/* docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
"""
DOC_CASES = [
    ("README.md", ("@global-owner1", "@global-owner2")),
    ("src/lib/app.js", ("@js-owner",)),  # a later match wins over `*`
    ("main.go", ("docs@example.com",)),
    ("notes/todo.txt", ("@octo-org/octocats",)),
    ("build/logs/app.log", ("@octocat",)),  # /build/logs/ matches, the later **/logs wins
    ("build/output.bin", ("@global-owner1", "@global-owner2")),
    ("deeply/nested/logs/a.md", ("@octocat",)),
    ("src/apps/x/y.rb", ("@octocat",)),  # apps/ at any depth
    ("docs/getting-started.md", ("@doctocat",)),
    ("scripts/deploy.sh", ("@doctocat", "@octocat")),
]
PATTERN_CASES = [
    ("*", "a/b/c.yaml", True),
    ("*.js", "app.jsx", False),
    ("/build/logs/", "build/logs/2024/a.log", True),
    ("/build/logs/", "src/build/logs/a.log", False),  # a leading slash anchors at the root
    ("docs/*", "docs/getting-started.md", True),
    ("docs/*", "docs/build-app/troubleshooting.md", False),  # `*` does not reach deeper
    ("docs/*", "src/docs/a.md", False),  # a slash in the middle anchors too
    ("apps/", "apps.js", False),
    ("/docs/", "docs/x/y.md", True),
    ("**/logs", "logs/a", True),
    ("**/logs", "mylogs/a", False),
    ("/apps/github", "apps/github/x.rb", True),  # a plain last name covers its directory
    ("/a/*/c/", "a/b/c/d.yaml", True),
    ("/a/*/c/", "a/b/b/c/d.yaml", False),  # `*` is one segment
    ("/a/**/c/", "a/b/b/c/d.yaml", True),  # `**` is any number
    ("/a/*/c/", "a/b/cc/d.yaml", False),
]


@pytest.mark.parametrize(("path", "owners"), DOC_CASES, ids=[c[0] for c in DOC_CASES])
def test_model_reads_githubs_example_file(path: str, owners: tuple[str, ...]) -> None:
    assert owners_of(parse(DOC_EXAMPLE), path) == owners


@pytest.mark.parametrize(("pattern", "path", "hit"), PATTERN_CASES,
                         ids=[f"{p} {q}" for p, q, _ in PATTERN_CASES])
def test_model_matches_as_github_documents(pattern: str, path: str, hit: bool) -> None:
    assert bool(compile_pattern(pattern).match(path)) is hit


def test_model_a_line_without_owners_leaves_the_path_unowned() -> None:
    unowned = parse("/apps/ @octocat\n/apps/github\n")
    assert owners_of(unowned, "apps/x.js") == ("@octocat",)
    assert owners_of(unowned, "apps/github/x.js") == ()
    reassigned = parse("/apps/ @octocat\n/apps/github @doctocat\n")
    assert owners_of(reassigned, "apps/github/x.js") == ("@doctocat",)
    assert owners_of(reassigned, "lib/x.js") is None


# The shipped registry's logins, spelled out: what GitHub must ask for these paths.
OFFICE = "@sxlib-office"
SHIPPED_CASES = [
    ("submissions/2024/cities/xian/individual-wang-lan.yaml", ("@xian-lib", OFFICE)),
    ("submissions/2024/cities/xianyang/collective-wuling.yaml", ("@xianyang-lib", OFFICE)),
    ("submissions/2023/cities/xian/individual-li-bo.yaml", (OFFICE,)),  # 2023 is closed: office only
    ("submissions/2023/groups/reading/special-shigu.yaml", (OFFICE,)),
    ("submissions/2031/cities/hancheng/photos/a.jpg", ("@hancheng-lib", OFFICE)),
    ("submissions/2024/groups/reading/special-qinling.yaml", ("@sxlib-reading", OFFICE)),
    ("submissions/2024/groups/tech/individual-wei-chen.yaml", ("@sxlib-tech", OFFICE)),
    ("submissions/registry.yaml", (OFFICE,)),
    ("submissions/2024/campaign.yaml", (OFFICE,)),
    ("submissions/2024/decisions.yaml", (OFFICE,)),
    ("submissions/2024/office/case-book-logistics-line.yaml", (OFFICE,)),
    ("submissions/2024/cities/summary.yaml", (OFFICE,)),
    ("submissions/2024/cities/not-a-city/x.yaml", (OFFICE,)),
    ("submissions/cities/xian/a.yaml", (OFFICE,)),  # no year folder: not the city's
    ("docs/index.md", (OFFICE,)),  # everything outside the own folders is the office's
    (".github/CODEOWNERS", (OFFICE,)),
    (".github/workflows/pull-request.yml", (OFFICE,)),
    ("generator/rules/quotas.py", (OFFICE,)),
    (".pre-commit-config.yaml", (OFFICE,)),
    ("pyproject.toml", (OFFICE,)),
]


@pytest.mark.parametrize(("path", "owners"), SHIPPED_CASES, ids=[c[0] for c in SHIPPED_CASES])
def test_committed_codeowners_asks_the_right_people(path: str, owners: tuple[str, ...] | None
                                                    ) -> None:
    committed = parse((ROOT / ".github/CODEOWNERS").read_text(encoding="utf-8"))
    assert owners_of(committed, path) == owners


def test_codeowners_asks_every_folders_editors_as_the_registry_lists_them() -> None:
    """Each city's and group's 账号 (read from the YAML, not the models) own its folder."""
    raw = YAML(typ="safe").load((ROOT / "submissions/registry.yaml").read_text(encoding="utf-8"))
    office = tuple(f"@{e}" for e in raw["联盟办"]["账号"])
    committed = parse((ROOT / ".github/CODEOWNERS").read_text(encoding="utf-8"))
    folders = [("cities", c) for c in raw["城市"]] + [("groups", g) for g in raw["工作组"]]
    assert len(folders) > 10
    for kind, entry in folders:
        path = f"submissions/2024/{kind}/{entry['代码']}/x.yaml"
        expected = tuple(dict.fromkeys([*(f"@{e}" for e in entry["账号"]), *office]))
        assert owners_of(committed, path) == expected, path


def test_codeowners_asks_the_owners_d004_allows(registry: Registry) -> None:
    """What GitHub asks (the model above) and what D004 enforces (owners.py) agree."""
    rules = ownership_rules(registry)
    office = registry.office.editors
    parsed = parse(codeowners_text(registry))
    for path, _ in SHIPPED_CASES:
        owner = owner_of(path, rules)
        asked = owners_of(parsed, path)
        if owner is None:
            assert asked is None, path
        else:
            assert asked == tuple(f"@{e}" for e in dict.fromkeys([*owner.editors, *office])), path


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
