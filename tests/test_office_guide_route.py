"""The office guide's route, walked as the guide writes it: from the end of the nominations through
the 公示 and the 表彰 to `honors close`.

The route is the 「全部命令与输出」 section of docs/office/forms.md: numbered steps, each with
console blocks (`$ honors …` and the output shown). The test runs every command in that order on
a copy of the demo, with the file edits the step's prose asks for, and checks that
- every line of output the guide shows is what the command prints (「……」 stands for the rest);
- every command of the route but `honors validate` ends with its next step, and the commands
  that next step names are the ones the guide lists next, in that order (after `honors close`:
  the order of docs/office/newyear.md, where the route goes on).
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs/office/forms.md"
NEW_YEAR = ROOT / "docs/office/newyear.md"
SECTION = "### 全部命令与输出"
YEAR = "2024"
COMMAND = re.compile(r"honors (?:year new|owners codeowners|[a-z]+)")
NO_NEXT_STEP = {"honors validate"}  # a check: the guide says what follows it


def route_steps(text: str) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """(step title, [(command, output lines shown)]) for each `#### ` step of the section."""
    lines, fenced = text[text.index(SECTION):].splitlines(), False
    for end, line in enumerate(lines):
        fenced = fenced != line.startswith("```")
        if end and not fenced and line.startswith(("### ", "## ")):
            break
    section = "\n".join(lines[:end])
    steps: list[tuple[str, list[tuple[str, list[str]]]]] = []
    for chunk in section.split("\n#### ")[1:]:
        title = chunk.splitlines()[0].strip()
        runs: list[tuple[str, list[str]]] = []
        for block in re.findall(r"```console\n(.*?)```", chunk, re.S):
            for line in block.splitlines():
                if line.startswith("$ "):
                    runs.append((line[2:].strip(), []))
                elif line.strip():
                    assert runs, f"{title}: output before any command"
                    runs[-1][1].append(line.rstrip())
        steps.append((title, runs))
    return steps


def name_of(command: str) -> str:
    found = COMMAND.match(command)
    assert found, command
    return found.group(0)


def shown_matches(shown: str, printed: list[str]) -> bool:
    """A line the guide shows is a printed line; 「……」 inside it stands for any text."""
    if shown.strip() == "……":
        return True
    pattern = "".join(".*" if part == "……" else re.escape(part) for part in re.split(r"(……)", shown))
    return any(re.fullmatch(pattern, line) for line in printed)


def next_commands(printed: list[str]) -> list[str]:
    """The commands named from the 「下一步」 line on, in the order they are named."""
    start = next((i for i, line in enumerate(printed) if "下一步：" in line), None)
    assert start is not None, "the command ends without a next step:\n" + "\n".join(printed[-5:])
    tail = "\n".join(printed[start:]).split("下一步：", 1)[1]
    return COMMAND.findall(tail)


def new_year_order() -> list[str]:
    """The commands of newyear.md's 「顺序一览」, in order: where the route goes on after close."""
    text = NEW_YEAR.read_text(encoding="utf-8")
    start = text.index("## 顺序一览")
    overview = text[start:text.index("\n## ", start + 1)]
    return [name_of(c) for c in re.findall(r"`(honors [^`]+)`", overview)]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def to_publicity(root: Path, decisions: str) -> None:
    """Step 3's prose: the review's result in decisions.yaml (拟表彰), the 公示 in campaign.yaml."""
    (root / f"submissions/{YEAR}/decisions.yaml").write_text(decisions, encoding="utf-8")
    campaign = root / f"submissions/{YEAR}/campaign.yaml"
    campaign.write_text(campaign.read_text(encoding="utf-8") + "阶段: 公示中\n", encoding="utf-8")


def to_honors(root: Path) -> None:
    """Step 4's prose: 状态 and 阶段 已表彰, the decision's number."""
    decisions = root / f"submissions/{YEAR}/decisions.yaml"
    edit(decisions, "状态: 拟表彰\n", "状态: 已表彰\n文号: 陕公图联发〔2025〕08号\n")
    edit(root / f"submissions/{YEAR}/campaign.yaml", "阶段: 公示中\n", "阶段: 已表彰\n")


@pytest.fixture
def demo_at_review(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A copy of the demo at the end of its nominations (no decisions yet); the removed decisions.

    Run from its root, as the guide's commands are; without LibreOffice on the PATH (no PDFs:
    the route is the same and the test stays quick)."""
    root = tmp_path / "repo"
    for name in ("submissions", "docs", "mkdocs.yml"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, root / name)
    (root / ".git").mkdir()  # the repository root, as a clone has it
    decisions = root / f"submissions/{YEAR}/decisions.yaml"
    text = decisions.read_text(encoding="utf-8")
    decisions.unlink()
    monkeypatch.chdir(root)
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent))
    for variable in ("CI", "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):  # the office's own computer
        monkeypatch.delenv(variable, raising=False)
    return root, text


def test_the_guide_lists_the_route_from_review_to_close() -> None:
    steps = route_steps(GUIDE.read_text(encoding="utf-8"))
    commands = [name_of(c) for _, runs in steps for c, _ in runs]
    assert commands == ["honors summary", "honors ranking", "honors forms",
                        "honors validate", "honors forms",
                        "honors validate", "honors forms", "honors close"], commands
    assert all(shown for _, runs in steps for _, shown in runs), "every command's output is shown"


@pytest.mark.slow
def test_walking_the_guide_prints_what_it_shows_and_each_next_step_is_the_guides(
    demo_at_review: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    root, decisions = demo_at_review
    edits: dict[int, Callable[[], None]] = {3: lambda: to_publicity(root, decisions), 4: lambda: to_honors(root)}
    steps = route_steps(GUIDE.read_text(encoding="utf-8"))
    route = [(number, command, shown) for number, (_, runs) in enumerate(steps, 1) for command, shown in runs]
    names = [name_of(command) for _, command, _ in route]
    later = new_year_order()
    done: set[int] = set()
    for i, (number, command, shown) in enumerate(route):
        if number in edits and number not in done:
            edits[number]()
            done.add(number)
        code = main(command.split()[1:])
        out, err = capsys.readouterr()
        printed = (out + err).splitlines()
        assert code == 0, f"{command}: {out}{err}"
        missing = [line for line in shown if not shown_matches(line, printed)]
        assert missing == [], f"{command} (step {number}) does not print: {missing}\n{out}{err}"
        if names[i] in NO_NEXT_STEP:
            continue
        named = next_commands(printed)
        following = names[i + 1:] or later[later.index("honors close") + 1:]
        assert named, f"{command}: the next step names no command"
        assert named == following[:len(named)], (command, named, following)
    assert done == set(edits)


def test_summary_says_to_fix_errors_first_and_stays_quiet_in_ci(
    demo_at_review: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _ = demo_at_review
    person = next((root / f"submissions/{YEAR}/cities/xian").glob("individual-*.yaml"))
    edit(person, "所在部门: ", "所在部门：")

    assert main(["summary"]) == 0
    out, err = capsys.readouterr()
    assert "下一步：请相关委员馆、工作组按问题清单改正" in err and "honors summary" in err
    assert "下一步" not in out, "the Markdown stays clean"
    monkeypatch.setenv("CI", "true")
    assert main(["summary"]) == 0
    assert "下一步" not in "".join(capsys.readouterr()), "a pipeline's log is not the office's route"
