"""D013: a closed year stays as published (the seal in load/seal.py against the files on disk).

「经公示」 the decision is published: once honors close sealed a year, its campaign.yaml,
decisions.yaml and nominations changed, added or removed are an error naming the file, unless the
office recorded a correction with its reason (honors close --correct). A file added to a closed year
is told which year is open, so a city writing into the wrong folder knows where it belongs.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from generator.core.findings import Finding, Result
from generator.load.campaign import SEAL_FILE
from generator.load.records import Campaign, Repository
from generator.load.seal import digest, read_seal, sealed_files


def open_year(repo: Repository) -> Campaign | None:
    """The year being worked on: the newest whose registry is not frozen."""
    return next((c for c in repo.campaigns if c.frozen_registry_path is None), None)


def check(repo: Repository, campaign: Campaign, result: Result) -> None:
    folder = Path(repo.root) / campaign.folder
    seal_path = f"{campaign.folder}/{SEAL_FILE}"
    year = campaign.year
    try:
        seal = read_seal(folder / SEAL_FILE)
    except ValueError:
        result.add(Finding(seal_path, None, None, "D013", "error",
                           f"{year} 年度的封存记录读不出来：无法核对这一年度的文件是否在结束后被修改。",
                           "请从主分支恢复这个文件；它只由 honors close 写出。"))
        return
    if seal is None:
        return
    target = open_year(repo)
    elsewhere = f"本届评选是 {target.year} 年度，新材料请放在 {target.folder}/ 下。" if target else ""
    correct = (f"确需更正的，由联盟办运行 honors close --year {year} --correct <文件> --reason <理由> 记下更正。")
    present = set(sealed_files(folder))
    for rel in sorted(present | set(seal.digests)):
        path = f"{campaign.folder}/{rel}"
        if rel not in seal.digests:
            moved = f"{target.folder}/{rel}" if target else ""
            result.add(Finding(path, None, None, "D013", "error",
                               f"{year} 年度已结束评选（{seal.closed_on} 封存），不能再往这一年度新增文件。",
                               (f"本届评选是 {target.year} 年度：请把这个文件移到 {moved}。" if target
                                else "请删除这个文件；新一届评选请联盟办先运行 honors year new 新建年度。")))
        elif rel not in present:
            result.add(Finding(path, None, None, "D013", "error",
                               f"{year} 年度已结束评选（{seal.closed_on} 封存），这个已公布的文件被删除了。",
                               f"请恢复这个文件（如 git checkout {path}）。{correct}"))
        elif digest(folder / rel) != seal.digests[rel]:
            result.add(Finding(path, None, None, "D013", "error",
                               f"{year} 年度已结束评选（{seal.closed_on} 封存），这个已公布的文件在封存后被修改。",
                               f"请撤销这一修改（如 git checkout {path}）。{correct}{elsewhere}"))


# Findings that come from the registry, not from the year's own files: after the registry changed
# under a commended year they are not the year's mistakes.
REGISTRY_CODES = {"E001", "E002", "E003", "E005", "E009", "E010", "E011", "E012", "D005", "F005"}


def close_first(repo: Repository, result: Result) -> None:
    """A commended year not yet closed judges with the current registry: when the registry was
    edited for the next year first, the errors there say to close the year first and how, rather
    than suggest editing the archive's files."""
    for campaign in repo.campaigns:
        if campaign.frozen_registry_path is not None or campaign.decisions is None \
                or campaign.decisions.status != "已表彰":
            continue
        year = campaign.year
        hint = (f"{year} 年度已表彰，它的材料不必改：多半是联盟名录先改了。请先撤销对 submissions/registry.yaml "
                f"的修改，运行 honors close --year {year} 结束该年度（冻结当时的名录），再修改联盟名录。")
        result.findings = [
            replace(f, hint=hint) if f.code in REGISTRY_CODES and f.severity == "error"
            and f.file.startswith(campaign.folder + "/") else f
            for f in result.findings
        ]


def check_repository(repo: Repository, result: Result) -> None:
    for campaign in repo.campaigns:
        check(repo, campaign, result)
    close_first(repo, result)
