"""Builders for the workflow tests: real git repositories holding an alliance (the shipped
registry and campaign config), nominations, dated commits, pull-request event payloads."""

from __future__ import annotations

import io
import json
import os
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from generator.models import City, Registry, WorkingGroup

ROOT = Path(__file__).resolve().parents[2]
YEAR = "2024"
CAMPAIGN = f"submissions/{YEAR}"
OPENED = "2025-03-28"  # the notice's date: main is set up on this day


class GitRepo:
    """A git working tree in a temporary folder; every commit has an explicit date."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str, env: dict[str, str] | None = None) -> str:
        proc = subprocess.run(["git", "-C", str(self.path), *args], capture_output=True,
                              text=True, check=True, env=env, timeout=60)
        return proc.stdout.strip()

    def write(self, rel: str, text: str) -> None:
        target = self.path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def move(self, src: str, dst: str) -> None:
        (self.path / dst).parent.mkdir(parents=True, exist_ok=True)
        self.git("mv", src, dst)

    def remove(self, rel: str) -> None:
        self.git("rm", "-q", rel)

    def commit(self, message: str, when: str) -> str:
        """Commit everything; `when` is a day (10:00 Beijing time) or a full ISO timestamp."""
        stamp = when if "T" in when else f"{when}T10:00:00+08:00"
        self.git("add", "-A")
        env = {**_git_env(), "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
        self.git("commit", "-q", "-m", message, env=env)
        return self.sha("HEAD")

    def branch(self, name: str, start: str = "main") -> None:
        self.git("checkout", "-q", "-b", name, start)

    def checkout(self, name: str) -> None:
        self.git("checkout", "-q", name)

    def merge(self, name: str, when: str) -> None:
        stamp = f"{when}T10:00:00+08:00"
        env = {**_git_env(), "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
        self.git("merge", "-q", "--no-ff", "-m", f"Merge {name}", name, env=env)

    def sha(self, rev: str) -> str:
        return self.git("rev-parse", rev)


def _git_env() -> dict[str, str]:
    return dict(os.environ)


@dataclass
class Alliance:
    """A repository with the shipped registry and campaign, and who is who in it."""

    repo: GitRepo
    registry: Registry

    @property
    def root(self) -> Path:
        return self.repo.path

    def city(self, index: int) -> City:
        city = self.registry.cities[index]
        assert city.editors and city.members, "the shipped registry should give cities accounts"
        return city

    def group(self, index: int = 0) -> WorkingGroup:
        group = self.registry.groups[index]
        assert group.editors
        return group

    @property
    def office_login(self) -> str:
        return self.registry.office.editors[0]

    def city_file(self, city: City, name: str) -> str:
        return f"{CAMPAIGN}/cities/{city.code}/{name}.yaml"

    def collective(self, city: City, member: int = 0) -> str:
        lib = city.members[member]
        return (
            "推荐奖项: 联盟工作先进集体\n"
            f"单位: {lib.name}\n"
            "单位负责人: 王某某\n"
            f"加盟时间: {lib.joined}\n"
            '联系电话: "029-85420000"\n'
            "评选条件: [1, 2]\n"
            "主要工作成绩: |-\n"
            "  积极组织联盟阅读推广活动，成效显著。\n"
        )

    def individual(self, city: City, name: str = "李某", liaison: bool = False) -> str:
        unit = city.committee_library if liaison else city.members[0].name
        return (
            "推荐奖项: 联盟工作先进个人\n"
            f"姓名: {name}\n"
            "性别: 女\n"
            "年龄: 35\n"
            f"单位: {unit}\n"
            "从事本工作时间: 2016年7月至今\n"
            "所在部门: 阅读推广部\n"
            "学历: 大学本科\n"
            f"是否联络人: {'是' if liaison else '否'}\n"
            "主要事迹: |-\n"
            "  负责联盟阅读推广工作，组织活动多场。\n"
        )

    def summary(self, city: City) -> str:
        """The city's form 1-3 header (summary.yaml)."""
        return (
            f"推荐单位: {city.committee_library}\n"
            "经办人: 赵某\n"
            '电话: "029-85420001"\n'
            "填报日期: 2025-04-01\n"
        )

    def grant_late(self, rel: str, approved: str) -> None:
        """The office lists rel (relative to the campaign folder) under 逾期例外."""
        path = self.root / CAMPAIGN / "campaign.yaml"
        yaml = YAML()
        data = yaml.load(path.read_text(encoding="utf-8"))
        data["逾期例外"] = [{"文件": rel, "理由": "因故延期，经联盟办同意。",
                          "批准日期": date.fromisoformat(approved)}]
        out = io.StringIO()
        yaml.dump(data, out)
        path.write_text(out.getvalue(), encoding="utf-8")


@dataclass
class Payload:
    """A pull_request event as GitHub delivers it (the fields the workflow reads)."""

    author: str
    base_ref: str
    head_ref: str
    base_sha: str
    head_sha: str
    number: int = 7
    updated_at: str = "2025-04-05T02:00:00Z"  # the server's time of the latest push: in time
    visibility: str = "private"
    pusher: str = ""  # the account that pushed (the event's sender); the author when empty

    def event(self) -> dict[str, Any]:
        return {
            "action": "synchronize",
            "number": self.number,
            "pull_request": {
                "number": self.number,
                "user": {"login": self.author},
                "base": {"ref": self.base_ref, "sha": self.base_sha},
                "head": {"ref": self.head_ref, "sha": self.head_sha},
                "created_at": "2025-04-01T02:00:00Z",
                "updated_at": self.updated_at,
            },
            "repository": {"full_name": "sxlib/honors", "private": self.visibility != "public",
                           "visibility": self.visibility},
            "sender": {"login": self.pusher or self.author},
        }

    def write(self, folder: Path) -> Path:
        path = folder / "event.json"
        path.write_text(json.dumps(self.event(), ensure_ascii=False), encoding="utf-8")
        return path


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.out)
        return data

    def findings(self, code: str) -> dict[str, dict[str, Any]]:
        """Findings with the code, by file."""
        return {f["file"]: f for f in self.json()["findings"] if f["code"] == code}
