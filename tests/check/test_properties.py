"""Property tests: whatever a file holds, the loader and the validator answer with findings
or success, never with an exception; every finding has a code, a Chinese message and a hint.

Profiles: `dev` (default, ~2,000 inputs, ~15 s) and `ci` (11,800 inputs, ~60 s on 2 cores).
The ci profile is chosen by HONORS_FUZZ_PROFILE=ci, or when CI or HONORS_REQUIRE_TOOLS is
set (GitHub Actions sets CI; .ci/run sets HONORS_REQUIRE_TOOLS).
The number of inputs tried is printed at the end of the session."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.check.codes import CODES
from generator.check.validate import validate_repository
from generator.core.findings import Finding, Result
from generator.load.yamlload import Document, LoadError, load_file, load_text

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "submissions"

PROFILE = os.environ.get("HONORS_FUZZ_PROFILE") or (
    "ci" if os.environ.get("CI") or os.environ.get("HONORS_REQUIRE_TOOLS") else "dev"
)
# Examples per test: (dev, ci). The ci column sums to 11,800.
EXAMPLES = {
    "bytes": (500, 3000),
    "encoded": (200, 1000),
    "text": (500, 3000),
    "lines": (300, 1500),
    "mutation": (300, 2000),
    "value": (100, 800),
}
BASE = settings(
    deadline=None,
    derandomize=True,  # the same inputs on every run: a CI failure reproduces locally
    database=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)
TRIED: Counter[str] = Counter()


def _settings(name: str) -> settings:
    dev, ci = EXAMPLES[name]
    return settings(BASE, max_examples=ci if PROFILE == "ci" else dev)


@pytest.fixture(scope="module", autouse=True)
def _report_count(request: pytest.FixtureRequest) -> Iterator[None]:
    """Print how many inputs were tried (shown with or without -s)."""
    yield
    total = sum(TRIED.values())
    detail = ", ".join(f"{k} {v}" for k, v in sorted(TRIED.items()))
    plugins = request.config.pluginmanager
    reporter = plugins.get_plugin("terminalreporter")
    capture = plugins.get_plugin("capturemanager")
    line = f"fuzzing ({PROFILE}): {total} inputs tried [{detail}]"
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line("")
            reporter.write_line(line)
    if PROFILE == "ci" and set(TRIED) == set(EXAMPLES):
        assert total >= 10_000, line  # the promise on the reliability page


# ---------------------------------------------------------------- what a good answer is

def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


# Commands (honors …, git checkout …) are not prose.
QUOTED = re.compile(r"「[^」]*」|“[^”]*”|\"[^\"]*\"|'[^']*'|(?:honors|git) [^，。；）]*")


def _english(text: str) -> list[str]:
    """English prose outside quoted user values: a sign of an untranslated message."""
    return re.findall(r"[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}", QUOTED.sub("", text))


def _check_finding(f: Finding, rel: str | None = None) -> None:
    assert f.code in CODES, f
    assert f.severity in ("error", "warning"), f
    assert _is_chinese(f.message) and f.hint and _is_chinese(f.hint), f
    assert not _english(f.message) and not _english(f.hint), f
    assert f.line is None or f.line >= 1, f
    assert f.column is None or f.column >= 1, f
    if rel is not None:
        assert f.file == rel, f


def _check_load(outcome: Document | LoadError, rel: str) -> None:
    if isinstance(outcome, LoadError):
        assert outcome.finding.code in ("F001", "F002", "F003", "F004", "S003"), outcome.finding
        _check_finding(outcome.finding, rel)
    else:
        assert isinstance(outcome.data, dict)
        # Positions never fail on a loaded document.
        for key in outcome.data:
            line, col = outcome.where((str(key),))
            assert line >= 1 and col >= 1


def _load_bytes(data: bytes) -> Document | LoadError:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.yaml"
        path.write_bytes(data)
        try:
            return load_file(path, "a.yaml")
        except LoadError as err:
            return err


def _load_text(text: str) -> Document | LoadError:
    try:
        return load_text("a.yaml", text)
    except LoadError as err:
        return err


# ---------------------------------------------------------------- strategies

DEMO_FILES = sorted(p for p in DEMO.rglob("*.yaml"))
DEMO_TEXTS = [p.read_text(encoding="utf-8") for p in DEMO_FILES]
# Characters that mean something to YAML or that librarians type by accident.
TRICKY = list(":-#&*!|>'\"%@`{}[],?~\t\n\r \u3000：，、０１２３４５６７８９－\ufeff\x85\u2028\x00\x07\\")
SCALARS = [
    "", "~", "null", "Null", "true", "yes", "no", "on", "是", "否", "0", "-1", "016", "0x1F", "0o17",
    "1_000", "1e400", "-.inf", ".nan", "99999999999999999999999", "3.5", "2024-02-30", "2024-13-01",
    "2024-01-01 25:61:61", "2024-05-01", "2024-05", "2024-05-01T10:00:00+08:00", "12:30:00", "[]",
    "{}", "[1, [2, [3]]]", "{a: {b: c}}", '""', "''", "|", ">-", "- x", "? x", "&a x", "*a", "!!str x",
    "!!binary aGk=", "!foo x", "!!python/object:os.system x", "\"\\u0000\"", "\"\\x85\"", "x" * 3000,
    "字" * 600, "<script>alert(1)</script>", "[x](javascript:alert(1))", "../../etc/passwd",
    "０２９－８５４２１９７９", "３５", "029-85421979", "13800000000", "男", "女", "大学本科", "１",
]
PIECES = [
    *SCALARS, "推荐奖项", "姓名", "年龄", "性别", "单位", "主要事迹", "配图", "评选条件", "联系电话",
    "加盟时间", "联盟工作先进个人", "联盟工作先进集体", "联盟优秀服务案例", "联盟专项工作先进集体",
    ": ", ":", "\n", "\n  ", "\n- ", "  ", "#", "\t", "\r\n", "：",
]

yaml_chars = st.one_of(st.sampled_from(TRICKY), st.characters(codec="utf-8"))
yaml_text = st.one_of(
    st.text(alphabet=yaml_chars, max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
)


@st.composite
def encoded_demo(draw: st.DrawFn) -> bytes:
    """A demo file as Windows tools save it: another encoding, a BOM, CRLF, cut short."""
    text = draw(st.sampled_from(DEMO_TEXTS))
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "big5", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(data)))
        data = data[:cut]
    return data


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """Apply a few edits a careless hand (or a hostile one) could make."""
    for _ in range(draw(st.integers(1, 4))):
        lines = text.split("\n")
        op = draw(st.sampled_from(["insert", "delete", "replace", "swap", "indent", "value", "dup"]))
        pos = draw(st.integers(0, len(text)))
        if op == "insert":
            text = text[:pos] + draw(yaml_text) + text[pos:]
        elif op == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 40)):]
        elif op == "replace":
            text = text[:pos] + draw(st.sampled_from(TRICKY)) + text[pos + 1:]
        elif op == "swap" and len(lines) > 1:
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
        elif op == "indent":
            i = draw(st.integers(0, len(lines) - 1))
            lines[i] = draw(st.sampled_from(["", " ", "  ", "    ", "\t", "\u3000"])) + lines[i].lstrip(" ")
            text = "\n".join(lines)
        elif op == "value":
            keyed = [i for i, line in enumerate(lines) if re.match(r"^\s*[^#\s][^:]*: ", line)]
            if keyed:
                i = draw(st.sampled_from(keyed))
                key = lines[i].split(": ", 1)[0]
                lines[i] = f"{key}: {draw(st.sampled_from(SCALARS))}"
                text = "\n".join(lines)
        elif op == "dup" and lines:
            i = draw(st.integers(0, len(lines) - 1))
            lines.insert(i, lines[i])
            text = "\n".join(lines)
    return text


# ---------------------------------------------------------------- loader properties

@_settings("bytes")
@given(st.binary(max_size=2048))
def test_any_bytes_load_or_give_a_finding(data: bytes) -> None:
    TRIED["bytes"] += 1
    _check_load(_load_bytes(data), "a.yaml")


@_settings("encoded")
@given(encoded_demo())
def test_demo_files_in_any_encoding_load_or_give_a_finding(data: bytes) -> None:
    TRIED["encoded"] += 1
    outcome = _load_bytes(data)
    _check_load(outcome, "a.yaml")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        assert isinstance(outcome, LoadError) and outcome.finding.code == "F001"


@_settings("text")
@given(yaml_text)
# Crashes the fuzzer found, kept as regressions.
@example("a: 2024-02-30\n")  # impossible date: ValueError in the constructor
@example("a: 2024-01-01 25:61:61\n")
@example("a: " + "1" * 5000 + "\n")  # int() refuses more than 4,300 digits
@example("[0,[0,[]]]:")  # a list inside a key: unhashable
@example("!\x1f")  # a control character met by the token scan
@example("a: x\n\x07b: 2\n")
def test_any_text_loads_or_gives_a_finding(text: str) -> None:
    TRIED["text"] += 1
    _check_load(_load_text(text), "a.yaml")


@_settings("lines")
@given(st.sampled_from(DEMO_TEXTS).flatmap(mutated))
def test_mutated_demo_text_loads_or_gives_a_finding(text: str) -> None:
    TRIED["lines"] += 1
    _check_load(_load_text(text), "a.yaml")


# ---------------------------------------------------------------- validator properties

class MiniRepos:
    """Per demo file, a small repository: registry, campaign and the file's own folder.

    A whole-demo validation takes ~0.1 s; the folder alone keeps the cross-file rules
    (quotas, duplicates, summary) in play at a fraction of the cost."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.roots: dict[Path, Path] = {}

    def root_for(self, demo_file: Path) -> Path:
        if demo_file not in self.roots:
            root = self.base / f"r{len(self.roots)}"
            rel = demo_file.relative_to(DEMO)
            year = rel.parts[0] if len(rel.parts) > 1 else "2024"
            for keep in ("registry.yaml", f"{year}/campaign.yaml"):
                (root / "submissions" / keep).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(DEMO / keep, root / "submissions" / keep)
            if len(rel.parts) > 2:
                shutil.copytree(demo_file.parent, root / "submissions" / rel.parent, dirs_exist_ok=True)
            else:  # the registry, a campaign or decisions file: the xian folder as company
                (root / "submissions" / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(demo_file, root / "submissions" / rel)
                xian = f"{year}/cities/xian"
                shutil.copytree(DEMO / xian, root / "submissions" / xian, dirs_exist_ok=True)
            self.roots[demo_file] = root
        return self.roots[demo_file]


@pytest.fixture(scope="module")
def mini_repos(tmp_path_factory: pytest.TempPathFactory) -> MiniRepos:
    return MiniRepos(tmp_path_factory.mktemp("mini"))


def _validate_with(mini_repos: MiniRepos, demo_file: Path, data: bytes) -> Result:
    root = mini_repos.root_for(demo_file)
    target = root / "submissions" / demo_file.relative_to(DEMO)
    original = target.read_bytes()
    target.write_bytes(data)
    try:
        _repo, result = validate_repository(root)
    finally:
        target.write_bytes(original)
    assert isinstance(result, Result)
    for f in result.findings:
        _check_finding(f)
        assert not f.file.startswith("/") and ".." not in f.file.split("/"), f
    return result


@_settings("mutation")
@given(st.data())
def test_mutated_demo_files_validate_without_raising(mini_repos: MiniRepos, data: st.DataObject) -> None:
    TRIED["mutation"] += 1
    index = data.draw(st.integers(0, len(DEMO_FILES) - 1), label="file")
    text = data.draw(mutated(DEMO_TEXTS[index]), label="text")
    _validate_with(mini_repos, DEMO_FILES[index], text.encode("utf-8", errors="surrogatepass"))


@_settings("value")
@given(st.data())
def test_any_value_in_any_field_validates_without_raising(mini_repos: MiniRepos, data: st.DataObject) -> None:
    TRIED["value"] += 1
    # Nominations: files in a city's, group's or office's folder, not a group's 业务数据 (data/).
    nominations = [i for i, p in enumerate(DEMO_FILES)
                   if len(p.relative_to(DEMO).parts) > 3 and "data" not in p.relative_to(DEMO).parts]
    index = data.draw(st.sampled_from(nominations), label="file")
    lines = DEMO_TEXTS[index].split("\n")
    keyed = [i for i, line in enumerate(lines) if re.match(r"^[^#\s][^:]*: ", line)]
    i = data.draw(st.sampled_from(keyed), label="line")
    value = data.draw(st.one_of(st.sampled_from(SCALARS), yaml_text.map(lambda t: '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"')), label="value")
    lines[i] = lines[i].split(": ", 1)[0] + ": " + value.replace("\n", " ")
    result = _validate_with(mini_repos, DEMO_FILES[index], "\n".join(lines).encode("utf-8", errors="surrogatepass"))
    assert result.files_checked >= 3  # registry, campaign, the file
