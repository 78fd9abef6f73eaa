"""A horizontal bar chart as inline SVG, drawn at build time (no script, no CDN)."""

from __future__ import annotations

from markupsafe import Markup

from generator.site.render import plain

LABEL_W = 88
BAR_AREA = 520
ROW_H = 34
BAR_H = 11
TOP = 34


def city_chart(rows: list[tuple[str, int, int]], first: str, second: str, title: str) -> Markup:
    """Two bars per row (e.g. nominations and honors by city), values printed at the bar ends."""
    peak = max([1, *(max(a, b) for _, a, b in rows)])
    width = LABEL_W + BAR_AREA + 40
    height = TOP + ROW_H * len(rows) + 8
    parts = [
        f'<svg class="honors-chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{plain(title)}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{plain(title)}</title>",
        _legend(first, second),
    ]
    for i, (label, a, b) in enumerate(rows):
        y = TOP + i * ROW_H
        parts.append(
            f'<text class="label" x="{LABEL_W - 8}" y="{y + BAR_H + 4}" '
            f'text-anchor="end">{plain(label)}</text>'
        )
        parts.append(_bar("first", y + 2, a, peak))
        parts.append(_bar("second", y + 2 + BAR_H + 2, b, peak))
    parts.append("</svg>")
    return Markup("".join(parts))


def _bar(kind: str, y: int, value: int, peak: int) -> str:
    w = round(BAR_AREA * value / peak, 1)
    return (
        f'<rect class="bar {kind}" x="{LABEL_W}" y="{y}" width="{w}" height="{BAR_H}" rx="2"/>'
        f'<text class="value" x="{LABEL_W + w + 5}" y="{y + BAR_H - 1}">{value}</text>'
    )


def _legend(first: str, second: str) -> str:
    return (
        f'<rect class="bar first" x="{LABEL_W}" y="8" width="14" height="10" rx="2"/>'
        f'<text class="legend" x="{LABEL_W + 20}" y="17">{plain(first)}</text>'
        f'<rect class="bar second" x="{LABEL_W + 140}" y="8" width="14" height="10" rx="2"/>'
        f'<text class="legend" x="{LABEL_W + 160}" y="17">{plain(second)}</text>'
    )
