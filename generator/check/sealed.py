"""D013: a closed year stays as published (the seal in load/seal.py against the files on disk).

「经公示」 the decision is published: once honors close sealed a year, its campaign.yaml,
decisions.yaml and nominations changed, added or removed are an error naming the file, unless the
office recorded a correction with its reason (honors close --correct). A file added to a closed year
is told which year is open, so a city writing into the wrong folder knows where it belongs.
"""

from __future__ import annotations

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


def check_repository(repo: Repository, result: Result) -> None:
    for campaign in repo.campaigns:
        check(repo, campaign, result)
