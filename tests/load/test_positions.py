"""Top-level positions from the line scan are the round-trip parser's, or the scan steps aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.positions import index_all, scan_top_level
from generator.load.yamlload import LoadError, load_text

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(p for p in [*(ROOT / "submissions").rglob("*.yaml"), *(ROOT / "tests" / "cases").rglob("*.yaml")]
               if p.is_file())


def _texts() -> list[tuple[str, str]]:
    found = []
    for path in FILES:
        try:
            found.append((path.relative_to(ROOT).as_posix(), path.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            continue
    return found


def test_the_scan_agrees_with_the_round_trip_parser_on_every_shipped_and_example_file() -> None:
    scanned = 0
    for rel, text in _texts():
        try:
            doc = load_text(rel, text)
        except LoadError:
            continue
        found = scan_top_level(doc.text, doc.top)
        if found is None:
            continue
        scanned += 1
        values, keys = index_all(doc.text)
        top = {loc for loc in keys if len(loc) == 1}
        assert set(found[1]) == top, rel
        assert {loc: found[0][loc] for loc in top} == {loc: values[loc] for loc in top}, rel
        assert {loc: found[1][loc] for loc in top} == {loc: keys[loc] for loc in top}, rel
    assert scanned > 500  # nearly every file is read by the scan


SAMPLE = "a: x\nb: |\n  text\nc:\n  d: 1\ne:\n- 1\nf:\ng: 'q'\nh: # c\n  i: 2\nk:   [1, 2]\nm: x # c\nn:\n\n  o: 1\n"


def test_values_written_below_their_key_start_where_the_parser_says() -> None:
    doc = load_text("x.yaml", SAMPLE)
    found = scan_top_level(doc.text, doc.top)
    assert found is not None
    values, _ = index_all(SAMPLE)
    assert found[0] == {loc: place for loc, place in values.items() if len(loc) == 1}
    assert found[0][("c",)] == (5, 3) and found[0][("f",)] == (9, 1) and found[0][("n",)] == (16, 3)
    assert doc.where(("c",)) == (5, 3) and doc.where(("c",), key=True) == (4, 1)
    assert doc.where(("c", "d")) == (5, 6)  # deeper: the round-trip parser
    assert doc.where(("nothing",)) == (1, 1)


@pytest.mark.parametrize("text", [
    '"a": 1\nb: 2\n',          # a quoted key: the scan does not unquote
    "a: [1,\n2]\nb: 3\n",      # a flow sequence continued at the line start
    "a: 1\n---\n",             # a document marker
    "a:\n",                    # a value written nowhere
    "0x10: a\n",               # a key YAML reads as a number
])
def test_the_scan_steps_aside_where_it_could_be_wrong(text: str) -> None:
    try:
        doc = load_text("x.yaml", text)
    except LoadError:
        return
    assert scan_top_level(doc.text, doc.top) is None
    values, keys = index_all(text)
    for loc, place in keys.items():
        assert doc.where(loc, key=True) == place
        assert doc.where(loc) == values[loc]
