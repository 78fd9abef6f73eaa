"""Two builds of the same commit are byte-identical."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from sitetools import ROOT


def build_in_subprocess(site_dir: Path, seed: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    env.pop("SOURCE_DATE_EPOCH", None)
    run = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--root", str(ROOT), "--site-dir", str(site_dir)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=300, cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    return {
        p.relative_to(site_dir).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site_dir.rglob("*")) if p.is_file()
    }


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    first = build_in_subprocess(tmp_path / "one", "1")
    second = build_in_subprocess(tmp_path / "two", "2")
    assert len(first) > 100
    assert first.keys() == second.keys()
    differing = sorted(k for k in first if first[k] != second[k])
    assert not differing, differing[:10]
