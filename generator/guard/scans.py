"""Stamped scans stay the office's: never in the built site, never in a public repository.

A scan of a form marked 「（盖章）」 carries the recommending unit's seal and signatures: in a public
place it is a seal anyone can copy. Scans live in `stamped/` of a nominating folder
(generator/load/stamped.py); the site never copies them, and this module proves it on the output.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.load.campaign import SUBMISSIONS
from generator.load.stamped import STAMPED_FOLDER

KIND = "盖章扫描件"
PATTERNS = (f"{SUBMISSIONS}/*/cities/*/{STAMPED_FOLDER}/*", f"{SUBMISSIONS}/*/groups/*/{STAMPED_FOLDER}/*",
            f"{SUBMISSIONS}/*/office/{STAMPED_FOLDER}/*")


def stamped_scans(root: Path) -> list[Path]:
    """Every file in a stamped/ folder of the repository's campaigns (links not followed)."""
    found = {p for pattern in PATTERNS for p in root.glob(pattern) if p.is_file() and not p.is_symlink()}
    return sorted(found)


def _digest(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def scan_copies(site: Path, root: Path) -> list[tuple[str, str]]:
    """(site file, the scan it copies) for site files that are a stamped scan byte for byte, or
    sit in a stamped/ folder."""
    scans = stamped_scans(root)
    by_size: dict[int, dict[str, str]] = {}
    for scan in scans:
        by_size.setdefault(scan.stat().st_size, {})[_digest(scan)] = scan.relative_to(root).as_posix()
    leaks = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = path.relative_to(site).as_posix()
        same = by_size.get(path.stat().st_size)
        owner = same.get(_digest(path)) if same else None
        if owner is None and STAMPED_FOLDER in path.relative_to(site).parts[:-1]:
            owner = f"{STAMPED_FOLDER}/ 文件夹"
        if owner is not None:
            leaks.append((rel, owner))
    return leaks
