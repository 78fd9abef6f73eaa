"""Phone numbers as people write them on Chinese forms, and a Chinese reason when one is wrong.

Accepted (spaces of any width anywhere are ignored):
  029-85420000, 029 8542 0000, 02985420000, (029)85420000, （029）8542-0000,
  029-85420000转8001 / -8001 / 分机8001 / ext 8001, 8542-0000 with an area code before it,
  13800000000, 138-0000-0000, +86 138 0000 0000, 0086-13800000000, +86-29-85420000,
  400-123-4567, and two numbers joined by 、 / ， , ；; 或.
Refused: full-width digits (「０」) and anything else, with the first wrong character named.
"""

from __future__ import annotations

import re

FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９－", "0123456789-")
_SPACES = re.compile(r"[\s\u3000\u00a0]+")
_SEPARATORS = re.compile(r"[、/，,；;]|或")
_COUNTRY = r"(?:\+86|0086|86(?=-))-?"
_EXTENSION = r"(?:(?:转|分机|ext\.?|EXT\.?|-)\d{1,6})?"
# ASCII digits only: a number in another script's digits (٨٥٤٢…) cannot be dialled as written.
_MOBILE = re.compile(rf"(?:{_COUNTRY})?1[3-9]\d-?\d{{4}}-?\d{{4}}", re.ASCII)
_LANDLINE = re.compile(
    rf"(?:(?:{_COUNTRY})\(?0?[1-9]\d{{1,2}}\)?|\(?0[1-9]\d{{1,2}}\)?)-?\d{{3,4}}-?\d{{4}}{_EXTENSION}",
    re.ASCII,
)
_SERVICE = re.compile(rf"[48]00-?\d{{3}}-?\d{{4}}{_EXTENSION}", re.ASCII)
_ALLOWED_CHARS = re.compile(r"[0-9+()\-转分机extEXT.]")


def _normalise(one: str) -> str:
    one = _SPACES.sub("", one)
    return one.replace("（", "(").replace("）", ")").replace("—", "-").replace("–", "-")


def _one_is_valid(one: str) -> bool:
    return any(p.fullmatch(one) for p in (_MOBILE, _LANDLINE, _SERVICE))


def split_numbers(text: str) -> list[str]:
    """The numbers of a phone field, normalised (no spaces, half-width brackets)."""
    return [_normalise(part) for part in _SEPARATORS.split(text) if part.strip()]


def phone_problem(text: str) -> str | None:
    """None when text is an acceptable phone field, else a Chinese reason naming what is wrong."""
    full = [ch for ch in text if ch != ch.translate(FULL_WIDTH_DIGITS)]
    if full:
        return f"里有全角字符「{full[0]}」（中文输入法下输入的数字或横线）"
    numbers = split_numbers(text) or [text]
    for one in numbers:
        if _one_is_valid(one):
            continue
        shown = f"「{one}」" if len(numbers) > 1 else ""
        bad = next((ch for ch in one if not _ALLOWED_CHARS.fullmatch(ch)), None)
        if bad is not None:
            return f"{shown}里有不该出现的字符「{bad}」"
        digits = sum(ch in "0123456789" for ch in one)
        if one.lstrip("(+").startswith("1") and not one.startswith("10"):
            return f"{shown}不像 11 位手机号（现有 {digits} 位数字）"
        if not one.lstrip("(").startswith("0") and digits in (7, 8):
            return f"{shown}缺少区号（如西安为 029）"
        return f"{shown}位数不对：座机为 3–4 位区号加 7–8 位号码，手机为 11 位"
    return None
