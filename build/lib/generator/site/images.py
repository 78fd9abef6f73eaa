"""Case photos (配图): copied into the site next to the case's page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.rules.images import image_problem


@dataclass(frozen=True)
class Photo:
    """One photo: where it comes from, and its path in the site."""

    source: Path
    dest: str  # site path, e.g. 2024/cases/night-reading/image-1.jpg


def collect(root: Path, nomination_path: str, images: tuple[str, ...], dest_dir: str,
            problems: list[str]) -> list[Photo]:
    """The usable photos of one case; the validator's reason for every unusable one goes to problems."""
    folder = (root / nomination_path).parent
    photos = []
    for i, image in enumerate(images, 1):
        problem = image_problem(folder, image)
        if problem is not None:
            problems.append(f"{nomination_path}：{problem[1]}")
            continue
        suffix = PurePosixPath(image).suffix.lower()
        photos.append(Photo(folder / image, f"{dest_dir}/image-{i}{suffix}"))
    return photos
