"""A campaign's assessment: each configured project's data file found, read and ranked."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.assessment.datafile import (
    DATA_FOLDER,
    SUFFIXES,
    DataTable,
    Needs,
    Row,
    find_file,
    read_table,
)
from generator.assessment.ranking import Entry, Library, Ranking, libraries, rank_project
from generator.core.findings import Finding
from generator.load.records import Campaign, Repository
from generator.models.campaign_config import ProjectAssessment, SpecialProject
from generator.models.names import norm


@dataclass
class ProjectResult:
    """One special project's data and rankings (rankings empty when its data file is missing)."""

    project: SpecialProject
    assessment: ProjectAssessment
    folder: str  # repo-relative data folder of the project's group
    table: DataTable | None = None
    last_table: DataTable | None = None  # the previous year's, where it exists
    rankings: list[Ranking] = field(default_factory=list)
    unknown: list[Row] = field(default_factory=list)  # rows naming no registered library

    @property
    def expected(self) -> str:
        """The data file's path as a hint shows it."""
        return f"{self.folder}/{self.assessment.data_file}.csv"

    def place(self, unit: str) -> tuple[Ranking, Entry] | None:
        for ranking in self.rankings:
            entry = ranking.entry(unit)
            if entry is not None:
                return ranking, entry
        return None


@dataclass
class CampaignAssessment:
    year: int
    projects: list[ProjectResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def project(self, name: str) -> ProjectResult | None:
        return next((p for p in self.projects if p.project.answers_to(name)), None)


def previous_campaign(repo: Repository, campaign: Campaign) -> Campaign | None:
    return next((c for c in repo.campaigns if c.year == campaign.year - 1), None)


def assess(root: Path, campaign: Campaign, previous: Campaign | None = None) -> CampaignAssessment:
    """Read and rank every project of the campaign that has a 考核 configuration."""
    out = CampaignAssessment(campaign.year)
    registry = campaign.registry
    if registry is None:
        return out
    known = libraries(registry)
    used: dict[str, set[str]] = {}
    for project in campaign.config.special_projects:
        config = project.assessment
        if config is None:
            continue
        used.setdefault(project.group, set()).add(config.data_file)
        folder = f"{campaign.folder}/groups/{project.group}/{DATA_FOLDER}"
        result = ProjectResult(project, config, folder)
        out.projects.append(result)
        names = _indicators(config)
        file = find_file(root / folder, config.data_file)
        if file is None:
            continue
        result.table, findings = read_table(file, f"{folder}/{file.name}", names, _needs(config, known))
        out.findings.extend(findings)
        if result.table is None:
            continue
        result.unknown = [r for r in result.table.rows if norm(r.unit) not in known]
        result.last_table = _last(root, previous, project, config, names)
        result.rankings = rank_project(config, result.table, registry, result.last_table)
        for ranking in result.rankings:
            for row, why in ranking.excluded:
                out.findings.append(Finding(
                    result.table.path, row.line, row.column, "A005", "warning",
                    f"「{row.unit}」不参加{project.name}{ranking.label}排名：{why}。",
                    "请联盟办在联盟名录中为该馆登记「服务人口」（万人）。",
                ))
    out.findings.extend(_stray(root, campaign, used))
    return out


def _needs(config: ProjectAssessment, known: dict[str, Library]) -> Needs:
    """A row fills its own standard's indicators; a library the registry lacks is reported by name
    only (one cause, one finding)."""
    def needs(unit: str) -> list[str]:
        lib = known.get(norm(unit))
        standard = config.standard(lib.committee) if lib else None
        return [i.name for i in standard.indicators] if standard else []
    return needs


def _indicators(config: ProjectAssessment) -> list[str]:
    names: list[str] = []
    for standard in (config.committee, config.member):
        for ind in standard.indicators if standard else []:
            if ind.name not in names:
                names.append(ind.name)
    return names


def _last(root: Path, previous: Campaign | None, project: SpecialProject, config: ProjectAssessment,
          names: list[str]) -> DataTable | None:
    """Last year's data of the same project (its name or alias), read with this year's indicators."""
    if previous is None:
        return None
    before = previous.config.project(project.name)
    group = before.group if before else project.group
    stem = before.assessment.data_file if before and before.assessment else config.data_file
    file = find_file(root / previous.folder / "groups" / group / DATA_FOLDER, stem)
    if file is None:
        return None
    table, _ = read_table(file, f"{previous.folder}/groups/{group}/{DATA_FOLDER}/{file.name}", names,
                          lambda unit: names)
    return table  # its findings are last year's, reported when that year is checked


def _stray(root: Path, campaign: Campaign, used: dict[str, set[str]]) -> list[Finding]:
    """Files in a data folder that no project reads."""
    findings: list[Finding] = []
    groups = root / campaign.folder / "groups"
    if not groups.is_dir():
        return findings
    for data in sorted(groups.glob(f"*/{DATA_FOLDER}")):
        if not data.is_dir() or data.is_symlink() or data.parent.is_symlink():
            continue  # a linked folder is the loader's F005
        stems = used.get(data.parent.name, set())
        for file in sorted(data.iterdir()):
            if file.name.startswith("."):
                continue
            rel = file.relative_to(root).as_posix()
            if file.is_symlink() or file.is_dir() or file.suffix not in SUFFIXES:
                findings.append(Finding(
                    rel, None, None, "A001", "error", "业务数据文件夹只能放 .csv 或 .yaml 文件。",
                    "Excel 或 WPS 表格请「另存为 → CSV UTF-8（逗号分隔）」。",
                ))
            elif file.stem not in stems:
                findings.append(Finding(
                    rel, None, None, "A001", "warning",
                    f"评选方案中没有哪个专项的「考核」使用数据文件「{file.stem}」，这个文件不参加排名。",
                    ("本工作组专项的数据文件名：" + "、".join(f"{s}.csv" for s in sorted(stems)) + "。") if stems
                    else "本工作组负责的专项尚未配置「考核」，请联盟办在 campaign.yaml 中配置。",
                ))
            elif file.suffix == ".yaml" and (data / (file.stem + ".csv")).is_file():
                findings.append(Finding(
                    rel, None, None, "A001", "error",
                    f"同名的 {file.stem}.csv 已在使用，这个 .yaml 文件不参加排名。",
                    "同一专项的数据只保留一个文件：删去其中一个。",
                ))
    return findings
