"""Case photos (配图) and the pictures of a case body: copied into the site next to the case's page."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from markupsafe import Markup

from generator.rules.images import image_problem

_IMG = re.compile(r"<img\b[^>]*>")
_ATTRIBUTE = re.compile(r'\s(src|alt)="([^"]*)"')


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


def place_pictures(text_html: Markup, root: Path, nomination_path: str, dest_dir: str,
                   url: Callable[[str], str], problems: list[str]) -> tuple[Markup, list[Photo]]:
    """A case body's pictures: each that is a usable file of the case's folder is copied beside
    the page (dest_dir/text-<n>) and shown where the text puts it; any other is taken out and
    its reason goes to problems (the validator's F010 stops the build before). url: a site path
    as the page links to it."""
    folder = (root / nomination_path).parent
    photos: list[Photo] = []

    def place(match: re.Match[str]) -> str:
        attributes = {name: html.unescape(value) for name, value in _ATTRIBUTE.findall(match[0])}
        target = attributes.get("src", "")
        problem = image_problem(folder, target) if target else ("", "图片地址是空的。", "")
        if problem is not None:
            problems.append(f"{nomination_path}：正文中的图片「{target}」：{problem[1]}")
            return ""
        photo = Photo(folder / target, f"{dest_dir}/text-{len(photos) + 1}{PurePosixPath(target).suffix.lower()}")
        photos.append(photo)
        alt = html.escape(attributes.get("alt", ""), quote=True)
        return f'<img src="{html.escape(url(photo.dest), quote=True)}" alt="{alt}" loading="lazy">'

    return Markup(_IMG.sub(place, str(text_html))), photos
