"""F010, F011: Markdown the site or the paper forms do not show as written is said, never dropped.

The long texts may use Markdown. A case (「对评选出的优秀案例…推荐在联盟会上进行交流」) is read on
the site; the texts of forms 1-1, 1-2 and 1-4 (「主要工作成绩」, 「主要事迹（500 字内）」) are printed
on paper and shown on the site. F010 (error): a picture that cannot be shown — in a case body one
whose target is not a usable file in the case's own folder, in a form's text any picture (paper
prints none); pictures belong in 配图. F011 (warning): raw HTML (an <img> tag too: shown as text,
the way the site makes any HTML inert), links to other hosts or to no web address, strike-through:
each says what the site and the paper will show instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from generator.core.findings import Finding, Result, Severity
from generator.load.records import Campaign, NominationRecord
from generator.models import Collective, Individual, ServiceCase, SpecialCollective
from generator.rules.images import image_problem

# The long texts: the field each is written in, and the model's attribute.
TEXT_FIELDS: dict[type, tuple[str, str]] = {
    Collective: ("主要工作成绩", "achievements"), SpecialCollective: ("主要工作成绩", "achievements"),
    Individual: ("主要事迹", "deeds"), ServiceCase: ("案例正文", "body"),
}
# The target of a link or picture, one level of parentheses inside it as Markdown allows.
_TARGET = r"\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)"
IMAGE = re.compile(r"!\[([^\]\n]*)\]" + _TARGET)
LINK = re.compile(r"(?<!!)\[([^\]\n]*)\]" + _TARGET)
AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)>")
# An opening tag or a comment (its closing tag is the same piece of HTML: one finding).
HTML_TAG = re.compile(r"<!--.*?(?:-->|$)|<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>\n]*)?/?>")
STRIKE = re.compile(r"~~(?=\S)[^\n]*?~~")
CODE_SPAN = re.compile(r"(`+)[^\n]*?\1")
WEB_SCHEMES = {"http", "https"}
PICTURE_HINT = ("图片请放在「配图」里：把图片文件上传到本文件所在的文件夹，在「配图」中写文件名"
                "（例如「配图: [night-reading-1.jpg]」），并从正文中删去这一行。")


@dataclass(frozen=True)
class Mark:
    """One piece of Markdown in a text: where it starts in the text, and what it is."""

    start: int
    snippet: str
    code: str
    message: str
    hint: str


def check(root: Path, campaign: Campaign, result: Result) -> None:
    for n in campaign.nominations:
        key, attribute = TEXT_FIELDS[type(n.form)]
        text: str = getattr(n.form, attribute)  # a partial record's failed text is a placeholder
        folder = (root / n.path).parent if isinstance(n.form, ServiceCase) else None
        for mark in marks(text, key, folder):
            result.add(_finding(n, key, mark))


def marks(text: str, field: str, folder: Path | None) -> Iterator[Mark]:
    """What the site or the paper would not show as written, in text order. folder: the case's
    own folder (pictures in it are shown), None for a form's text (printed, no pictures)."""
    found: list[Mark] = []
    offset = 0
    for line in text.split("\n"):
        if not _indented_code(line):
            found += _line_marks(_blank_code(line), offset, field, folder)
        offset += len(line) + 1
    yield from sorted(found, key=lambda m: m.start)


def _indented_code(line: str) -> bool:
    """A line the site shows as code, as written (four spaces or a tab)."""
    return line.startswith(("    ", "\t")) and bool(line.strip())


def _blank_code(line: str) -> str:
    """The line with its code spans blanked out: what is inside `…` is shown as written."""
    return CODE_SPAN.sub(lambda m: " " * len(m[0]), line)


def _line_marks(line: str, offset: int, field: str, folder: Path | None) -> list[Mark]:
    out = []
    for m in IMAGE.finditer(line):
        picture = _picture(m, offset, field, folder)
        if picture is not None:
            out.append(picture)
    printed = folder is None  # a form's text is printed; a case body is read on the site only
    for m in LINK.finditer(line):
        mark = _link(m[0], f"「{m[1]}」" if printed else "", m[2], offset + m.start(), field)
        if mark is not None:
            out.append(mark)
    for m in AUTOLINK.finditer(line):
        mark = _link(m[0], f"「{m[0]}」（尖括号也印出）" if printed else "", m[1], offset + m.start(), field)
        if mark is not None:
            out.append(mark)
    for m in HTML_TAG.finditer(line):
        out.append(_html(m, offset, field, printed))
    for m in STRIKE.finditer(line):
        out.append(Mark(
            offset + m.start(), m[0], "F011",
            f"「{field}」中的删除线「{m[0]}」不会显示为删除线：网站原样显示两个波浪号"
            + ("，纸质推荐表印出的是没有删除线的文字。" if printed else "。"),
            "删去不要的文字，不用删除线；要强调请用 **加粗**。",
        ))
    return out


def _picture(m: re.Match[str], offset: int, field: str, folder: Path | None) -> Mark | None:
    """F010 for a picture the site cannot show; None for a file in the case's folder (shown)."""
    target = m[2]
    if folder is None:
        return Mark(offset + m.start(), m[0], "F010",
                    f"「{field}」中的图片「{m[0]}」不会印在纸质推荐表上，网站也不显示。", PICTURE_HINT)
    if urlsplit(target).netloc:
        reason = "这是其他网站上的图片，本站不从其他网站取图片（读者的浏览器不向其他网站发请求）。"
    elif not target:
        reason = "图片地址是空的。"
    elif (problem := image_problem(folder, target)) is not None:
        reason = problem[1]
    else:
        return None
    return Mark(offset + m.start(), m[0], "F010", f"「{field}」中的图片「{m[0]}」网站显示不了：{reason}",
                PICTURE_HINT)


def _link(snippet: str, printed: str, target: str, start: int, field: str) -> Mark | None:
    """F011 for a link to another host or to no web address; None for an e-mail address.
    printed: what the paper form prints of it ("" for a text no form prints)."""
    parts = urlsplit(target)
    if parts.scheme.lower() in WEB_SCHEMES and parts.netloc:
        return Mark(
            start, snippet, "F011",
            f"「{field}」中的链接「{snippet}」指向其他网站（{parts.netloc}）：网站显示为外部链接"
            + (f"，纸质推荐表只印{printed}。" if printed else "，读者点开就离开了联盟的网站。"),
            "确需读者访问的网址，请直接写在正文里（如「详见 https://…」），并确认网址长期有效；否则删去链接，只留文字。",
        )
    if parts.scheme.lower() == "mailto":
        return None
    return Mark(
        start, snippet, "F011",
        f"「{field}」中的链接「{snippet}」不是网址（{target or '空'}）：网站只显示文字，点不开，"
        "本机文件（file://、C:\\…）和相对路径在别人的电脑上都打不开。",
        "删去链接，只留文字；材料请作为附件另行报送，图片请放在「配图」里。",
    )


def _html(m: re.Match[str], offset: int, field: str, printed: bool) -> Mark:
    picture = (m[1] or "").lower() == "img"
    where = "网站和纸质推荐表都会" if printed else "网站会"
    return Mark(
        offset + m.start(), m[0], "F011",
        f"「{field}」中的 HTML 代码「{m[0]}」不起作用：{where}把它作为文字原样显示"
        + ("，不显示图片。" if picture else "。"),
        PICTURE_HINT if picture else "删去 HTML 代码，改用 Markdown：加粗写 **文字**，换行直接回车，标题写 ### 标题。",
    )


def _finding(n: NominationRecord, key: str, mark: Mark) -> Finding:
    line, col = _position(n, key, mark.snippet)
    severity: Severity = "error" if mark.code == "F010" else "warning"
    return Finding(n.path, line, col, mark.code, severity, mark.message, mark.hint)


def _position(n: NominationRecord, key: str, snippet: str) -> tuple[int, int]:
    """The line and column of snippet in the file, at or after the field's own line (the
    field's position when the file writes the text otherwise, e.g. with escapes)."""
    line, col = n.doc.where((key,))
    lines = n.doc.text.split("\n")
    for number in range(line, len(lines) + 1):
        at = lines[number - 1].find(snippet)
        if at >= 0:
            return number, at + 1
    return line, col
