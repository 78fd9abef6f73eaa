"""The loader reads every file as ruamel's own C safe loader does, or raises what it raises."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError

from generator.load import safeload
from generator.load.safeload import ruamel_load, safe_load
from generator.load.yamlload import SUSPECT

ROOT = Path(__file__).resolve().parents[2]
ALL_FILES = sorted(p for p in [*(ROOT / "submissions").rglob("*.yaml"), *(ROOT / "tests" / "cases").rglob("*.yaml")]
                   if p.is_file())


def _plain_utf8(path: Path) -> bool:
    """A UTF-8 file without anchors, tags or merge keys: the files the fast path reads itself
    (encoding cases are refused before; the loader's token guard reads the others first)."""
    try:
        return not SUSPECT.search(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return False


# Chosen when collected, not skipped when run: CI allows no skipped test.
FILES = [p for p in ALL_FILES if _plain_utf8(p)]


def _ruamel(text: str) -> Any:
    yaml = YAML(typ="safe", pure=False)
    yaml.allow_duplicate_keys = False
    return yaml.load(text)


def _outcome(load: Any, text: str) -> str:
    """What a loader makes of text: the data's repr (nan != nan, 1 == True), or the error."""
    try:
        return "data " + repr(load(text))
    except Exception as err:  # every error, compared by type and words
        return f"error {type(err).__name__}: {err}"


def test_the_fast_path_reads_the_usual_file_without_ruamels_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(text: str) -> Any:
        raise AssertionError("fell back to ruamel's loader")

    monkeypatch.setattr(safeload, "ruamel_load", refuse)
    assert safe_load("姓名: 张三\n年龄: 45\n获奖:\n  - 2020-05-01\n  - {年度: 2021, 是否: true}\n") == {
        "姓名": "张三", "年龄": 45, "获奖": [_ruamel("2020-05-01"), {"年度": 2021, "是否": True}],
    }


def test_the_compared_files_are_most_of_them() -> None:
    """The filter leaves out only the encoding and anchor/tag cases, not the shipped data."""
    assert len(FILES) > 0.8 * len(ALL_FILES)
    assert all(p in FILES for p in ALL_FILES if p.is_relative_to(ROOT / "submissions"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_shipped_and_example_file_reads_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _outcome(safe_load, text) == _outcome(_ruamel, text) == _outcome(ruamel_load, text)


CASES = [
    "a: 2016.10\nb: 010\nc: 0o10\nd: 1e3\ne: 2024-05-01\nf: 2024-05-01 10:00:00\ng: 0x1F\nh: 1_000\n",
    "a: yes\nb: no\nc: on\nd: true\ne: ~\nf: null\ng: .nan\nh: -.inf\ni: True\nj: NULL\nk:\n",
    "%YAML 1.1\n---\na: yes\nb: 010\n",
    "- 1\n- [2, {x: 3}]\n- 'q'\n- \"w\\u200b\"\n- |\n  block\n- >-\n  folded\n  text\n",
    "", "# only a comment\n", "---\n", "just text\n", "42\n", "[]\n", "{}\n",
    "姓名: 张三\n事迹: |\n  第一行\n  第二行\n",
    "2024: year\n1.5: half\nnull: none\ntrue: yes\n",
    "a: 1\n---\nb: 2\n",
    "a: &x 1\nb: *x\n", "a: *x\n", "<<: {a: 1}\n", "a: !!str 1\n", "a: !custom 1\n",
    "a: 1\na: 2\n", "? [1, 2]\n: x\n", "{[1]: x}\n", "a: 2024-02-30\n", "a: " + "9" * 5000 + "\n",
    "a: b: c\n", "a: [1, 2\n", "a:\n\t- 1\n", "a: 'unclosed\n", "=: x\n", "a: =\n",
    "[" * 30 + "]" * 30 + "\n",
]


@pytest.mark.parametrize("text", CASES)
def test_values_and_errors_are_ruamels(text: str) -> None:
    assert _outcome(safe_load, text) == _outcome(_ruamel, text)


def test_a_duplicate_key_is_refused_with_its_place() -> None:
    with pytest.raises(DuplicateKeyError) as err:
        safe_load("姓名: 张三\n年龄: 30\n姓名: 李四\n")
    assert err.value.problem_mark is not None and err.value.problem_mark.line == 2


def test_a_syntax_error_is_ruamels_marked_error() -> None:
    with pytest.raises(MarkedYAMLError) as err:
        safe_load("a: b: c\n")
    assert err.value.problem_mark is not None and err.value.problem_mark.line == 0


PIECES = st.sampled_from([
    "a", "姓名", "b", "- ", "  ", "    ", ": ", ":", "\n", "'", '"', "[", "]", "{", "}", ", ", "#", " #",
    "|", ">", "-", "?", "&x", "*x", "!", "%", "<<", "=", "~", "null", "true", "yes", "1", "010", "0x1",
    "1.5", ".inf", ".nan", "2024-05-01", "2024-13-01", "1e3", "\t", "---", "...", "\u200b", "\\u200b",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_any_text_reads_as_ruamel_reads_it(text: str) -> None:
    assert _outcome(safe_load, text) == _outcome(_ruamel, text)
