"""Text from submissions made safe for the public site.

Long texts (主要工作成绩, 主要事迹, 案例正文) are Markdown: rendered with raw HTML disabled
(so `<script>` shows as text), then sanitised with nh3 as a second line of defence.
Short texts are escaped for the context they land in.
"""

from __future__ import annotations

import functools
import html
import re

import markdown
import nh3
from markupsafe import Markup

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "del", "code", "pre", "blockquote", "hr",
    "ul", "ol", "li", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td", "a",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
# Headings inside a nomination sit below the page's own sections (h2): # and ## become h3.
HEADING_SHIFT = {"1": "3", "2": "3", "3": "4", "4": "5", "5": "6", "6": "6"}
_HEADING_RE = re.compile(r"<(/?)h([1-6])>")
# ASCII characters that mean something to Markdown (or YAML) and are written as
# numeric character references when a submission's short text lands in Markdown.
_MD_SPECIAL = set("\\`*_{}[]()<>#+-.!|~^=:&\"'$%@")


# nl2br: a line break typed in a text (Enter, or Word's Shift+Enter) is one on the page too.
@functools.cache  # built once, reset before each text: building it cost more than converting
def _markdown() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["tables", "sane_lists", "nl2br"], output_format="html")
    # Raw HTML is not Markdown's business here: it is shown as text, never passed through.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


# A case body's Markdown pictures: kept here, then each either pointed at its copy in the site
# or taken out (site/images.py places them); nothing else of the texts may show a picture.
PICTURE_ATTRIBUTES = {"img": {"src", "alt"}}


def rich_text(text: str, pictures: bool = False) -> Markup:
    """A submission's long text as safe HTML (Markdown rendered, everything else escaped).
    pictures: keep Markdown pictures as <img> (a case body; site/images.py then places them)."""
    rendered = _markdown().reset().convert(text)
    rendered = _HEADING_RE.sub(lambda m: f"<{m[1]}h{HEADING_SHIFT[m[2]]}>", rendered)
    cleaned = nh3.clean(
        rendered,
        tags=ALLOWED_TAGS | ({"img"} if pictures else set()),
        attributes={**ALLOWED_ATTRIBUTES, **PICTURE_ATTRIBUTES} if pictures else ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    return Markup(cleaned)


_SECTION_HEAD = re.compile(r"<h3>(.*?)</h3>")
_OPENS = re.compile(r"<(blockquote|ul|ol|table|pre)[\s>]")
_CLOSES = re.compile(r"</(blockquote|ul|ol|table|pre)>")
_TAGS = re.compile(r"<[^>]+>")


def text_sections(rendered: Markup) -> list[tuple[str | None, Markup]]:
    """A rendered long text cut at its top-level headings (背景、做法、成效…) for the page's
    table of contents: (heading text or None for what comes first, the HTML under it)."""
    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    depth = 0
    for line in str(rendered).split("\n"):
        head = _SECTION_HEAD.fullmatch(line.strip()) if depth == 0 else None
        name = html.unescape(_TAGS.sub("", head[1])).strip() if head else ""
        if name:
            sections.append((name, []))
        else:
            sections[-1][1].append(line)
        depth += len(_OPENS.findall(line)) - len(_CLOSES.findall(line))
    out = [(name, Markup("\n".join(lines).strip())) for name, lines in sections]
    return [(name, body) for name, body in out if name is not None or body]


def md_escape(text: object) -> Markup:
    """Escape short text for a Markdown context: HTML-escaped, Markdown punctuation neutral."""
    value = "" if text is None else str(text)
    out = []
    for ch in value:
        if ch in _MD_SPECIAL:
            out.append(f"&#{ord(ch)};")
        elif ch in "\r\n":
            out.append(" ")
        else:
            out.append(ch)
    return Markup("".join(out))


# MkDocs renders page titles and descriptions without escaping (and Material's <title>
# even un-escapes them), so text that becomes a title carries no HTML-special character.
_TITLE_SAFE = str.maketrans({"<": "＜", ">": "＞", "&": "＆", '"': "＂", "'": "＇", "\n": " "})


def title_text(text: object) -> str:
    """Text for a page title, nav entry or meta description: HTML-special characters become
    their full-width forms, which read the same in Chinese text and mean nothing to HTML."""
    return ("" if text is None else str(text)).translate(_TITLE_SAFE).strip()


def plain(text: object) -> str:
    """HTML-escaped text (for attributes and SVG)."""
    return html.escape("" if text is None else str(text), quote=True)
