"""One campaign as the site shows it: public entries, city tables, honor rolls, counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from generator.assessment.campaign import CampaignAssessment, ProjectResult
from generator.assessment.ranking import Ranking
from generator.forms.ranking import header as ranking_header
from generator.forms.ranking import rows as ranking_rows
from generator.load.records import Campaign
from generator.models import CampaignConfig, City, Registry, WorkingGroup
from generator.models.awards import AWARD_ORDER
from generator.models.names import norm
from generator.site.counts import PlaceCounts, YearCounts, place_counts, year_counts
from generator.site.paths import CampaignPaths
from generator.site.public import PublicEntry, public_entry, unit_city

__all__ = ["AWARD_ORDER", "CampaignView", "CityRow", "Liaison"]
OTHER_CITY = "—"
ROLL_STAGES = ("公示中", "已表彰")  # the stages in which the roll is public


@dataclass(frozen=True)
class CityRow:
    """One line of the cities overview: what a committee library recommended against quota."""

    city: City
    collectives: list[PublicEntry]
    individuals: list[PublicEntry]  # liaisons excluded: they take no quota
    liaisons: list[PublicEntry]
    others: list[PublicEntry]  # the city's own cases and any other award it put forward
    collective_quota: int
    individual_quota: int
    summary_filed: bool

    @property
    def over_quota(self) -> bool:
        return (len(self.collectives) > self.collective_quota
                or len(self.individuals) > self.individual_quota)

    @property
    def status(self) -> str:
        if self.over_quota:
            return "超出名额"
        if not (self.collectives or self.individuals or self.liaisons or self.others):
            return "尚未推荐"
        return "已报送" if self.summary_filed else "汇总表未报送"


@dataclass(frozen=True)
class Liaison:
    city_name: str
    name: str
    unit: str
    position: str


@dataclass
class CampaignView:
    """Everything the templates need about one campaign."""

    campaign: Campaign
    registry: Registry | None
    paths: CampaignPaths
    entries: list[PublicEntry] = field(default_factory=list)
    # A closed year's corrections recorded by honors close --correct (load/seal.py): its changelog.
    corrections: list[tuple[str, str, str]] = field(default_factory=list)  # (date, what, reason)
    assessment: CampaignAssessment | None = None  # the 考核排名 from the groups' 业务数据

    @classmethod
    def build(cls, campaign: Campaign, registry: Registry | None, newest: bool) -> CampaignView:
        entries = [public_entry(r, registry, campaign.config) for r in campaign.nominations]
        return cls(campaign, registry, CampaignPaths(campaign.year, newest), entries)

    @property
    def config(self) -> CampaignConfig:
        return self.campaign.config

    @property
    def year(self) -> int:
        return self.campaign.year

    @property
    def stage(self) -> str:
        return self.campaign.stage

    @property
    def cities(self) -> list[City]:
        return list(self.registry.cities) if self.registry else []

    def city_name(self, code: str | None) -> str:
        city = self.registry.city(code) if (self.registry and code) else None
        return city.name if city else OTHER_CITY

    # --- awards -------------------------------------------------------------

    def award_name(self, kind: str) -> str:
        award = self.config.award_by_type(kind)
        return award.name if award else kind

    def of_kind(self, kind: str) -> list[PublicEntry]:
        return [e for e in self.entries if e.kind == kind]

    @cached_property
    def counts(self) -> YearCounts:
        """The year's totals (counts.py defines each)."""
        public = self.honor_status is not None
        return year_counts(self.entries, self.selected() if public else None,
                           len(self.liaisons) if public else None)

    @cached_property
    def place_counts(self) -> list[PlaceCounts]:
        """Nominations and selections by the unit's city (counts.py)."""
        return place_counts([(c.code, c.name) for c in self.cities], self.entries,
                            self.selected())

    # --- decisions ----------------------------------------------------------

    @cached_property
    def decided(self) -> dict[str, str]:
        """Entry key -> the committee's opinion, for every nomination on the honor roll."""
        decisions = self.campaign.decisions
        if decisions is None or self.honor_status is None:
            return {}
        keys = {e.key for e in self.entries}
        return {d.nomination: d.shown_opinion for d in decisions.passed() if d.nomination in keys}

    @property
    def honor_status(self) -> str | None:
        """拟表彰 (公示中) or 已表彰 from the year's stage; None while the roll is not public."""
        if self.campaign.decisions is None or self.stage not in ROLL_STAGES:
            return None
        return "已表彰" if self.stage == "已表彰" else "拟表彰"

    @property
    def roll_title(self) -> str:
        return "表彰名单" if self.honor_status == "已表彰" else "拟表彰名单"

    @property
    def roll_word(self) -> str:
        return "表彰" if self.honor_status == "已表彰" else "拟表彰"

    def honored(self, kind: str | None = None) -> list[PublicEntry]:
        """Decided entries in the decisions file's order (liaisons included)."""
        if self.campaign.decisions is None or self.honor_status is None:
            return []
        by_key = {e.key: e for e in self.entries}
        out = []
        for d in self.campaign.decisions.passed():
            entry = by_key.get(d.nomination)
            if entry is not None and (kind is None or entry.kind == kind) and entry not in out:
                out.append(entry)
        return out

    def selected(self, kind: str | None = None) -> list[PublicEntry]:
        """Decided entries other than liaisons (who are commended apart, see `liaisons`)."""
        return [e for e in self.honored(kind) if not e.is_liaison]

    def honored_special(self) -> list[PublicEntry]:
        """Honored special collectives, grouped by project in the config's order."""
        order = {p.name: i for i, p in enumerate(self.config.special_projects)}
        items = self.selected("special")
        return sorted(items, key=lambda e: order.get(e.project or "", len(order)))

    @cached_property
    def liaisons(self) -> list[Liaison]:
        """Liaisons commended: the decisions' separate list, then liaison nominations decided."""
        if self.campaign.decisions is None or self.honor_status is None:
            return []
        out = []
        for honor in self.campaign.decisions.passed_liaisons():
            city = self.registry.city(honor.city) if self.registry else None
            served = city.liaison_for(self.year) if city else None
            known = served if served and norm(served.name) == norm(honor.name) else None
            out.append(Liaison(
                city_name=city.name if city else honor.city,
                name=honor.name,
                unit=city.committee_library if city else "",
                position=(known.position or "") if known else "",
            ))
        listed = self._liaison_keys
        for e in self.honored("individual"):
            if e.is_liaison and (e.city_code, e.name) not in listed:
                out.append(Liaison(self.city_name(e.city_code), e.name or "", e.unit,
                                   e.position or ""))
        return out

    def liaison_honored(self, e: PublicEntry) -> bool:
        """A liaison nominated by form 1-2 who is on the decisions' separate liaison list."""
        if self.honor_status is None or not e.is_liaison:
            return False
        return (e.city_code, e.name) in self._liaison_keys or e.key in self.decided

    @cached_property
    def _liaison_keys(self) -> set[tuple[str | None, str | None]]:
        # One set, not a scan of every city's liaison for each liaison's page.
        decisions = self.campaign.decisions
        return {(h.city, h.name) for h in decisions.passed_liaisons()} if decisions else set()

    def back_link(self, e: PublicEntry) -> tuple[str, str]:
        """(page, label) of the list a nomination page returns to."""
        if e.kind == "case":
            return self.paths.cases, "优秀服务案例"
        if e.source_kind == "city":
            return self.paths.city(e.source_code), f"{self.city_name(e.source_code)}推荐"
        return self.paths.special, "专项工作"

    def honored_in_city(self, code: str) -> list[PublicEntry]:
        return list(self._honored_by_city.get(code, []))

    @cached_property
    def _honored_by_city(self) -> dict[str | None, list[PublicEntry]]:
        # Grouped once: the roll's by-city section asks for every city.
        grouped: dict[str | None, list[PublicEntry]] = {}
        for e in self.selected():
            grouped.setdefault(e.city_code, []).append(e)
        return grouped

    def liaisons_in_city(self, city_name: str) -> list[Liaison]:
        return list(self._liaisons_by_city.get(city_name, []))

    @cached_property
    def _liaisons_by_city(self) -> dict[str, list[Liaison]]:
        grouped: dict[str, list[Liaison]] = {}
        for liaison in self.liaisons:
            grouped.setdefault(liaison.city_name, []).append(liaison)
        return grouped

    # --- cities -------------------------------------------------------------

    def others_in_city(self, code: str) -> list[PublicEntry]:
        """Entries of the city's units nominated by a working group or the office, file order."""
        return list(self._others_by_city.get(code, []))

    @cached_property
    def _others_by_city(self) -> dict[str | None, list[PublicEntry]]:
        # Grouped once: each city page asks, and a scan of all entries per city is quadratic.
        grouped: dict[str | None, list[PublicEntry]] = {}
        for e in self.entries:
            if e.source_kind != "city":
                grouped.setdefault(e.city_code, []).append(e)
        return grouped

    def partner_cases(self, code: str) -> list[tuple[PublicEntry, list[str]]]:
        """Joint cases a library of the city carried out as a 合作单位, with those partners,
        when the city's page does not list the case already (its own or its unit's)."""
        return list(self._partner_cases.get(code, []))

    @cached_property
    def _partner_cases(self) -> dict[str, list[tuple[PublicEntry, list[str]]]]:
        grouped: dict[str, list[tuple[PublicEntry, list[str]]]] = {}
        for e in self.entries:
            by_city: dict[str, list[str]] = {}
            for partner in e.partners:
                city = unit_city(self.registry, partner)
                if city is not None:
                    by_city.setdefault(city, []).append(partner)
            listed_on = e.source_code if e.source_kind == "city" else e.city_code
            for city, names in by_city.items():
                if city != listed_on:
                    grouped.setdefault(city, []).append((e, names))
        return grouped

    def recommended_by(self, code: str) -> list[PublicEntry]:
        """A committee library's own recommendations, in file order (form 1-3)."""
        return list(self._by_city_source.get(code, []))

    @cached_property
    def _by_city_source(self) -> dict[str, list[PublicEntry]]:
        # Grouped once: a national registry has hundreds of cities, each asking in turn.
        grouped: dict[str, list[PublicEntry]] = {}
        for e in self.entries:
            if e.source_kind == "city":
                grouped.setdefault(e.source_code, []).append(e)
        return grouped

    @cached_property
    def city_rows(self) -> list[CityRow]:
        quotas = self.config.quotas
        rows = []
        for city in self.cities:
            own = self.recommended_by(city.code)
            people = [e for e in own if e.kind == "individual"]
            rows.append(CityRow(
                city=city,
                collectives=[e for e in own if e.kind == "collective"],
                individuals=[e for e in people if not e.is_liaison],
                liaisons=[e for e in people if e.is_liaison],
                others=[e for e in own if e.kind not in ("collective", "individual")],
                collective_quota=quotas.collective_per_city,
                individual_quota=quotas.individual_per_city,
                summary_filed=city.code in self.campaign.summaries,
            ))
        return rows

    def city_row(self, code: str) -> CityRow:
        return next(r for r in self.city_rows if r.city.code == code)

    @property
    def by_city_chart(self) -> list[tuple[str, int, int]]:
        """(place, nominations, selections) for every city (and 省级及其他), liaisons apart."""
        return [(p.name, p.total_nominated, p.total_selected) for p in self.place_counts]

    # --- special projects, groups, cases ------------------------------------

    def special_for(self, project: str) -> list[PublicEntry]:
        return [e for e in self.entries if e.kind == "special" and e.project == project]

    def assessed(self, project: str) -> ProjectResult | None:
        """The project's 考核排名, when the configuration ranks it on business data."""
        return self.assessment.project(project) if self.assessment else None

    def ranking_table(self, ranking: Ranking) -> tuple[list[str], list[list[str]]]:
        """Heading and rows of a ranking as published: the indicators the configuration shows
        (「公开: 否」 ones left out); library names and scores are public institutions' data."""
        return ranking_header(ranking, public=True), ranking_rows(ranking, public=True)

    def group_name(self, code: str) -> str:
        group = self.registry.group(code) if self.registry else None
        return group.name if group else code

    def group_lead(self, code: str) -> str:
        group = self.registry.group(code) if self.registry else None
        return group.lead_library if group else ""

    def other_from(self, kind: str, code: str) -> list[PublicEntry]:
        """A working group's (or the office's) nominations other than special collectives."""
        return [e for e in self.entries
                if e.source_kind == kind and e.source_code == code and e.kind != "special"]

    def groups_with_other_nominations(self) -> list[WorkingGroup]:
        groups = self.registry.groups if self.registry else []
        return [g for g in groups if self.other_from("group", g.code)]

    @cached_property
    def case_slugs(self) -> dict[str, str]:
        """Entry key -> the case page's slug (the file name, made unique across folders)."""
        cases = self.of_kind("case")
        seen = Counter(e.slug for e in cases)
        return {e.key: e.slug if seen[e.slug] == 1 else f"{e.source_code}-{e.slug}" for e in cases}

    def cases_by_theme(self) -> list[tuple[str, list[PublicEntry]]]:
        cases = self.of_kind("case")
        themes = list(self.config.case_themes)
        themes += sorted({e.theme for e in cases if e.theme and e.theme not in themes})
        return [(t, [e for e in cases if e.theme == t]) for t in themes]

    def page_of(self, entry: PublicEntry) -> str:
        if entry.kind == "case":
            return self.paths.case(self.case_slugs[entry.key])
        return self.paths.nomination(entry.key)
