"""The validation pipeline: load every file, check schemas, then the scheme's rules."""

from __future__ import annotations

from pathlib import Path

from generator.check import sealed
from generator.core.findings import Result
from generator.load.campaign import load_repository
from generator.load.records import Repository
from generator.rules import check_repository


def validate_repository(root: Path) -> tuple[Repository, Result]:
    """Everything under root/submissions, checked; never raises for bad input."""
    repo, result = load_repository(root)
    check_repository(repo, result)
    sealed.check_repository(repo, result)  # D013: closed years stay as published
    return repo, result


def restrict(result: Result, paths: list[str]) -> Result:
    """Keep findings in the given repo-relative files or folders (cross-file rules included)."""
    wanted = [p.rstrip("/") for p in paths]
    kept = Result(files_checked=result.files_checked)
    for f in result.findings:
        if any(f.file == p or f.file.startswith(p + "/") for p in wanted):
            kept.add(f)
    return kept
