"""Expand the `honors:` placeholders of mkdocs.yml's nav into the generated pages.

mkdocs.yml lists hand-written pages as usual and marks with a bare item where a generated
section goes: `- honors:rules`, `honors:cities`, `honors:special`, `honors:cases`,
`honors:honors` (the newest campaign), `honors:years` (the earlier campaigns), `honors:data`
(counts over all years), `honors:verify` (证书查验) and `honors:about` (who runs the selection, data, contact). The
plugin gives them their titles, which follow the data (拟表彰名单 / 表彰名单).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mkdocs.exceptions import PluginError

from generator.site.paths import ABOUT, DATA, VERIFY, YEARS
from generator.site.render import title_text
from generator.site.view import CampaignView

PREFIX = "honors:"
# Every page carries the whole nav: a province's dozen cities are listed in it, a national
# registry's hundreds are not (the 各市推荐 table links them), or each page would grow with them.
NAV_CITIES = 30


# Sections of the whole site, not of one year.
SITE_SECTIONS: dict[str, dict[str, Any]] = {"data": {"数据": DATA}, "about": {"关于": ABOUT},
                                            "verify": {"证书查验": VERIFY}}


def _roll(v: CampaignView) -> str:
    return v.roll_title if v.honor_status else "表彰名单"


def _sections(v: CampaignView) -> dict[str, dict[str, Any]]:
    """Each placeholder's nav entry: {title: page} or {title: [children]}."""
    p = v.paths
    rows = v.city_rows if len(v.city_rows) <= NAV_CITIES else []
    city_pages = [{title_text(r.city.name): p.city(r.city.code)} for r in rows]
    return {
        "overview": {"首页": p.overview},
        "rules": {"评选方案": p.rules},
        "cities": {"各市推荐": [p.cities, *city_pages]},
        "special": {"专项工作": p.special},
        "cases": {"优秀服务案例": p.cases},
        "honors": {_roll(v): p.honors},
    }


def _year_section(v: CampaignView) -> dict[str, Any]:
    # One entry per earlier year: its overview links the year's other pages (栏目导航).
    # Six entries a year would make every page of a ten-year archive carry 54 more links.
    return {f"{v.year}年度": v.paths.overview}


def _expand(marker: str, views: list[CampaignView]) -> dict[str, Any]:
    name = marker.removeprefix(PREFIX)
    if name == "years":
        return {"往年评选": [{"历年一览": YEARS}, *(_year_section(v) for v in views[1:])]}
    if name in SITE_SECTIONS:
        return SITE_SECTIONS[name]
    sections = _sections(views[0]) if views else {}
    if name not in sections:
        known = "、".join(PREFIX + k for k in [*sections, "years", *SITE_SECTIONS])
        raise PluginError(f"mkdocs.yml 的 nav 中有未知的占位符「{marker}」。可用：{known}")
    return sections[name]


def expand_nav(nav: Any, views: list[CampaignView]) -> Any:
    """A copy of nav with every `- honors:<name>` item replaced by its titled entry."""
    if isinstance(nav, list):
        return [expand_nav(item, views) for item in nav]
    if isinstance(nav, dict):
        return {title: expand_nav(value, views) for title, value in nav.items()}
    if isinstance(nav, str) and nav.startswith(PREFIX):
        return _expand(nav, views)
    return nav


@dataclass(frozen=True)
class YearNav:
    """The tabs of an earlier year's pages: that year's sections, and the way to the newest."""

    prefix: str  # the year's folder, e.g. "2023"
    title: str  # e.g. 2023年度
    stage: str
    sections: list[tuple[str, str]]  # (title, source path) of the year's sections
    newest_title: str
    newest: str  # the newest year's overview (the home page)


def year_navs(views: list[CampaignView]) -> dict[str, YearNav]:
    """An earlier year's folder -> its tabs; the newest year uses the site's own nav."""
    if not views:
        return {}
    newest = views[0]
    out = {}
    for v in views[1:]:
        sections = [(title_text(t), target if isinstance(target, str) else target[0])
                    for entry in _sections(v).values() for t, target in entry.items()]
        sections[0] = (f"{v.year}年度首页", sections[0][1])
        out[v.paths.prefix] = YearNav(v.paths.prefix, f"{v.year}年度", v.stage, sections,
                                      title_text(newest.config.title), newest.paths.overview)
    return out


# A page's folder within its year -> the index of its tab in YearNav.sections (the order of
# _sections): nominations from working groups and the office are listed on 专项工作.
_SECTION_OF = {"index.md": 0, "rules.md": 1, "cities": 2, "special.md": 3, "groups": 3,
               "office": 3, "cases": 4, "honors.md": 5}


def section_of(rel: str) -> int | None:
    """Which of a year's tabs holds the page at rel (a path within the year's folder)."""
    return _SECTION_OF.get(rel.split("/", 1)[0])
