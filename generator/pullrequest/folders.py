"""Rule D008: a nominating folder holds nominations, the summary and pictures, nothing else.

The notice asks for 「推荐名单及材料」 in the forms of 附件1-1 to 1-5; a committee library's or
working group's folder holds exactly those (`.yaml`), and the pictures of its cases. The loader
refuses most other files (F005), but lets a few kinds pass unread (`.md` notes): such a file is
not material, and after the deadline it is the way to smuggle a nomination in (add a `.md` in
time, rename it to `.yaml` later). So a change that adds or changes one is an error.

Two subfolders are material too and stay legal: `<folder>/stamped/` with the stamped scans of the
forms (PDF, JPG, PNG), and `groups/<code>/data/` with a working group's business data (CSV, YAML);
what they may hold is judged where they are read (F009/S007 for the scans, A001 for the data),
not again here.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from generator.core.findings import Finding
from generator.load.campaign import IGNORED_SUFFIXES
from generator.pullrequest.gitchanges import Change

PICTURES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".heif"})
# What the loader passes unread and is not a picture: notes, not material.
UNREAD = frozenset(IGNORED_SUFFIXES) - PICTURES
FOLDER = re.compile(r"^submissions/\d{4}/(?:cities|groups)/[^/]+/([^/]+)$")


def allowed(path: str) -> bool:
    """Whether path may be in a nominating folder: only a file right in the folder is judged
    here (subfolders are stamped/ or data/, or refused by the loader), and only the kinds the
    loader passes unread are refused."""
    m = FOLDER.match(path)
    return m is None or PurePosixPath(m.group(1)).suffix.lower() not in UNREAD


def check_changes(changes: list[Change]) -> list[Finding]:
    """D008 for every file the change adds or changes that its folder may not hold."""
    return [Finding(c.path, None, None, "D008", "error",
                    f"推荐文件夹里只能放推荐材料（.yaml）、汇总表和案例配图，「{PurePosixPath(c.path).name}」"
                    "不是推荐材料，系统不会读取它。",
                    "请删除这个文件，说明文字请写进推荐材料的相应栏目；盖章扫描件放在本文件夹的 stamped/ 中"
                    "（PDF、JPG 或 PNG，文件名与推荐文件相同，如 stamped/summary.pdf）。")
            for c in changes if c.status != "D" and not allowed(c.path)]
