"""Whether a 职务 makes the person the head of the library (「馆长原则上不参评」).

The notice excludes the library's head, whatever the title says: 馆长, 代馆长, 执行馆长, a
副馆长 who 主持工作, 书记、馆长 … are heads; 副馆长, 馆长助理 are not. Titles the notice does not
settle (名誉馆长, a branch's 分馆馆长) are 'unsure': the office decides, the validator warns.
"""

from __future__ import annotations

import re
from typing import Literal

Role = Literal["head", "unsure"]

_SEPARATORS = re.compile(r"[、，,/／;；\s]|兼|和|及|暨")
_BRACKETS = re.compile(r"[（(]([^（）()]*)[）)]")
_HEAD = re.compile(r"^(?:代理?|执行|常务|总馆)?馆长$|^(?:.*图书馆)馆长$")
_NOT_HEAD = ("副馆长", "馆长助理")
_UNSURE = ("名誉馆长", "分馆馆长", "分馆长", "荣誉馆长")
_LEADS = ("主持工作", "主持全面工作", "负责全面工作", "主持日常工作")


def director_role(position: str | None) -> Role | None:
    """'head' for the library's head, 'unsure' for titles to be confirmed, else None."""
    if not position:
        return None
    text = "、".join(position.split())
    if any(word in text for word in _LEADS):
        return "head"  # e.g. 副馆长（主持工作）, 主持工作的副馆长
    parts = [p for p in _SEPARATORS.split(_BRACKETS.sub("、\\1", text)) if p]
    roles = [_part_role(p) for p in parts]
    if "head" in roles:
        return "head"
    return "unsure" if "unsure" in roles else None


def _part_role(part: str) -> Role | None:
    if any(part.endswith(word) for word in _UNSURE):
        return "unsure"
    if any(word in part for word in _NOT_HEAD):
        return None
    if _HEAD.match(part):
        return "head"
    return "unsure" if part.endswith("馆长") else None
