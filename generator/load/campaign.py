"""Discover the files under submissions/ and load them into a Repository."""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from generator.core.findings import Finding, Result
from generator.load.aswritten import as_written
from generator.load.comments import cut_comments
from generator.load.partial import failed_keys, partial_model
from generator.load.private import load_objections
from generator.load.records import Campaign, NominationRecord, Repository, Source, SourceKind
from generator.load.schemacheck import check_model, check_model_errors
from generator.load.stamped import STAMPED_FOLDER, load_scans
from generator.load.yamlload import Document, LoadError, load_file
from generator.models import (
    NOMINATION_MODELS,
    CampaignConfig,
    CitySummary,
    Decisions,
    Registry,
)

SUBMISSIONS = "submissions"
REGISTRY_FILE = "registry.yaml"
CAMPAIGN_FILE = "campaign.yaml"
DECISIONS_FILE = "decisions.yaml"
SUMMARY_FILE = "summary.yaml"
SEAL_FILE = "closed.yaml"  # what honors close recorded of a closed year (load/seal.py, check/sealed.py)
DATA_FOLDER = "data"  # a working group's 业务数据 (generator/assessment)
YEAR_RE = re.compile(r"^\d{4}$")
FILE_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]*\.yaml$")
# Photos beside the cases (an iPhone's .heic too: the case naming it gets one finding, F008).
IGNORED_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".heif", ".md"}
AWARD_FIELD = "推荐奖项"
M = TypeVar("M", bound=BaseModel)


def rel_path(root: Path, file: Path) -> str:
    return file.relative_to(root).as_posix()


def _f(path: str, code: str, message: str, hint: str, line: int | None = None,
       severity: str = "error") -> Finding:
    return Finding(path, line, 1 if line else None, code, severity, message, hint)  # type: ignore[arg-type]


def _load(root: Path, file: Path, result: Result) -> Document | None:
    if not _check_link(root, file, result):
        return None
    rel = rel_path(root, file)
    result.files_checked += 1
    try:
        doc = load_file(file, rel)
    except LoadError as err:
        result.add(err.finding)
        return None
    result.extend(cut_comments(doc.path, doc.text, doc.data))
    return doc


def _check_link(root: Path, file: Path, result: Result) -> bool:
    """Symlinks (files or folders) are refused: a link could read files outside the repository."""
    if file.is_symlink():
        target = os.path.realpath(file)
        inside = Path(target).is_relative_to(root.resolve())
        result.add(_f(
            rel_path(root, file), "F005",
            ("文件夹" if file.is_dir() else "文件") + "是符号链接"
            + ("" if inside else "，且指向仓库之外") + "，不予读取。",
            "请提交文件（文件夹）本身，而不是链接。",
        ))
        return False
    return True


def _check_name(root: Path, file: Path, result: Result) -> None:
    if not FILE_NAME_RE.match(file.name):
        result.add(_f(
            rel_path(root, file), "F006",
            f"文件名「{file.name}」不规范：只能用小写英文字母、数字和连字符「-」。",
            "请改名，例如 individual-zhang-san.yaml（姓名用拼音）。", severity="warning",
        ))


def _load_model(root: Path, file: Path, model: type[M], result: Result) -> tuple[M | None, Document | None]:
    """Load one file and check it against its model; problems go to the result."""
    doc = _load(root, file, result)
    if doc is None:
        return None, None
    instance, findings = check_model(doc, model)
    result.extend(findings)
    return instance, doc


def load_registry(root: Path, result: Result) -> Registry | None:
    return _load_registry(root, result)[0]


def _load_registry(root: Path, result: Result) -> tuple[Registry | None, Document | None]:
    file = root / SUBMISSIONS / REGISTRY_FILE
    if not file.exists():
        result.add(_f(f"{SUBMISSIONS}/{REGISTRY_FILE}", "F005", "找不到联盟名录文件。",
                      "联盟名录由联盟办维护，请从仓库主分支恢复该文件。"))
        return None, None
    return _load_model(root, file, Registry, result)


def load_repository(root: Path, result: Result | None = None) -> tuple[Repository, Result]:
    """Load the registry and every campaign; problems go to the result, never raised."""
    root = Path(root)
    result = result if result is not None else Result()
    if not _check_link(root, root / SUBMISSIONS, result):
        return Repository(str(root), None, f"{SUBMISSIONS}/{REGISTRY_FILE}"), result
    registry, registry_doc = _load_registry(root, result)
    repo = Repository(str(root), registry, f"{SUBMISSIONS}/{REGISTRY_FILE}", registry_doc=registry_doc)
    base = root / SUBMISSIONS
    if not base.is_dir():
        result.add(_f(SUBMISSIONS, "F005", "找不到 submissions 文件夹。", "请在仓库根目录运行。"))
        return repo, result
    for entry in sorted(base.iterdir()):
        if entry.name.startswith(".") or (entry.name != REGISTRY_FILE and not _check_link(root, entry, result)):
            continue
        if entry.is_dir() and YEAR_RE.match(entry.name):
            campaign = load_campaign(root, entry, registry, result)
            if campaign is not None:
                repo.campaigns.append(campaign)
        elif entry.name != REGISTRY_FILE:
            _unknown(root, entry, result, "submissions 下只能有 registry.yaml 和年度文件夹（如 2024）。")
    repo.campaigns.sort(key=lambda c: c.year, reverse=True)
    return repo, result


def _unknown(root: Path, entry: Path, result: Result, hint: str) -> None:
    if entry.suffix.lower() in IGNORED_SUFFIXES:
        return
    result.add(_f(rel_path(root, entry), "F005", "文件或文件夹位置不对，系统无法识别。", hint))


def load_campaign(
    root: Path, folder: Path, registry: Registry | None, result: Result
) -> Campaign | None:
    cfg_file = folder / CAMPAIGN_FILE
    rel_folder = rel_path(root, folder)
    if not cfg_file.exists():
        result.add(_f(f"{rel_folder}/{CAMPAIGN_FILE}", "F005", "年度文件夹缺少评选方案配置。",
                      "每个年度文件夹都要有 campaign.yaml，由联盟办提供。"))
        return None
    config, doc = _load_model(root, cfg_file, CampaignConfig, result)
    if config is None or doc is None:
        return None
    campaign = Campaign(config.year, rel_folder, config, rel_path(root, cfg_file), doc)
    campaign.registry = registry
    frozen = folder / REGISTRY_FILE
    if frozen.is_file() and _check_link(root, frozen, result):
        # A closed year keeps the registry as it stood then (None when that file does not load).
        campaign.registry = _frozen_registry(root, frozen, campaign, result)
    if str(config.year) != folder.name:
        result.add(_f(campaign.config_path, "S003",
                      f"「年度」为 {config.year}，与文件夹名 {folder.name} 不一致。",
                      "请改正「年度」或文件夹名。", doc.where(("年度",))[0]))
    _load_entries(root, folder, campaign, campaign.registry, result)
    campaign.nominations.sort(key=lambda n: n.path)
    load_objections(root, campaign, result)
    return campaign


def _frozen_registry(root: Path, frozen: Path, campaign: Campaign, result: Result) -> Registry | None:
    """A closed year's registry: its checks, site and forms use it."""
    frozen_registry, _ = _load_model(root, frozen, Registry, result)
    campaign.frozen_registry_path = rel_path(root, frozen)
    return frozen_registry


def _load_entries(root: Path, folder: Path, campaign: Campaign, registry: Registry | None,
                  result: Result) -> None:
    """The year folder's decisions and its nominating folders."""
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith(".") or entry.name in (CAMPAIGN_FILE, REGISTRY_FILE, SEAL_FILE):
            continue
        if not _check_link(root, entry, result):
            continue
        if entry.name == DECISIONS_FILE and entry.is_file():
            campaign.decisions, campaign.decisions_doc = _load_model(root, entry, Decisions, result)
            if campaign.decisions_doc is not None:
                campaign.decisions_path = rel_path(root, entry)
        elif entry.is_dir() and entry.name in ("cities", "groups"):
            _load_owner_folders(root, entry, campaign, registry, result)
        elif entry.is_dir() and entry.name == "office":
            _load_folder(root, entry, campaign, Source("office", "office"), result)
        else:
            _unknown(root, entry, result,
                     "年度文件夹下只能有 campaign.yaml、decisions.yaml、registry.yaml（已冻结的名录）"
                     "和 cities、groups、office 三个文件夹。")


def _load_owner_folders(
    root: Path, parent: Path, campaign: Campaign, registry: Registry | None, result: Result
) -> None:
    kind: SourceKind = "city" if parent.name == "cities" else "group"
    known: list[str] = []
    if registry is not None:
        known = [c.code for c in registry.cities] if kind == "city" else [g.code for g in registry.groups]
    known_set = set(known)  # one look-up per folder: a national registry has hundreds of cities
    for entry in sorted(parent.iterdir()):
        if entry.name.startswith(".") or not _check_link(root, entry, result):
            continue
        if not entry.is_dir():
            _unknown(root, entry, result, "请把文件放进本市（或本工作组）的文件夹里。")
            continue
        if registry is not None and entry.name not in known_set:
            near = difflib.get_close_matches(entry.name, known, n=1)
            successor = registry.successor(entry.name, campaign.year) if kind == "group" else None
            if successor is not None:  # a merged or renamed group: its folder moved on (前身)
                hint = (f"「{entry.name}」是「{successor.name}」的前身（联盟名录的「前身」）："
                        f"请把文件移到 {campaign.folder}/groups/{successor.code}/ 下。")
            else:
                hint = f"是否想用「{near[0]}」文件夹？" if near else "文件夹名须是联盟名录中的代码。"
            result.add(_f(
                rel_path(root, entry), "F005",
                f"联盟名录中没有代码为「{entry.name}」的{'城市' if kind == 'city' else '工作组'}。", hint,
            ))
            continue
        _load_folder(root, entry, campaign, Source(kind, entry.name), result)


def _load_folder(root: Path, folder: Path, campaign: Campaign, source: Source, result: Result) -> None:
    stamped: Path | None = None
    for file in sorted(folder.iterdir()):
        if file.name.startswith(".") or not _check_link(root, file, result):
            continue
        if file.name == STAMPED_FOLDER and file.is_dir():
            stamped = file  # the stamped originals: read once the folder's files are known
            continue
        if not _is_nomination_file(root, file, source, result):
            continue
        _check_name(root, file, result)
        if file.name == SUMMARY_FILE and source.kind == "city":
            # Known to exist even if it fails to load: S005 is about the file being absent.
            campaign.summary_paths[source.code] = rel_path(root, file)
        doc = _load(root, file, result)
        if doc is None:
            campaign.broken.add(file.relative_to(root / campaign.folder).as_posix())
            continue
        if file.name == SUMMARY_FILE:
            _add_summary(doc, campaign, source, result)
        else:
            _add_nomination(root, file, doc, campaign, source, result)
    if stamped is not None:
        _load_stamped(root, folder, stamped, campaign, result)


def _is_nomination_file(root: Path, file: Path, source: Source, result: Result) -> bool:
    """A .yaml file of the folder to load; anything else is skipped (reported where it is wrong)."""
    if source.kind == "group" and file.name == DATA_FOLDER and file.is_dir():
        return False  # the group's 业务数据: read by the assessment stage, checked by rules/assessment
    if file.is_dir() or file.suffix != ".yaml":
        if file.suffix in (".yml", ".YAML", ".Yaml"):
            result.add(_f(rel_path(root, file), "F005", "扩展名须是 .yaml。",
                          f"请把文件改名为 {file.stem}.yaml。"))
        else:
            _unknown(root, file, result, "这里只能放 .yaml 推荐文件（以及案例配图）。")
        return False
    return True


def _load_stamped(root: Path, folder: Path, stamped: Path, campaign: Campaign, result: Result) -> None:
    """The folder's stamped originals, matched against its nominations' file names."""
    stems = {f.stem.lower() for f in folder.iterdir() if f.suffix == ".yaml" and f.is_file()}
    scans, findings = load_scans(stamped, root, campaign.folder, stems)
    campaign.scans.extend(scans)
    result.extend(findings)


def _add_summary(doc: Document, campaign: Campaign, source: Source, result: Result) -> None:
    if source.kind != "city":
        result.add(_f(doc.path, "F005", "汇总表（summary.yaml）只属于城市文件夹。",
                      "工作组和联盟办不需要填写汇总表，请删除该文件。"))
        return
    summary, findings = check_model(doc, CitySummary)
    result.extend(findings)
    if summary is not None:
        campaign.summaries[source.code] = summary
        campaign.summary_docs[source.code] = doc


def _add_nomination(
    root: Path, file: Path, doc: Document, campaign: Campaign, source: Source, result: Result
) -> None:
    names = [a.name for a in campaign.config.awards]
    award_name = doc.data.get(AWARD_FIELD)
    rel = file.relative_to(root / campaign.folder).as_posix()
    campaign.broken.add(rel)  # until it passes its schema below
    if award_name is None:
        result.add(_f(doc.path, "S001", f"缺少必填字段「{AWARD_FIELD}」，无法判断这是哪类推荐表。",
                      f"请在第一行写「{AWARD_FIELD}: 」加奖项名称，可选：" + "、".join(names) + "。", 1))
        return
    # As written: a list is its items (「[联盟工作先进个人]」 is not shown as Python's ['…']).
    shown = "、".join(map(str, award_name)) if isinstance(award_name, list) else str(award_name)
    award = campaign.config.award_by_name(shown)
    if award is None:
        near = difflib.get_close_matches(shown, names, n=1, cutoff=0.5)
        line, col = doc.where((AWARD_FIELD,))
        if not isinstance(award_name, (str, list)) or any(isinstance(v, (list, dict)) for v in award_name):
            # true, {甲: 乙}, [[…]]: the words on the line, never Python's True or {'甲': '乙'}
            shown = doc.text.splitlines()[line - 1][col - 1:].strip()
        result.add(Finding(doc.path, line, col, "S003", "error",
                           f"「{AWARD_FIELD}」的值「{shown}」不是本年度的奖项。",
                           (f"是否想写「{near[0]}」？" if near else "") + "可选：" + "、".join(names) + "。"))
        return
    model = NOMINATION_MODELS[award.type]
    form, findings, errors = check_model_errors(doc, model)
    result.extend(findings)
    if form is None:
        # All findings at once: the rules still check what did parse.
        failed = failed_keys(errors)
        partial = partial_model(as_written(doc, model), model, failed)
        if partial is not None:
            campaign.partial.append(NominationRecord(doc.path, rel, award.type, source, partial, doc, failed))
        return
    campaign.broken.discard(rel)
    # The model now holds the values and positions need only the text: dropping the raw
    # tree keeps some 40 % less in memory for a large archive (the site build holds it all).
    doc.data = None
    record = NominationRecord(doc.path, rel, award.type, source, form, doc)
    campaign.nominations.append(record)
