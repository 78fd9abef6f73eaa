"""The one write path: build everything in a temporary folder, then swap it in."""

from __future__ import annotations

from pathlib import Path

from generator.core.atomic import replace_dir_atomically
from generator.forms.plan import Output


def write_outputs(target: Path, outputs: list[Output]) -> list[Path]:
    """Write all outputs under target; on any failure the old target stays as it was.

    Returns every file now under target (an output may write several, e.g. the PDFs)."""
    with replace_dir_atomically(target) as staging:
        for output in outputs:
            path = staging.joinpath(*output.rel.parts)
            path.parent.mkdir(parents=True, exist_ok=True)
            output.write(path)
    return sorted(p for p in target.rglob("*") if p.is_file())
