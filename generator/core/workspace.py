"""Find the repository root: the folder that holds submissions/."""

from __future__ import annotations

from pathlib import Path

from generator.core.errors import UserError


def find_root(start: Path | None = None) -> Path:
    """The nearest folder (start, or the current one, and upwards) with a submissions/ folder."""
    here = (start or Path.cwd()).resolve()
    if start is not None:
        if (here / "submissions").is_dir():
            return here
        raise UserError(f"「{start}」下没有 submissions 文件夹。", "--root 应指向仓库根目录。")
    for folder in (here, *here.parents):
        if (folder / "submissions").is_dir():
            return folder
    raise UserError("找不到 submissions 文件夹。", "请在仓库根目录（或其子文件夹）中运行 honors。")
