"""What a change (base...head) did to the files, read from git.

Only what the change did, never when: commit dates are set by the committer, so rule D003
takes the time from the server (arrival.py).
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from generator.core.errors import UserError

FETCH_HINT = (
    "请确认分支名或提交号写对了；在 GitHub Actions 中检出代码时需要 fetch-depth: 0，"
    "否则基准提交不在本地。"
)


@dataclass(frozen=True)
class Change:
    """One changed file: status A (added), M, D, T, or R/C with the old path."""

    status: str
    path: str
    old_path: str | None = None

    @property
    def paths(self) -> tuple[str, ...]:
        """Every path the change touches: a rename touches the old and the new one."""
        return (self.old_path, self.path) if self.old_path else (self.path,)


def git(root: Path, *args: str) -> str:
    """Run git in root; a failure becomes a UserError with git's own words."""
    try:
        proc = subprocess.run(
            ["git", "-C", str(root), "-c", "core.quotepath=off", *args],
            capture_output=True, encoding="utf-8", errors="replace", check=False,
        )
    except FileNotFoundError:
        raise UserError("找不到 git 程序。", "请先安装 Git（https://git-scm.com）。") from None
    if proc.returncode != 0:
        detail = proc.stderr.strip().splitlines()
        raise UserError(f"git {args[0]} 失败：{detail[-1] if detail else '未知原因'}", FETCH_HINT)
    return proc.stdout


def resolve(root: Path, rev: str) -> str:
    """The full commit id of rev, or a UserError naming it."""
    if not rev or rev.startswith("-"):
        raise UserError(f"版本「{rev}」无效。", FETCH_HINT)
    try:
        return git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").strip()
    except UserError:
        raise UserError(f"找不到版本「{rev}」。", FETCH_HINT) from None


def changed_files(root: Path, base: str, head: str) -> list[Change]:
    """Files changed on head since it left base (git diff base...head), renames detected."""
    out = git(root, "diff", "--name-status", "-z", "-M", "--no-ext-diff",
              f"{resolve(root, base)}...{resolve(root, head)}")
    tokens = out.split("\0")
    changes: list[Change] = []
    i = 0
    while i < len(tokens) and tokens[i]:
        status = tokens[i][0]
        if status in "RC":
            changes.append(Change(status, tokens[i + 2], tokens[i + 1]))
            i += 3
        else:
            changes.append(Change(status, tokens[i + 1]))
            i += 2
    return changes


def show(root: Path, rev: str, path: str) -> bytes | None:
    """The bytes of path at rev, or None when it does not exist there."""
    spec = f"{resolve(root, rev)}:{path}"
    proc = subprocess.run(["git", "-C", str(root), "cat-file", "blob", spec],
                          capture_output=True, check=False)
    return proc.stdout if proc.returncode == 0 else None
