"""The checks stay linear: doubling the input at most ~doubles the work, counted, not timed.

The work is counted per function with sys.settrace: the lines our own code executes
(generator/, templates included), and the calls (generator steps included) of library
functions, e.g. a Jinja filter scanning a list. A loop over all cities for each city, or
over all nominations for each nomination, makes one function's count grow about fourfold
when the input doubles, however small its share of the total.
"""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

import pytest

from generator.check.validate import validate_repository
from generator.core.findings import Result

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = str(ROOT / "generator")
SMALL, YEARS = 500, 1
GROWTH = 2.5  # linear is 2 (a little less: part of the work does not grow)
NOISE = 200  # lines: functions doing less than this at the larger size are not judged


def _synth(root: Path, files: int) -> Path:
    subprocess.run(
        [sys.executable, "-m", "benchmarks.synth", "--files", str(files), "--years", str(YEARS),
         "--out", str(root)],
        cwd=ROOT, check=True, capture_output=True, timeout=300,
    )
    return root


def _lines_per_function(work: Callable[[], Any]) -> Counter[CodeType]:
    counts: Counter[CodeType] = Counter()

    def local(frame: FrameType, event: str, arg: object) -> Any:
        if event == "line":
            counts[frame.f_code] += 1
        return local

    def enter(frame: FrameType, event: str, arg: object) -> Any:
        if frame.f_code.co_filename.startswith(GENERATOR):
            return local
        counts[frame.f_code] += 1  # a library function: its calls are its work
        return None

    previous = sys.gettrace()
    sys.settrace(enter)
    try:
        work()
    finally:
        sys.settrace(previous)
    return counts


def _name(code: CodeType) -> str:
    path = Path(code.co_filename)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    return f"{shown}:{code.co_firstlineno} {code.co_name}"


@pytest.fixture(scope="module")
def campaigns(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("scaling")
    return _synth(base / "small", SMALL), _synth(base / "large", 2 * SMALL)


def _validate(root: Path) -> Result:
    return validate_repository(root)[1]


def test_synthetic_campaigns_are_valid_and_of_the_asked_size(campaigns: tuple[Path, Path]) -> None:
    for root, files in zip(campaigns, (SMALL, 2 * SMALL), strict=True):
        result = _validate(root)
        assert result.files_checked == files
        assert result.errors == []
        # About 1 % of individuals are directors with a reason: warnings, never errors.
        assert {f.code for f in result.warnings} <= {"E004"}


def test_synthetic_generation_is_deterministic(tmp_path: Path) -> None:
    a = _synth(tmp_path / "a", 120)
    b = _synth(tmp_path / "b", 120)
    files_a = sorted(p.relative_to(a) for p in a.rglob("*.yaml"))
    assert files_a == sorted(p.relative_to(b) for p in b.rglob("*.yaml"))
    assert all((a / p).read_bytes() == (b / p).read_bytes() for p in files_a)


def _assert_linear(work: Callable[[Path], object], campaigns: tuple[Path, Path], what: str) -> None:
    """Doubling the input may not more than GROWTH-fold the work, in total or in any function."""
    small, large = campaigns
    before = _lines_per_function(lambda: work(small))
    after = _lines_per_function(lambda: work(large))
    total = sum(after.values()) / sum(before.values())
    assert total <= GROWTH, f"{what} did {total:.2f}x the work for 2x the files"
    superlinear = {
        _name(code): f"{before[code]} -> {count} lines or calls"
        for code, count in after.items()
        if count > NOISE and count > GROWTH * before[code]
    }
    assert superlinear == {}, "work grows faster than the input (an all-pairs loop?)"


def test_validation_work_grows_linearly(campaigns: tuple[Path, Path]) -> None:
    _assert_linear(_validate, campaigns, "validation")


def test_the_counter_sees_an_all_pairs_loop(campaigns: tuple[Path, Path]) -> None:
    """The measure itself: a scan of all cities made once per city (quadratic) is caught."""
    from generator.load.campaign import load_repository
    from generator.rules.context import Libraries

    def scan_per_city(root: Path) -> None:
        repo, _ = load_repository(root)
        assert repo.registry is not None
        for city in repo.registry.cities:
            # The whole registry indexed again for every city: an all-pairs loop.
            assert Libraries.of(repo.registry).city_of(city.committee_library) == city.code

    small, large = campaigns
    before = _lines_per_function(lambda: scan_per_city(small))
    after = _lines_per_function(lambda: scan_per_city(large))
    grew = {_name(c): after[c] / before[c] for c in after if before[c] and after[c] > NOISE}
    assert max(grew.values()) > GROWTH


def test_site_rendering_work_grows_linearly(campaigns: tuple[Path, Path]) -> None:
    """The plugin's part of the site build (load, check, render and compile every page, and
    index the compiled pages for search), counted the same way."""
    from generator.site.fastpath.storedpages import PageStore
    from generator.site.pages import Renderer
    from generator.site.searchindex import SearchIndex

    def render(root: Path) -> None:
        repo, result = validate_repository(root)
        assert not result.has_errors
        store = PageStore("honorsrawx", lambda text: text)  # heading ids as they are
        index = SearchIndex()
        try:
            Renderer(root, True, store.add).render(repo)
            assert store.pages and all(p.html for p in store.pages.values()
                                       if "/cities/" in p.src and "/index.md" not in p.src)
            for page in store.pages.values():
                if page.html is not None:
                    index.add(page.src, page.src, store.spool.get(page.html), page.meta)
            assert index.count > len(store.pages) / 2
        finally:
            index.close()
            store.close()

    _assert_linear(render, campaigns, "rendering")
