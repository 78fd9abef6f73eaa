"""The one write path: build everything in a temporary folder, then swap it in."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.errors import UserError
from generator.forms.plan import Output


def write_outputs(target: Path, outputs: list[Output]) -> list[Path]:
    """Write all outputs under target; on any failure the old target stays as it was."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UserError(f"无法创建输出文件夹「{target.parent}」：{err.strerror}。",
                        "请换一个有写入权限的文件夹（--out）。") from None
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        for output in outputs:
            path = staging.joinpath(*output.rel.parts)
            path.parent.mkdir(parents=True, exist_ok=True)
            output.write(path)
        _swap(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [target.joinpath(*o.rel.parts) for o in outputs]


def _swap(staging: Path, target: Path) -> None:
    old = staging.with_suffix(".old")
    try:
        if target.exists():
            target.rename(old)
        staging.rename(target)
    except OSError:
        if old.exists() and not target.exists():
            old.rename(target)
        raise UserError(f"无法替换输出文件夹「{target}」。",
                        "可能有文件正在 Word、WPS 或 Excel 中打开，请关闭后重试。") from None
    shutil.rmtree(old, ignore_errors=True)
