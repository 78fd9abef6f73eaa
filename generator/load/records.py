"""What a loaded campaign looks like to the later stages (rules, site, forms)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal

from generator.load.stamped import Scan
from generator.load.yamlload import Document
from generator.models import (
    CampaignConfig,
    CitySummary,
    Decisions,
    Nomination,
    Registry,
)
from generator.models.objections import Objections

SourceKind = Literal["city", "group", "office"]


@dataclass(frozen=True)
class Source:
    """Who nominated: a city's committee library, a working group, or the office."""

    kind: SourceKind
    code: str


@dataclass
class NominationRecord:
    """One nomination file that passed its schema (or, partial, what did parse of one that did not)."""

    path: str  # repo-relative posix path
    rel: str  # path relative to the campaign folder, as decisions refer to it
    award: str  # "collective" | "special" | "individual" | "case"
    source: Source
    form: Nomination
    doc: Document = field(repr=False, compare=False)  # the file as loaded: positions for findings
    # Keys that failed the schema when the record is partial (what did parse of a file with schema
    # errors, checked by the rules only): empty for a record that passed.
    failed: frozenset[str] = frozenset()

    @property
    def slug(self) -> str:
        return self.rel.rsplit("/", 1)[-1].removesuffix(".yaml")


@dataclass
class Campaign:
    """One year's campaign folder."""

    year: int
    folder: str  # repo-relative, e.g. "submissions/2024"
    config: CampaignConfig
    config_path: str
    config_doc: Document = field(repr=False)  # campaign.yaml as loaded: positions for findings
    nominations: list[NominationRecord] = field(default_factory=list)
    summaries: dict[str, CitySummary] = field(default_factory=dict)
    summary_paths: dict[str, str] = field(default_factory=dict)
    summary_docs: dict[str, Document] = field(default_factory=dict, repr=False)
    decisions: Decisions | None = None
    decisions_path: str | None = None
    decisions_doc: Document | None = field(default=None, repr=False)
    # The registry this year is judged, shown and printed with: the frozen copy in the year's
    # folder once the office closed the year (honors close), else the alliance's current one.
    registry: Registry | None = None
    frozen_registry_path: str | None = None
    # Nomination files that exist but failed to load or to pass their schema (rel paths): later
    # rules must not report them again as missing (one cause, one finding).
    broken: set[str] = field(default_factory=set)
    # The office's private record of 公示 objections (private/<year>/objections.yaml), when present.
    objections: Objections | None = None
    objections_path: str | None = None
    objections_doc: Document | None = field(default=None, repr=False)
    # What did parse of those files: the rules check them too (all findings at once), nothing
    # else sees them (the site and the forms show only files that passed).
    partial: list[NominationRecord] = field(default_factory=list)
    # The stamped originals' scans (load/stamped.py): the office's record, never on the site.
    scans: list[Scan] = field(default_factory=list)
    _by_rel: tuple[list[NominationRecord], int, dict[str, NominationRecord]] | None = field(
        default=None, init=False, repr=False, compare=False)

    @property
    def stage(self) -> str:
        """推荐中 / 审议中 / 公示中 / 已表彰: the config's word, else inferred from the decisions."""
        if self.config.stage:
            return self.config.stage
        if self.decisions is None:
            return "推荐中"
        return "已表彰" if self.decisions.status == "已表彰" else "公示中"

    @contextmanager
    def with_partial(self) -> Iterator[None]:
        """While the rules run: the nominations with the partial records among them, in path order."""
        whole = self.nominations
        self.nominations = sorted([*whole, *self.partial], key=lambda n: n.path)
        try:
            yield
        finally:
            self.nominations = whole

    def by_rel(self, rel: str) -> NominationRecord | None:
        """The nomination at rel (relative to the campaign folder), looked up in an index that is
        rebuilt whenever the list of nominations was replaced or grew."""
        nominations = self.nominations
        cached = self._by_rel
        if cached is None or cached[0] is not nominations or cached[1] != len(nominations):
            index: dict[str, NominationRecord] = {}
            for n in nominations:
                index.setdefault(n.rel, n)
            cached = self._by_rel = (nominations, len(nominations), index)
        return cached[2].get(rel)


@dataclass
class Repository:
    """Everything under submissions/: the registry and the campaigns, newest first."""

    root: str
    registry: Registry | None
    registry_path: str
    campaigns: list[Campaign] = field(default_factory=list)
    registry_doc: Document | None = field(default=None, repr=False)  # for positions
