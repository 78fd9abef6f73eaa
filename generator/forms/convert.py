"""LibreOffice (headless) and poppler: .docx -> PDF -> PNG, for previews and checks."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from generator.core.errors import UserError

# On a machine without the Windows fonts, show 宋体/仿宋/楷体/小标宋 as a serif and 黑体 as a sans
# CJK face, as they print; fontconfig falls back to the system's own configuration for the rest.
SERIF, SANS = "Noto Serif CJK SC", "Noto Sans CJK SC"
FONT_ALIASES = {
    **dict.fromkeys(("宋体", "SimSun", "仿宋", "FangSong", "仿宋_GB2312", "楷体", "KaiTi",
                     "楷体_GB2312", "方正小标宋简体", "方正小标宋_GBK", "华文中宋"), SERIF),
    **dict.fromkeys(("黑体", "SimHei"), SANS),
}
TIMEOUT = 120
PER_FILE = 10  # seconds more for each further file of a batch


def soffice() -> str | None:
    """The LibreOffice program, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _fontconfig(folder: Path) -> Path:
    aliases = "".join(
        f"<alias binding=\"same\"><family>{name}</family><prefer><family>{face}</family>"
        "</prefer></alias>"
        for name, face in FONT_ALIASES.items()
    )
    conf = folder / "fonts.conf"
    conf.write_text(
        "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig>"
        f"<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>{aliases}</fontconfig>",
        encoding="utf-8",
    )
    return conf


def to_pdf(docx: Path, outdir: Path) -> Path:
    """Convert with a private LibreOffice profile, so parallel runs do not collide."""
    return to_pdfs([docx], outdir)[0]


def to_pdfs(files: list[Path], outdir: Path) -> list[Path]:
    """Convert many files with one LibreOffice start (a few seconds each time it starts)."""
    return convert(files, outdir, "pdf", ".pdf")


def convert(files: list[Path], outdir: Path, target: str, suffix: str) -> list[Path]:
    """LibreOffice's --convert-to target (e.g. "pdf", or a csv filter) for every file."""
    program = soffice()
    if program is None:
        raise UserError("找不到 LibreOffice（soffice）。", "请安装 LibreOffice 后重试。")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="honors-lo-") as tmp:
        env = {**os.environ, "FONTCONFIG_FILE": str(_fontconfig(Path(tmp))), "HOME": tmp}
        try:
            subprocess.run(
                [program, f"-env:UserInstallation={Path(tmp).as_uri()}/profile", "--headless",
                 "--convert-to", target, "--outdir", str(outdir), *map(str, files)],
                check=True, capture_output=True, timeout=TIMEOUT + PER_FILE * len(files), env=env,
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError):
            raise UserError(
                f"LibreOffice 转换 {suffix.lstrip('.').upper()} 失败（或超时）。",
                "请关闭正在运行的 LibreOffice 后重试；也可以加 --no-pdf 只生成 Word 文件，再用 Word 另存为 PDF。",
            ) from None
    made = [outdir / (f.stem + suffix) for f in files]
    missing = [f.name for f, p in zip(files, made, strict=True) if not p.exists()]
    if missing:
        raise UserError(f"LibreOffice 未能转换「{missing[0]}」等 {len(missing)} 个文件。",
                        "请用 Word、WPS 或 Excel 打开这些文件检查。")
    return made


def to_png(pdf: Path, prefix: Path, dpi: int = 80) -> list[Path]:
    """One PNG per page: prefix-1.png, prefix-2.png …"""
    program = shutil.which("pdftoppm")
    if program is None:
        raise UserError("找不到 pdftoppm。", "请安装 poppler-utils 后重试。")
    subprocess.run([program, "-png", "-r", str(dpi), str(pdf), str(prefix)],
                   check=True, capture_output=True, timeout=TIMEOUT)
    return sorted(prefix.parent.glob(f"{prefix.name}-*.png"))
