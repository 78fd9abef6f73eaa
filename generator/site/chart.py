"""Horizontal bar charts as inline SVG, drawn at build time (no script, no CDN).

Each chart is drawn twice: a wide one (labels beside the bars) for screens wider than a phone,
and a narrow one (each label above its bars, 300 units wide) that a phone shows at about its
own size, so its 14-unit labels stay at least 12 px. The stylesheet shows one of the two.
"""

from __future__ import annotations

from markupsafe import Markup

from generator.site.render import plain

Row = tuple[str, int, int]  # label, first value, second value

LABEL_W = 96
BAR_AREA = 500
ROW_H = 34
BAR_H = 11
TOP = 34
NARROW_W = 300
NARROW_ROW = 54


def bar_chart(rows: list[Row], first: str, second: str | None, title: str) -> Markup:
    """Two bars per row (e.g. nominations and selections), values at the bar ends.

    With second=None only the first bars are drawn (e.g. before the roll is public).
    """
    peak = max([1, *(max(a, b) for _, a, b in rows)])
    return Markup(_wide(rows, first, second, title, peak) + _narrow(rows, first, second, title, peak))


def city_chart(rows: list[Row], first: str, second: str | None, title: str) -> Markup:
    """The home page's chart: nominations and selections by city."""
    return bar_chart(rows, first, second, title)


def _open(kind: str, width: int, height: int, title: str) -> str:
    return (f'<svg class="honors-chart honors-chart--{kind}" viewBox="0 0 {width} {height}" '
            f'role="img" aria-label="{plain(title)}" xmlns="http://www.w3.org/2000/svg">'
            f"<title>{plain(title)}</title>")


def _wide(rows: list[Row], first: str, second: str | None, title: str, peak: int) -> str:
    width = LABEL_W + BAR_AREA + 40
    parts = [_open("wide", width, TOP + ROW_H * len(rows) + 8, title), _legend(first, second, LABEL_W)]
    for i, (label, a, b) in enumerate(rows):
        y = TOP + i * ROW_H
        parts.append(f'<g class="row" data-label="{plain(label)}">'
                     f'<text class="label" x="{LABEL_W - 8}" y="{y + BAR_H + 4}" '
                     f'text-anchor="end">{plain(label)}</text>')
        parts.append(_bar("first", LABEL_W, y + 2, a, peak, BAR_AREA))
        if second is not None:
            parts.append(_bar("second", LABEL_W, y + 2 + BAR_H + 2, b, peak, BAR_AREA))
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def _narrow(rows: list[Row], first: str, second: str | None, title: str, peak: int) -> str:
    area = NARROW_W - 40
    parts = [_open("narrow", NARROW_W, TOP + NARROW_ROW * len(rows) + 4, title),
             _legend(first, second, 0)]
    for i, (label, a, b) in enumerate(rows):
        y = TOP + i * NARROW_ROW
        parts.append(f'<g class="row" data-label="{plain(label)}">'
                     f'<text class="label" x="0" y="{y + 14}">{plain(label)}</text>')
        parts.append(_bar("first", 0, y + 20, a, peak, area, 13))
        if second is not None:
            parts.append(_bar("second", 0, y + 35, b, peak, area, 13))
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


def _bar(kind: str, x: int, y: int, value: int, peak: int, area: int, height: int = BAR_H) -> str:
    w = round(area * value / peak, 1)
    return (
        f'<rect class="bar {kind}" x="{x}" y="{y}" width="{w}" height="{height}" rx="2"/>'
        f'<text class="value {kind}" x="{x + w + 5}" y="{y + height - 1}">{value}</text>'
    )


def _legend(first: str, second: str | None, x: int) -> str:
    out = (f'<rect class="bar first" x="{x}" y="8" width="14" height="10" rx="2"/>'
           f'<text class="legend" x="{x + 20}" y="18">{plain(first)}</text>')
    if second is not None:
        out += (f'<rect class="bar second" x="{x + 120}" y="8" width="14" height="10" rx="2"/>'
                f'<text class="legend" x="{x + 140}" y="18">{plain(second)}</text>')
    return out
