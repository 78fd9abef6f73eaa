"""Closing a year: freeze the registry as it stood into the year's folder.

「联盟工作委员会…最终确定拟表彰名单」: once a year's list is final (已表彰), its nominations, site and
forms must not change when the office edits the registry for the next campaign (a renamed library,
a new liaison, a member that left). `honors close` copies submissions/registry.yaml, comments
included, to submissions/<year>/registry.yaml; from then on that year is judged and shown with the
frozen copy. It also records each file's digest in submissions/<year>/closed.yaml (check/sealed.py,
D013): the year stays as published, and a correction is recorded with its reason (--correct).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from generator.core.atomic import write_text_atomically
from generator.core.errors import UserError
from generator.load.campaign import REGISTRY_FILE, SEAL_FILE, SUBMISSIONS
from generator.load.records import Campaign
from generator.load.seal import (
    Correction,
    Seal,
    digest,
    read_seal,
    seal_text,
    sealed_files,
)

_FROZEN = re.compile(rf"^{SUBMISSIONS}/(\d{{4}})/{re.escape(REGISTRY_FILE)}$")


def closed_years(paths: Iterable[str]) -> list[int]:
    """The years closed by honors close, from repository paths (a checkout's or a commit's)."""
    return sorted({int(m[1]) for p in paths if (m := _FROZEN.match(p))})


def closed_years_on_disk(root: Path) -> list[int]:
    return closed_years(p.relative_to(root).as_posix() for p in root.glob(f"{SUBMISSIONS}/*/{REGISTRY_FILE}"))


_MODELINE = re.compile(r"^(# yaml-language-server: \$schema=)(\S*?)(schema/registry\.schema\.json)", re.M)


def frozen_text(registry_text: str, year: int, today: date) -> str:
    """The registry's text for the year's folder: the schema path one folder deeper, a header."""
    text = _MODELINE.sub(lambda m: f"{m[1]}../{m[2]}{m[3]}", registry_text, count=1)
    header = (f"# {year} 年度评选结束时冻结的联盟名录（{today:%Y-%m-%d} 由 honors close 写出）。\n"
              "# 此后修改 submissions/registry.yaml 不影响本年度；本文件只由联盟办修改。\n")
    lines = text.splitlines(keepends=True)
    at = 1 if lines and lines[0].startswith("# yaml-language-server:") else 0
    return "".join(lines[:at]) + header + "".join(lines[at:])


def close_year(root: Path, campaign: Campaign, today: date) -> Path:
    """Write the frozen registry of campaign; UserError when the year cannot be closed."""
    year = campaign.year
    if campaign.frozen_registry_path is not None:
        if (root / campaign.folder / SEAL_FILE).is_file():
            raise UserError(f"{year} 年度已经结束（{campaign.frozen_registry_path}、{campaign.folder}/{SEAL_FILE}）。",
                            f"确需更正这一年度的文件，请运行 honors close --year {year} --correct <文件> "
                            "--reason <理由>。")
        # Closed before digests were recorded: record them now, the frozen registry as it is.
        return seal_year(root, campaign, today)
    if campaign.decisions is None or campaign.decisions.status != "已表彰":
        raise UserError(f"{year} 年度的表彰名单还不是「已表彰」，不能结束评选。",
                        f"请先在 {campaign.folder}/decisions.yaml 中把「状态」改为「已表彰」，再运行本命令。")
    source = root / SUBMISSIONS / REGISTRY_FILE
    target = root / campaign.folder / REGISTRY_FILE
    text = frozen_text(source.read_text(encoding="utf-8-sig"), year, today)
    write_text_atomically(target, text)
    seal_year(root, campaign, today)
    return target


def seal_year(root: Path, campaign: Campaign, today: date) -> Path:
    """Record the digest of every file of the year's folder in closed.yaml."""
    folder = root / campaign.folder
    seal = Seal(campaign.year, today, {rel: digest(folder / rel) for rel in sealed_files(folder)})
    target = folder / SEAL_FILE
    write_text_atomically(target, seal_text(seal))
    return target


def record_correction(root: Path, campaign: Campaign, file: str, reason: str, today: date) -> list[str]:
    """Accept the current state of file (a path in the year's folder, or repo-relative) as a
    correction of the closed year, with its reason; the files it covers (a folder: each changed
    file in it). UserError when the year is not closed or nothing changed there."""
    folder = root / campaign.folder
    year = campaign.year
    try:
        seal = read_seal(folder / SEAL_FILE)
    except ValueError as err:
        raise UserError(f"{campaign.folder}/{SEAL_FILE} 读不出来。", "请从主分支恢复这个文件。") from err
    if seal is None:
        raise UserError(f"{year} 年度还没有结束，不需要记录更正。", "评选结束前可以直接修改文件；结束请用 honors close。")
    if not reason.strip():
        raise UserError("更正须写明理由。", "例如 --reason \"更正获奖单位名称中的错字\"。")
    rel = file.replace("\\", "/").strip("/")
    if rel.startswith(campaign.folder + "/"):
        rel = rel[len(campaign.folder) + 1:]
    present = set(sealed_files(folder))
    wanted = {r for r in present | set(seal.digests) if r == rel or r.startswith(rel + "/")}
    changed = sorted(r for r in wanted
                     if r not in present or r not in seal.digests or digest(folder / r) != seal.digests[r])
    if not changed:
        raise UserError(f"{campaign.folder}/{rel} 与封存时相同，没有要记录的更正。",
                        "请先修改文件，再运行本命令记录更正。")
    for r in changed:
        if r in present:
            seal.digests[r] = digest(folder / r)
        else:
            seal.digests.pop(r, None)
        seal.corrections.append(Correction(today, r, " ".join(reason.split())))
    write_text_atomically(folder / SEAL_FILE, seal_text(seal))
    return changed


def record_documents(root: Path, campaign: Campaign, documents: dict[str, str]) -> Path:
    """Record the year's generated documents' digests (表格摘要) in its closed.yaml."""
    target = root / campaign.folder / SEAL_FILE
    try:
        seal = read_seal(target)
    except ValueError as err:
        raise UserError(f"{campaign.folder}/{SEAL_FILE} 读不出来。", "请从主分支恢复这个文件。") from err
    if seal is None:
        raise UserError(f"{campaign.year} 年度还没有结束，不能记录表格摘要。",
                        f"请运行 honors close --year {campaign.year}。")
    seal.documents = dict(documents)
    write_text_atomically(target, seal_text(seal))
    return target
