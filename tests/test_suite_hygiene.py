"""The suite cannot hang or race: read from the test sources themselves.

Every subprocess a test starts is bounded by a timeout, and a test that waits polls with a
deadline (a sleep inside a loop), never sleeps a fixed time hoping something is ready.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
RUNNERS = {"run", "call", "check_call", "check_output"}
WAITS = {"wait", "communicate"}
# Files another change owns; pytest-timeout's default (pyproject.toml) still bounds them.
EXEMPT: dict[str, str] = {}


def sources() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py")
                  if "cases" not in p.relative_to(TESTS).parts[:1]
                  and p.relative_to(TESTS).as_posix() not in EXEMPT)


def _name(node: ast.expr) -> str:
    return ast.unparse(node)


def unbounded_calls(tree: ast.AST) -> list[str]:
    """subprocess.run & co. and .wait()/.communicate() calls without a timeout."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        func = node.func
        has_timeout = any(k.arg == "timeout" for k in node.keywords)
        if func.attr in RUNNERS and _name(func.value) == "subprocess" and not has_timeout:
            found.append(f"{node.lineno}: subprocess.{func.attr}")
        elif func.attr in WAITS and not node.args and not has_timeout:
            found.append(f"{node.lineno}: {_name(func)}()")
    return found


def fixed_sleeps(tree: ast.AST) -> list[str]:
    """time.sleep outside a loop: a wait that guesses instead of polling."""
    looped: set[int] = set()
    for loop in ast.walk(tree):
        if isinstance(loop, ast.While | ast.For):
            looped |= {id(n) for n in ast.walk(loop)}
    return [f"{node.lineno}: {_name(node.func)}" for node in ast.walk(tree)
            if isinstance(node, ast.Call) and _name(node.func) in ("time.sleep", "sleep")
            and id(node) not in looped]


@pytest.mark.parametrize("path", sources(), ids=lambda p: p.relative_to(TESTS).as_posix())
def test_no_unbounded_subprocess_and_no_fixed_sleep(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    assert unbounded_calls(tree) == []
    assert fixed_sleeps(tree) == []


def test_the_checks_can_fail() -> None:
    bad = ast.parse(
        "import subprocess, time\n"
        "subprocess.run(['x'])\n"
        "subprocess.run(['x'], timeout=5)\n"
        "p = subprocess.Popen(['x'])\n"
        "p.wait()\n"
        "p.communicate(timeout=5)\n"
        "time.sleep(2)\n"
        "while p.poll() is None:\n"
        "    time.sleep(0.1)\n"
    )
    assert unbounded_calls(bad) == ["2: subprocess.run", "5: p.wait()"]
    assert fixed_sleeps(bad) == ["7: time.sleep"]
