"""How names are compared: one key for every way a person's or a library's name gets written.

A name typed in Word, pasted from a web page or written in traditional characters is the same
name: width (full/half), invisible characters (zero-width, BOM, soft hyphen), the middle dot's
look-alikes in minority and foreign names (· • ・ ‧ ･), spaces of any width and 繁/简 do not
count. The key is for comparing only; what is shown is always what the file says.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import opencc

# Characters Word, web pages and phones leave in a text that no one can see; the loader takes
# them out of every value (load/invisible.py), the online form too (webform/src/values.js).
INVISIBLE = {
    "\u200b": "零宽空格",
    "\u200c": "零宽不连字符",
    "\u200d": "零宽连字符",
    "\u2060": "零宽不换行符",
    "\ufeff": "字节顺序标记（BOM，零宽不换行空格）",
    "\u00ad": "软连字符",
}
_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE), None)
# The middle dot of 「阿依古丽·买买提」 as typed on different keyboards and fonts (after NFKC,
# which already folds ･ U+FF65 into ・ U+30FB).
_MIDDLE_DOTS = str.maketrans(dict.fromkeys("\u2022\u30fb\u2027\u2219\u22c5\u0387\u16eb\u2e31", "\u00b7"))
_TO_SIMPLIFIED = opencc.OpenCC("t2s")


def _is_simplified_set(char: str) -> bool:
    # GB 2312 holds the simplified characters in use: a character in it is left alone (乾县
    # is a county, not 干县, although OpenCC turns a lone 乾 into 干); one outside it is
    # traditional (or rare) and takes OpenCC's reading in the context of its phrase.
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _simplified(text: str) -> str:
    converted = _TO_SIMPLIFIED.convert(text)
    if converted == text:  # already simplified: the usual case, no character to weigh
        return text
    if len(converted) != len(text):  # OpenCC maps character for character; never seen otherwise
        return text
    return "".join(o if _is_simplified_set(o) else c for o, c in zip(text, converted, strict=True))


def visible(text: str) -> str:
    """The text without its invisible characters."""
    return text.translate(_INVISIBLE)


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """The comparison key of a name: the same for every way the same name is written."""
    folded = unicodedata.normalize("NFKC", visible(text)).translate(_MIDDLE_DOTS)
    return _simplified("".join(folded.split()))
