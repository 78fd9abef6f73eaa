"""How the 字数 of a text is counted: as printed, the way Word's 字数 counts it.

Librarians check 「主要事迹（500 字内）」 with Word's 字数 statistic, so the validator counts the same way:

1. Markdown markup is not printed, so it is not counted: at the start of a line the heading marks
   (`#`), quote marks (`>`) and list markers (`-`, `*`, `+`, `1.`, `1)`); lines that are only a
   rule (`---`, `***`); the brackets and address of a link or image (`[文字](地址)` counts 文字);
   and every `*`, `` ` ``, `~~` and `__` (bold, italics, code, strike-through).
2. Every other character that is not ASCII counts as one 字: Chinese characters, full-width
   punctuation （，。！“”）, full-width letters and digits.
3. A run of ASCII characters without spaces counts as one 字, as Word counts a word or number:
   `2024`, `4,200`, `98%`, `WiFi`, `(120` each count 1.
4. Spaces and line breaks do not count.

The online form counts with the same rule in JavaScript; tests/textlength_cases.json holds the
examples both sides are tested on.
"""

from __future__ import annotations

import re

# The rule in one sentence, for messages, the rules page and the field reference.
COUNT_RULE = (
    "字数按印出来的文字计，与 Word 的「字数」统计一致：Markdown 符号（**、列表符号、# 等）和空格不计，"
    "一个汉字或标点算 1 字，连写的英文或数字（如 2024、4,200、98%）算 1 字"
)

# An explicit set so that Python and JavaScript agree on what a space is.
WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_SPACE = re.compile(f"[{WHITESPACE}]+")
_BLOCK_MARK = re.compile(r"^(?:#{1,6}(?=\s|$)|>|[-*+](?=\s)|\d{1,9}[.)](?=\s))")
_RULE_LINE = re.compile(r"^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_INLINE_MARKS = re.compile(r"\*+|`+|~~|__")
_TOKEN = re.compile(r"[\x21-\x7e]+|[^\x00-\x7f]")


def strip_inline(line: str) -> str:
    """A line without inline Markdown: links and images as their text, no emphasis or code marks."""
    return _INLINE_MARKS.sub("", _LINK.sub(r"\1", line))


def _printed_line(line: str) -> str:
    line = _SPACE.sub(" ", line).strip(" ")
    if _RULE_LINE.match(line):
        return ""
    while True:
        mark = _BLOCK_MARK.match(line)
        if mark is None:
            break
        line = line[mark.end():].lstrip(" \t")
    return strip_inline(line)


def printed_text(text: str) -> str:
    """The text without its Markdown markup (what the printed form shows)."""
    return "\n".join(_printed_line(line) for line in text.split("\n"))


def count_chars(text: str) -> int:
    """The 字数 of text by the rule above."""
    return len(_TOKEN.findall(printed_text(text)))
