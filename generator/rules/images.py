"""Case photos (配图): inside the case's folder, an image, present, not too large."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from generator.core.findings import Result
from generator.load.records import Campaign
from generator.models import ServiceCase
from generator.rules.context import at

ALLOWED_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp"}
PHONE_FORMATS = {".heic", ".heif"}  # iPhones' default photo format
MAX_IMAGE_BYTES = 5 * 1024 * 1024
SAME_FOLDER_HINT = "配图须放在本文件所在的文件夹里，只写文件名，例如「配图: [night-reading-1.jpg]」。"


def image_problem(folder: Path, image: str) -> tuple[str, str, str] | None:
    """(code, message, hint) when the photo named in a case file cannot be used."""
    pure = PurePosixPath(image.replace("\\", "/"))
    source = folder / pure
    if pure.is_absolute() or ".." in pure.parts or ":" in image:
        return "F004", f"配图路径「{image}」指向本文件夹之外。", SAME_FOLDER_HINT
    if pure.suffix.lower() in PHONE_FORMATS:
        # One finding, saying how: an iPhone photo is a picture, just not one a browser shows.
        return (
            "F008", f"配图「{image}」是苹果手机的 HEIC/HEIF 格式照片，多数浏览器显示不了。",
            f"请转成 JPG 后上传，并把这里改成「{pure.stem}.jpg」：在电脑上用「照片」或「画图」打开后另存为 JPG，"
            "或在 iPhone 的「设置 → 相机 → 格式」选「兼容性最佳」后拍摄。",
        )
    if pure.suffix.lower() not in ALLOWED_SUFFIXES:
        return "S003", f"配图「{image}」不是图片文件。", "只支持 png、jpg、gif、webp 格式的图片。"
    if source.is_symlink() or not source.resolve().is_relative_to(folder.resolve()):
        return "F004", f"配图「{image}」是链接或不在本文件夹里。", SAME_FOLDER_HINT
    if not source.is_file():
        return "S003", f"找不到配图「{image}」。", "请把图片上传到本文件所在的文件夹，并核对文件名（区分大小写）。"
    if source.stat().st_size > MAX_IMAGE_BYTES:
        return "F004", f"配图「{image}」超过 5 MB。", "请压缩图片后再上传（网页展示 1 MB 以内足够）。"
    return None


def check(root: Path, campaign: Campaign, result: Result) -> None:
    for n in campaign.nominations:
        if not isinstance(n.form, ServiceCase):
            continue
        folder = (root / n.path).parent
        for i, image in enumerate(n.form.images):
            problem = image_problem(folder, image)
            if problem is not None:
                code, message, hint = problem
                result.add(at(n, ("配图", i), code, message, hint))
