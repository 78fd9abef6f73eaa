"""Characters no one can see: taken out of every value and key, named where they break the file.

Word, web pages and phones leave zero-width characters, BOMs and soft hyphens in pasted text, and
no-break or odd-width spaces where a space was meant. Invisible ones change nothing a reader sees,
so they are removed from keys and values alike (a key 「​姓名」 is 「姓名」). Where one of them, or
an odd space, breaks the YAML itself, the finding names the character and its line and column.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from generator.core.findings import Finding
from generator.models.names import INVISIBLE, visible

ODD_SPACES = {
    "\u00a0": "不换行空格",
    "\u3000": "全角空格",
    "\u202f": "窄不换行空格",
    "\u205f": "数学空格",
    **{chr(c): "特殊宽度空格" for c in range(0x2000, 0x200B)},
}


# A value holds an invisible character only if the text does, or writes one as an escape ("\u200b").
_MAY_HOLD = re.compile("[" + re.escape("".join(INVISIBLE) + "\\") + "]")


def strip_invisible_from(text: str, data: Any) -> Any:
    """strip_invisible(data) for data loaded from text; the walk is skipped when text cannot hold one."""
    return strip_invisible(data) if _MAY_HOLD.search(text) else data


def strip_invisible(data: Any) -> Any:
    """The loaded data with invisible characters taken out of every key and text value."""
    if isinstance(data, str):
        return visible(data)
    if isinstance(data, list):
        return [strip_invisible(item) for item in data]
    if isinstance(data, dict):
        return {strip_invisible(k): strip_invisible(v) for k, v in data.items()}
    return data


def describe(char: str) -> str:
    """「零宽空格（U+200B）」: what a character is, by name and code point."""
    name = INVISIBLE.get(char) or ODD_SPACES.get(char) or "特殊字符"
    return f"{name}（U+{ord(char):04X}）"


def _parses(text: str) -> bool:
    try:
        YAML(typ="safe", pure=False).load(text)
    except (YAMLError, ValueError, OverflowError, TypeError, RecursionError):
        return False
    return True


def odd_character(path: str, text: str, error_line: int | None) -> Finding | None:
    """F002 naming the invisible character or odd space that breaks the file, when taking such
    characters out (spaces as plain spaces) makes it parse; the one on the line the parser stopped
    at (or the nearest line above it) is named."""
    odd = {**INVISIBLE, **ODD_SPACES}
    places = [
        (number, col, ch)
        for number, content in enumerate(text.split("\n"), 1)
        for col, ch in enumerate(content, 1)
        if ch in odd
    ]
    if not places:
        return None
    # An invisible character may stand where a space belongs (「学历:​大学本科」) or nowhere.
    dropped = "".join("" if ch in INVISIBLE else " " if ch in ODD_SPACES else ch for ch in text)
    spaced = "".join(" " if ch in odd else ch for ch in text)
    if not (_parses(dropped) or _parses(spaced)):
        return None
    stop = error_line or places[0][0]
    before = [p for p in places if p[0] <= stop]
    number, col, ch = before[-1] if before else places[0]
    action = "删掉它" if ch in INVISIBLE and _parses(dropped) else "把它换成英文半角空格"
    return Finding(
        path, number, col, "F002", "error",
        f"第 {number} 行第 {col} 列有一个看不见的{describe(ch)}，YAML 因此读不懂这一行。",
        f"请把光标移到这一行的冒号或行首附近，{action}（从网页、Word 或手机粘贴时常带进来）；"
        "也可以删掉这一行重新手打。",
    )
