"""Render every generated page of the site: source path, metadata and Markdown body."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import jinja2

from generator.assessment.campaign import assess, previous_campaign
from generator.authoring.scaffold import template_text
from generator.check.rulebook import EXAMPLES, RULES, quoted_for
from generator.core.textlength import COUNT_RULE as TEXT_COUNT_RULE
from generator.forms.labels import display_name
from generator.forms.numbers import register
from generator.forms.publicity import PublicityText, publicity_days, publicity_text, roll_changes
from generator.forms.roll import honors, public_rows, roll_csv
from generator.forms.wording import issued_on
from generator.load.records import Repository
from generator.load.seal import corrections_of
from generator.site import datapage, images, paths, renames
from generator.site.chart import city_chart
from generator.site.counts import LIAISON_NOTE
from generator.site.fieldref import field_rows
from generator.site.public import PublicEntry
from generator.site.render import md_escape, text_sections, title_text
from generator.site.view import AWARD_ORDER, CampaignView

CN_NUMBERS = ("（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）")
RECOMMENDERS = {
    "collective": "委员馆推荐；委员馆自身由联盟办及各工作组推选",
    "special": "各工作组推荐",
    "individual": "委员馆、工作组推荐",
    "case": "联盟办征集、各工作组推荐",
}
EARLIER_YEAR_BOOST = 0.8  # search: the same name or title in an earlier year ranks just below
COUNT_RULE = TEXT_COUNT_RULE + "。"
TEMPLATE_KINDS = (
    ("collective", "联盟工作先进集体推荐表（附件 1-1）", "委员馆（推荐本市成员馆）、联盟办"),
    ("individual", "联盟工作先进个人推荐表（附件 1-2）", "委员馆、工作组"),
    ("summary", "推荐对象汇总表（附件 1-3）", "委员馆，文件名固定为 summary.yaml"),
    ("special", "联盟专项工作先进集体推荐表（附件 1-4）", "工作组"),
    ("case", "联盟优秀服务案例", "联盟办、工作组"),
)


@dataclass(frozen=True)
class Page:
    """One generated page: its metadata (MkDocs' page.meta) and its Markdown body."""

    src: str
    meta: dict[str, Any]
    body: str
    source: str = ""  # the data file (or folder, ending in /) the page shows; "" for others

    @property
    def text(self) -> str:
        """The page as a Markdown file with front matter."""
        return front_matter(self.meta) + self.body


@dataclass
class SiteContent:
    """All generated pages plus what the nav and the search need."""

    pages: dict[str, Page] = field(default_factory=dict)
    views: list[CampaignView] = field(default_factory=list)
    words: set[str] = field(default_factory=set)  # names the Chinese segmenter must keep whole
    assets: dict[str, Path] = field(default_factory=dict)  # site path -> file (case photos)
    downloads: dict[str, bytes] = field(default_factory=dict)  # site path -> bytes (open data)
    problems: list[str] = field(default_factory=list)  # data the site cannot publish


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator.site", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.globals["LIAISON_NOTE"] = LIAISON_NOTE
    return env


def page_meta(title: str, **meta: Any) -> dict[str, Any]:
    """A page's metadata; text values carry no HTML-special character (see title_text)."""
    out: dict[str, Any] = {"title": title_text(title)}
    for key, value in meta.items():
        if value is not None:
            out[key] = title_text(value) if isinstance(value, str) else value
    return out


def front_matter(meta: dict[str, Any]) -> str:
    """YAML front matter; values are written as JSON, which YAML reads verbatim."""
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items()]
    return "\n".join(["---", *lines, "---", "", ""])


class Renderer:
    """Renders pages for one repository; links are relative, so any site prefix works."""

    def __init__(self, root: Path, use_directory_urls: bool = True,
                 sink: Callable[[Page], None] | None = None, repository: str | None = None) -> None:
        self.env = _env()
        self.root = root
        self.repository = repository  # the submissions repository's address (for members)
        self.search_factor = 1.0  # an earlier year's pages rank a little below the newest's
        self.use_directory_urls = use_directory_urls
        self.content = SiteContent()
        # Where each finished page goes: kept in content.pages unless the caller takes it.
        self.sink = sink or self._keep

    def _keep(self, page: Page) -> None:
        self.content.pages[page.src] = page

    def add(self, src: str, template: str, title: str, meta: dict[str, Any] | None = None,
            *, source: str = "", **context: Any) -> None:
        def link(to: str) -> str:
            return paths.relative_url(src, to, self.use_directory_urls)

        def asset(to: str) -> str:
            return paths.asset_url(src, to, self.use_directory_urls)

        body = self.env.get_template(template).render(link=link, asset=asset, **context)
        meta = dict(meta or {})
        search = dict(meta.get("search") or {})
        if self.search_factor != 1.0 and not search.get("exclude"):
            search["boost"] = round(search.get("boost", 1) * self.search_factor, 3)
            meta["search"] = search
        self.sink(Page(src, page_meta(title, **meta), _tidy(body), source))

    def render(self, repo: Repository) -> SiteContent:
        views = [CampaignView.build(c, c.registry or repo.registry, newest=(i == 0))
                 for i, c in enumerate(repo.campaigns)]
        for view in views:
            view.corrections = corrections_of(Path(repo.root) / view.campaign.folder)
        self.content.views = views
        for view in views:
            view.assessment = assess(self.root, view.campaign, previous_campaign(repo, view.campaign))
        alliance = repo.registry.alliance if repo.registry else ""
        for view in views:
            self._campaign(view, alliance)
            if view.campaign.decisions is not None and view.registry is not None:
                rows = public_rows(view.registry, view.campaign)
                self.content.downloads[view.paths.roll_csv] = roll_csv(rows)
        if views:
            self._verify(views)
            self._guide(views[0])
            self.add(paths.YEARS, "years.md.j2", "往年评选", views=views, data_page=paths.DATA,
                     changes=renames.name_changes(repo.registry, views))
            self._data(views)
            self._about(views[0], repo)
        for view in views:
            self.content.words.update(_words(view))
        return self.content

    def _campaign(self, v: CampaignView, alliance: str) -> None:
        self.search_factor = 1.0 if v.paths.newest else EARLIER_YEAR_BOOST
        try:
            self._overview(v, alliance)
            self._lists(v)
            for entry in v.entries:
                self._entry(v, entry)
        finally:
            self.search_factor = 1.0

    def _overview(self, v: CampaignView, alliance: str) -> None:
        p = v.paths
        kind_pages = {"collective": p.cities, "individual": p.cities,
                      "special": p.special, "case": p.cases}
        second = v.roll_word if v.honor_status else None
        chart = city_chart(v.by_city_chart, "推荐", second,
                           f"{v.config.title}各市推荐" + (f"与{second}数" if second else "数"))
        meta = {"hide": ["navigation", "toc"], "search": {"boost": 0.5}}
        self.add(p.overview, "overview.md.j2", v.config.title, meta, v=v, alliance=alliance,
                 kinds=AWARD_ORDER, kind_pages=kind_pages, chart=chart, guide=paths.GUIDE,
                 publicity=_publicity(v), data_page=paths.DATA)
        if p.newest:
            # The newest year's overview is the home page; its year URL leads there.
            self.add(p.year_home, "year_home.md.j2", f"{v.year}年度",
                     {"search": {"exclude": True}}, v=v, home=paths.HOME)

    def _lists(self, v: CampaignView) -> None:
        p, rows = v.paths, v.city_rows
        wide = {"hide": ["navigation"]}  # single pages: the left column would only repeat the tab
        self.add(p.rules, "rules.md.j2", "评选方案", {**wide, "description": f"{v.config.title}方案"},
                 v=v, cn_numbers=CN_NUMBERS, recommenders=RECOMMENDERS, count_rule=COUNT_RULE,
                 guide=paths.GUIDE, rulebook=RULES, examples=EXAMPLES, quote=quoted_for)
        self.add(p.cities, "cities.md.j2", "各市推荐", v=v,
                 total_collectives=sum(len(r.collectives) for r in rows),
                 total_individuals=sum(len(r.individuals) for r in rows),
                 total_liaisons=sum(len(r.liaisons) for r in rows),
                 total_others=sum(len(r.others) for r in rows))
        for row in rows:
            self.add(p.city(row.city.code), "city.md.j2", row.city.name, v=v, row=row,
                     source=f"{v.campaign.folder}/cities/{row.city.code}/")
        self.add(p.special, "special.md.j2", "专项工作", wide, v=v,
                 former=lambda code: renames.predecessors_of(v, code, self.content.views))
        self.add(p.cases, "cases.md.j2", "优秀服务案例", wide, v=v)
        pub = v.config.publicity
        self.add(p.honors, "honors.md.j2", v.roll_title if v.honor_status else "表彰名单", wide,
                 v=v, publicity=_publicity(v), issuer=_issuer(v),
                 publicity_date=pub.start if pub else _decided_on(v),
                 days=publicity_days(v.config), changes=_changes(v))

    def _entry(self, v: CampaignView, e: PublicEntry) -> None:
        award = v.config.award_by_type(e.kind)
        criteria = [c for c in (award.criteria if award else []) if c.number in e.criteria]
        template = "case.md.j2" if e.kind == "case" else "nomination.md.j2"
        meta = {"search": {"boost": 2}, "description": f"{e.award_name}：{e.label}"}
        page = v.page_of(e)
        found = images.collect(self.root, e.path, e.images, page.removesuffix(".md"),
                               self.content.problems)
        text_html, inline = e.text_html, list[images.Photo]()
        if e.kind == "case":  # the body's own pictures, where the text puts them
            text_html, inline = images.place_pictures(
                text_html, self.root, e.path, page.removesuffix(".md"),
                lambda dest: paths.asset_url(page, dest, self.use_directory_urls), self.content.problems)
        self.content.assets.update((photo.dest, photo.source) for photo in [*found, *inline])
        self.add(page, template, e.label, meta, source=e.path, v=v, e=e, criteria=criteria,
                 photos=[photo.dest for photo in found],
                 sections=text_sections(text_html) if e.kind == "case" else [])

    def _data(self, views: list[CampaignView]) -> None:
        awards, cities = datapage.by_award(views), datapage.by_city(views)
        self.content.downloads[datapage.AWARD_CSV] = datapage.award_csv(views, awards)
        self.content.downloads[datapage.CITY_CSV] = datapage.city_csv(views, cities)
        self.add(paths.DATA, "data.md.j2", "数据", {"hide": ["navigation"]}, awards=awards,
                 cities=cities, views=views, views_by_year={v.year: v for v in views},
                 award_csv=datapage.AWARD_CSV, city_csv=datapage.CITY_CSV)

    def _verify(self, views: list[CampaignView]) -> None:
        """证书查验: the numbers of every year whose list is 已表彰 (public fields only)."""
        numbers: dict[str, dict[str, str]] = {}
        for v in views:
            decisions = v.campaign.decisions
            if decisions is not None and v.registry is not None:
                numbers.update(register(v.config, honors(v.registry, v.campaign),
                                        decisions.status == "已表彰"))
        data = {"numbers": dict(sorted(numbers.items()))}
        self.content.downloads[paths.VERIFY_DATA] = (
            json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")
        example = next(iter(data["numbers"]), "")
        self.add(paths.VERIFY, "verify.md.j2", "证书查验", {"hide": ["navigation", "toc"]},
                 data_file=paths.VERIFY_DATA, count=len(numbers),
                 example=example, years=sorted({n["year"] for n in numbers.values()}))

    def _about(self, v: CampaignView, repo: Repository) -> None:
        registry = v.registry or repo.registry
        self.add(paths.ABOUT, "about.md.j2", "关于", {"hide": ["navigation"]},
                 alliance=registry.alliance if registry else "",
                 office=registry.office if registry else None,
                 demo=bool(registry and registry.demo), contact=v.config.contact,
                 publicity=_publicity(v) if v.honor_status == "拟表彰" else None,
                 year_title=f"{v.year}年度", repository=self.repository, data_page=paths.DATA,
                 guide=paths.GUIDE, contributing=paths.CONTRIBUTING)

    def _guide(self, v: CampaignView) -> None:
        folder = v.campaign.folder
        example = v.cities[0].code if v.cities else "xian"
        self.add(paths.GUIDE, "guide.md.j2", "填报指南", v=v, folder=folder,
                 example_city=example, count_rule=COUNT_RULE, templates_page=paths.GUIDE_TEMPLATES,
                 fields_page=paths.GUIDE_FIELDS, contributing=paths.CONTRIBUTING)
        templates = [(kind, title, who, template_text(kind, v.config))
                     for kind, title, who in TEMPLATE_KINDS]
        fence = "`" * max(3, *(_longest_backticks(t[3]) + 1 for t in templates))
        self.add(paths.GUIDE_TEMPLATES, "templates.md.j2", "填写模板", v=v,
                 templates=templates, fence=fence)
        tables = [(kind, title, field_rows(kind, v.config)) for kind, title, _ in TEMPLATE_KINDS]
        self.add(paths.GUIDE_FIELDS, "fields.md.j2", "字段说明", v=v, tables=tables)


def _issuer(v: CampaignView) -> str:
    return v.registry.office.name if v.registry else "联盟工作委员会办公室"


def _decided_on(v: CampaignView) -> date | None:
    return v.campaign.decisions.decided_on if v.campaign.decisions else None


def _publicity(v: CampaignView) -> PublicityText:
    """The 公示's words, shared with the office's printed notice (generator/forms/publicity.py)."""
    return publicity_text(v.config, v.campaign.decisions, _issuer(v))


def _changes(v: CampaignView) -> list[Any]:
    """The roll's public changelog (拟表彰 → 公示 → changes → 表彰), names as the site shows them."""
    decisions = v.campaign.decisions

    def label(rel: str) -> str:
        record = v.campaign.by_rel(rel)
        if record is None:
            return rel
        name, unit = display_name(record), str(getattr(record.form, "unit", ""))
        return f"{name}（{unit}）" if unit and unit != name else name

    final_on = issued_on(v.config, decisions) if decisions is not None else None
    return roll_changes(v.config, decisions, label, final_on)


def _longest_backticks(text: str) -> int:
    return max((len(m) for m in re.findall(r"`+", text)), default=0)


def _tidy(body: str) -> str:
    """Collapse runs of blank lines left by template logic; end with one newline."""
    return re.sub(r"\n{3,}", "\n\n", body).strip() + "\n"


def _words(view: CampaignView) -> Iterator[str]:
    """People's names, so a search for a whole name finds the person (jieba may cut it)."""
    for e in view.entries:
        if e.name:
            yield e.name
    for liaison in view.liaisons:
        yield liaison.name
