"""A pull request's nominations judged with the office's configuration of the base commit.

The office's files decide the verdict on everyone else's: the registry (who is who, the
member libraries), each year's campaign.yaml (「各市推荐先进集体1个、先进个人2名」, the deadline,
the late exceptions), a closed year's frozen registry and the decisions. A pull request that
edits them could loosen its own check — a quota, a deadline, a member library added to make a
nominee eligible. So the pull-request check reads the pull request's tree as data and takes
these files from the base commit (what the office already merged): the change to them is
judged by D004 (only the office may make it) and takes effect once merged.

Nothing here runs or imports anything of the pull request: its files are copied as bytes,
symbolic links stay links (the loader refuses them) and every office file is replaced by the
base commit's blob read with git.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.core.errors import UserError
from generator.load.campaign import SUBMISSIONS
from generator.pullrequest.gitchanges import git, resolve, show

# The office's configuration under submissions/: the registry, and per year the campaign
# config, the frozen registry of a closed year and the decisions.
OFFICE_CONFIG = re.compile(r"^submissions/(?:registry\.yaml|\d{4}/(?:campaign|registry|decisions)\.yaml)$")


def is_office_config(rel: str) -> bool:
    return bool(OFFICE_CONFIG.match(rel))


@contextmanager
def office_config_from(root: Path, rev: str) -> Iterator[Path]:
    """A temporary root holding root's submissions/ with the office's files of commit rev."""
    commit = resolve(root, rev)
    listed = git(root, "ls-tree", "-r", "-z", "--name-only", commit, "--", SUBMISSIONS).split("\0")
    with tempfile.TemporaryDirectory(prefix="honors-pr-") as tmp:
        target = Path(tmp)
        source = root / SUBMISSIONS
        if source.is_symlink() or not source.is_dir():
            raise UserError(f"{SUBMISSIONS} 不是一个普通文件夹（可能是符号链接），无法按基准版本检查。",
                            f"请提交 {SUBMISSIONS} 文件夹本身。")
        shutil.copytree(source, target / SUBMISSIONS, symlinks=True)
        for path in sorted((target / SUBMISSIONS).rglob("*"), reverse=True):
            rel = path.relative_to(target).as_posix()
            if not is_office_config(rel):
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        for rel in filter(None, listed):
            if not is_office_config(rel):
                continue
            data = show(root, commit, rel)
            if data is None or _behind_a_link(target, rel):
                continue  # a linked folder is refused by the loader; never written through
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).write_bytes(data)
        yield target


def _behind_a_link(top: Path, rel: str) -> bool:
    """Whether a folder on the way to rel (inside top) is a symbolic link or not a folder."""
    here = top
    for part in rel.split("/")[:-1]:
        here = here / part
        if here.is_symlink() or (here.exists() and not here.is_dir()):
            return True
    return False
