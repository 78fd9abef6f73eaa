"""Case photos (配图): checked, then copied into the site next to the case's page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ALLOWED = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Photo:
    """One photo: where it comes from, and its path in the site."""

    source: Path
    dest: str  # site path, e.g. 2024/cases/night-reading/image-1.jpg


def _problem(path: str, image: str, reason: str) -> str:
    return f"{path}「配图」中的「{image}」{reason}"


def collect(root: Path, nomination_path: str, images: tuple[str, ...], dest_dir: str,
            problems: list[str]) -> list[Photo]:
    """The usable photos of one case; every unusable one is added to problems."""
    folder = (root / nomination_path).parent
    photos = []
    for i, image in enumerate(images, 1):
        suffix = PurePosixPath(image).suffix.lower()
        source = folder / image
        if suffix not in ALLOWED:
            problems.append(_problem(nomination_path, image, "不是图片（只支持 png、jpg、gif、webp）。"))
        elif not source.resolve().is_relative_to(folder.resolve()) or source.is_symlink():
            problems.append(_problem(nomination_path, image, "不在案例文件所在的文件夹里。"))
        elif not source.is_file():
            problems.append(_problem(nomination_path, image, "找不到，请把图片上传到案例文件所在的文件夹。"))
        elif source.stat().st_size > MAX_BYTES:
            problems.append(_problem(nomination_path, image, "超过 5 MB，请压缩后再上传。"))
        else:
            photos.append(Photo(source, f"{dest_dir}/image-{i}{suffix}"))
    return photos
