"""E016: a phone or ID-card number written into a text the public site shows.

A form's 联系电话 and 1-2's 年龄、性别、学历 stay on paper; a number pasted into 主要事迹 or 案例正文
is published with the text. The number is never repeated whole in a message: it is masked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from generator.core.findings import Finding, Result
from generator.load.records import Campaign, NominationRecord
from generator.models.awards import award
from generator.models.nominations import NOMINATION_MODELS
from generator.models.phone import split_numbers

# Full-width digits, dashes, brackets and spaces read as their half-width selves, one character for
# one (a match's offsets stay those of the text as written).
_WRITTEN, _READ = "０１２３４５６７８９－—–ｘＸ（）\u3000\u00a0", "0123456789---xX()  "
_HALF = str.maketrans(_WRITTEN, _READ)
_GAP = r"[ \-]?"
# 「身份证号码 18 位：17 位数字加一位校验码（数字或 X）」, also written 6-8-4 with spaces.
# ASCII digits only (re.ASCII), as the online form's webform/src/publictext.js reads them.
_ID_CARD = re.compile(r"(?<![0-9A-Za-z])\d{6} ?\d{8} ?\d{3}[0-9Xx](?![0-9A-Za-z])", re.ASCII)
_MOBILE = re.compile(rf"(?<![\d+])(?:\+?86{_GAP})?1[3-9]\d{_GAP}\d{{4}}{_GAP}\d{{4}}(?!\d)", re.ASCII)
_LANDLINE = re.compile(rf"(?<!\d)(?:\(0\d{{2,3}}\)|0\d{{2,3}}){_GAP}\d{{3,4}}{_GAP}\d{{4}}(?!\d)", re.ASCII)
# The labels a field carries in a message, most specific first (an own phone is named as such).
OWN = "本表填写的联系电话"
SHAPES = (("身份证号", _ID_CARD), ("手机号", _MOBILE), ("座机号", _LANDLINE))
# Model attributes of a public field that are not prose (the award's name, a month, a date).
NOT_PROSE = {"award", "joined", "start", "end", "criteria", "images"}


@dataclass(frozen=True)
class NumberHit:
    """A number found in a text: what it looks like and where (offset in the text)."""

    kind: str
    written: str
    offset: int

    @property
    def digits(self) -> str:
        return re.sub(r"[^0-9Xx]", "", self.written.translate(_HALF))

    @property
    def masked(self) -> str:
        """The first three and the last two characters, the rest as *: 「138******78」; a mobile
        number's country code (+86) is left out, so its first three are the number's own."""
        d = self.digits
        if _WITH_COUNTRY_CODE.fullmatch(d):
            d = d[2:]
        return d[:3] + "*" * (len(d) - 5) + d[-2:]


_DIGIT = re.compile(r"\d", re.ASCII)
_WITH_COUNTRY_CODE = re.compile(r"861[3-9]\d{9}", re.ASCII)  # +86 and an eleven-digit mobile number
MIN_DIGITS = 7  # the shortest number looked for: an own phone of seven digits (longer shapes need more)
# What every shape below needs, in the text as written: MIN_DIGITS digits (half- or full-width)
# with at most two separators between neighbours (those that _HALF reads as space, dash or
# bracket). Years, dates and counts (「2024年3月」「1,234册」) fail it, so most texts stop here.
_SEPARATOR = re.escape(" -()" + "".join(w for w, r in zip(_WRITTEN, _READ, strict=True) if r in " -()"))
_CANDIDATE = re.compile(rf"[0-9０-９](?:[{_SEPARATOR}]{{0,2}}[0-9０-９]){{{MIN_DIGITS - 1}}}")
_EXTENSION = re.compile(r"(?:转|分机|ext).*$", re.IGNORECASE)


def _own_digits(phone: str) -> str:
    """One number of the file's 联系电话 as digits, its extension left out."""
    return re.sub(r"\D", "", _EXTENSION.sub("", phone.translate(_HALF)))


@lru_cache(maxsize=256)
def _own_pattern(digits: str) -> re.Pattern[str]:
    """Those digits with any separators or none."""
    return re.compile(r"(?<!\d)" + r"[ \-()]{0,2}".join(digits) + r"(?!\d)", re.ASCII)


def numbers_in(text: str, own_phones: Iterable[str] = ()) -> list[NumberHit]:
    """Every phone-shaped, ID-card-shaped or own-phone number in text, in order, none overlapping."""
    if not _CANDIDATE.search(text):
        return []
    half = text.translate(_HALF)
    found = _DIGIT.findall(half)
    # An own number can only match where its digits follow each other in the text's digits.
    only = "".join(found)
    own = [_own_pattern(digits) for phone in own_phones for one in split_numbers(phone)
           if len(re.sub(r"\D", "", _EXTENSION.sub("", one))) >= MIN_DIGITS
           and (digits := _own_digits(one)) in only]
    patterns = [(OWN, p) for p in own] + list(SHAPES)
    taken: list[tuple[int, int]] = []
    hits: list[NumberHit] = []
    for kind, pattern in patterns:
        for m in pattern.finditer(half):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            taken.append(m.span())
            hits.append(NumberHit(kind, text[m.start():m.end()], m.start()))
    return sorted(hits, key=lambda h: h.offset)


def public_fields(award_type: str) -> list[tuple[str, str]]:
    """(attribute, label) of an award's prose fields the public site shows (the online form checks
    the same labels)."""
    fields = NOMINATION_MODELS[award_type].model_fields
    return [(a, fields[a].alias or a) for a in award(award_type).public_fields if a in fields and a not in NOT_PROSE]


def public_labels(n: NominationRecord) -> Iterator[tuple[str, str]]:
    """(label, text) of each prose field of the nomination (a field that failed its schema has its
    own finding and is left out)."""
    for attr, label in public_fields(n.award):
        value = getattr(n.form, attr, None)
        if isinstance(value, str) and label not in n.failed:
            yield label, value


def _own_phones(n: NominationRecord) -> list[str]:
    return [p for p in (getattr(n.form, "phone", None), getattr(n.form, "personal_phone", None)) if p]


def _region(lines: list[str], key_line: int) -> range:
    """The 0-based lines of the top-level field whose key is on key_line (1-based)."""
    end = key_line
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " \t#"):
        end += 1
    return range(key_line - 1, end)


def _place(hit: NumberHit, lines: list[str], region: range, start: int) -> tuple[int, int | None]:
    """The 1-based (line, column) of the file that holds the hit, searching from line start
    (0-based); the column where the number begins when it is written there as in the value."""
    for i in region:
        if i >= start and hit.digits in re.sub(r"[^0-9Xx]", "", lines[i].translate(_HALF)):
            return i + 1, lines[i].find(hit.written) + 1 or None
    # Broken over two lines of the file (a folded paragraph): the line the search started from.
    return start + 1, None


def _message(label: str, hit: NumberHit) -> tuple[str, str]:
    what = hit.kind if hit.kind == OWN else f"像{hit.kind}的数字"
    message = f"「{label}」里有{what}「{hit.masked}」：网站会公开这段文字。"
    if hit.kind == "身份证号":
        return message, "请删去这个号码：推荐材料不需要身份证号。"
    return message, (f"请从「{label}」中删去这个号码；需要留电话的，填在「联系电话」一栏"
                     "（只用于纸质表，网站不公开）。")


def findings_for(n: NominationRecord) -> list[Finding]:
    """E016 warnings for one nomination, each on the line of the file where the number is."""
    found: list[Finding] = []
    own = _own_phones(n)
    for label, text in public_labels(n):
        hits = numbers_in(text, own)
        if not hits:
            continue  # the file's lines are looked at only where a number was found
        lines = n.doc.text.splitlines()
        key_line, _ = n.doc.where((label,), key=True)
        region = _region(lines, key_line)
        cursor = key_line - 1
        for hit in hits:
            line, column = _place(hit, lines, region, cursor)
            cursor = line - 1
            message, hint = _message(label, hit)
            found.append(Finding(n.path, line, column, "E016", "warning", message, hint))
    return found


def check(campaign: Campaign, result: Result) -> None:
    for n in campaign.nominations:
        result.extend(findings_for(n))
