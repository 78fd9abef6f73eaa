"""Stamped originals: the scans in a nominating folder's `stamped/` subfolder (F009, S007).

The notice's forms carry 「（盖章）」 (附件1-1, 1-2, 1-4) and 「推荐单位（章）」 (附件1-3): the
recommending units stamp the printed forms, and 「于4月8日前报送联盟办公室」 asks for them by the
deadline. A scan of a stamped form is named after the nomination file it belongs to:
`stamped/individual-zhang-san.pdf` for `individual-zhang-san.yaml`, `stamped/summary.pdf` for the
summary form (summary.yaml); a form of several pages photographed page by page adds `-1`, `-2`, …
(`individual-zhang-san-2.jpg`). The scans are the office's record only: never on the site.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

import filetype

from generator.core.findings import Finding

STAMPED_FOLDER = "stamped"
MAX_SCAN_BYTES = 20 * 1024 * 1024
MAX_SCAN_MB = MAX_SCAN_BYTES // (1024 * 1024)
# Suffix -> the kind its content must be (filetype's extension for it).
KINDS = {".pdf": "pdf", ".jpg": "jpg", ".jpeg": "jpg", ".png": "png"}
KIND_WORDS = {"pdf": "PDF 文件", "jpg": "JPG 图片", "png": "PNG 图片", "heic": "苹果手机的 HEIC 照片",
              "docx": "Word 文档", "doc": "Word 文档", "xlsx": "Excel 表格", "zip": "压缩包",
              "gif": "GIF 图片", "webp": "WEBP 图片", "tif": "TIFF 图片", "bmp": "BMP 图片"}
PHONE_FORMATS = {".heic", ".heif"}
PAGE = re.compile(r"^(.+)-\d{1,2}$")
NAME_HINT = ("请把扫描件命名为对应推荐材料的文件名（如 individual-zhang-san.yaml 的盖章件为 "
             "stamped/individual-zhang-san.pdf，汇总表为 stamped/summary.pdf；多页照片加 -1、-2）。")
CONVERT_HEIC = ("请转成 JPG 或 PDF 后再上传：在电脑上用「照片」或「画图」打开后另存为 JPG，或在 iPhone 的"
                "「设置 → 相机 → 格式」选「兼容性最佳」后重拍；用手机「文件」App 的「扫描文稿」可直接存为 PDF。")


@dataclass(frozen=True)
class Scan:
    """One stamped scan that passed F009, and the nomination file (stem) it belongs to, if any."""

    path: str  # repo-relative posix path
    folder: str  # the nominating folder, relative to the campaign folder (cities/xian)
    stem: str | None  # the nomination file's name without .yaml; None when no file matches (S007)


def owner_stem(scan_stem: str, stems: set[str]) -> str | None:
    """The nomination stem a scan's name belongs to: the same name, or the same name plus a page
    number; compared in lower case (phones write IMG.JPG, people write Individual-…)."""
    name = scan_stem.lower()
    if name in stems:
        return name
    page = PAGE.match(name)
    return page.group(1) if page and page.group(1) in stems else None


def _kind(file: Path) -> str | None:
    """What the content is (filetype's extension), from its first bytes."""
    with file.open("rb") as f:
        guess = filetype.guess(f.read(8192))
    if guess is None:
        return None
    return "heic" if guess.extension in ("heic", "heif", "avif") else str(guess.extension)


def scan_problem(file: Path) -> tuple[str, str] | None:
    """(message, hint) when the file cannot serve as a stamped scan: F009."""
    name = file.name
    suffix = file.suffix.lower()
    if file.is_symlink():
        return (f"盖章扫描件「{name}」是符号链接，不予读取。", "请上传扫描件本身，而不是链接。")
    if file.is_dir():
        return (f"stamped 文件夹里不能再有文件夹（「{name}」）。", "请把扫描件直接放在 stamped/ 中，" + NAME_HINT)
    size = file.stat().st_size
    kind = _kind(file) if size else None
    if suffix in PHONE_FORMATS or kind == "heic":
        return (f"盖章扫描件「{name}」是苹果手机的 HEIC/HEIF 格式照片，联盟办的电脑多数打不开。", CONVERT_HEIC)
    if suffix not in KINDS:
        return (f"盖章扫描件「{name}」的格式不对：只收 PDF、JPG、PNG。",
                "请导出为 PDF（扫描仪或手机扫描 App 都可以），或拍照存为 JPG 后上传。")
    if size == 0:
        return (f"盖章扫描件「{name}」是空文件（0 字节），上传可能没有完成。", "请重新上传扫描件。")
    if size > MAX_SCAN_BYTES:
        return (f"盖章扫描件「{name}」有 {size / 1024 / 1024:.1f} MB，超过 {MAX_SCAN_MB} MB。",
                "请降低扫描分辨率（200 dpi 足够看清印章）或压缩后再上传。")
    if kind != KINDS[suffix]:
        actual = KIND_WORDS.get(kind or "", "无法识别的内容")
        fix = (f"这其实是{actual}，请把扩展名改为 .{kind}。" if kind in ("pdf", "jpg", "png")
               else "请用扫描仪或手机扫描 App 重新导出为 PDF 或 JPG 后上传。")
        return (f"盖章扫描件「{name}」的扩展名是 {suffix}，内容却是{actual}：联盟办打不开或看到的不是扫描件。", fix)
    return None


def load_scans(folder: Path, root: Path, campaign_folder: str, stems: set[str]) -> tuple[list[Scan], list[Finding]]:
    """The scans of one nominating folder's stamped/ subfolder, and F009/S007 for the rest.

    stems: the names (without .yaml) of the folder's nomination and summary files, loaded or not."""
    scans: list[Scan] = []
    findings: list[Finding] = []
    owner = folder.parent.relative_to(root / campaign_folder).as_posix()
    for file in sorted(folder.iterdir()):
        if file.name.startswith("."):
            continue
        rel = file.relative_to(root).as_posix()
        problem = scan_problem(file)
        if problem is not None:
            findings.append(Finding(rel, None, None, "F009", "error", *problem))
            continue
        stem = owner_stem(file.stem, stems)
        scans.append(Scan(rel, owner, stem))
        if stem is None:
            near = difflib.get_close_matches(file.stem.lower(), sorted(stems), n=1, cutoff=0.5)
            findings.append(Finding(
                rel, None, None, "S007", "warning",
                f"盖章扫描件「{file.name}」的文件名对不上本文件夹的任何推荐材料，联盟办无法知道它是哪份材料的原件。",
                (f"是否是「{near[0]}.yaml」的盖章件？请改名为 {near[0]}{file.suffix.lower()}。" if near
                 else NAME_HINT),
            ))
    return scans, findings
