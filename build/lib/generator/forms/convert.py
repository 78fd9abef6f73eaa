"""LibreOffice (headless) and poppler: .docx -> PDF -> PNG, for previews and checks."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from generator.errors import UserError

# On a machine without the Windows fonts, show 宋体/仿宋 as a serif and 黑体 as a sans CJK face,
# as they print; fontconfig falls back to the system's own configuration for the rest.
FONT_ALIASES = {
    "宋体": "Noto Serif CJK SC", "SimSun": "Noto Serif CJK SC",
    "仿宋": "Noto Serif CJK SC", "FangSong": "Noto Serif CJK SC",
    "黑体": "Noto Sans CJK SC", "SimHei": "Noto Sans CJK SC",
}
TIMEOUT = 120


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
    program = soffice()
    if program is None:
        raise UserError("找不到 LibreOffice（soffice）。", "请安装 LibreOffice 后重试。")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="honors-lo-") as tmp:
        env = {**os.environ, "FONTCONFIG_FILE": str(_fontconfig(Path(tmp))), "HOME": tmp}
        subprocess.run(
            [program, f"-env:UserInstallation={Path(tmp).as_uri()}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
            check=True, capture_output=True, timeout=TIMEOUT, env=env,
        )
    pdf = outdir / (docx.stem + ".pdf")
    if not pdf.exists():
        raise UserError(f"LibreOffice 未能转换「{docx.name}」。", "请用 Word 或 WPS 打开检查。")
    return pdf


def to_png(pdf: Path, prefix: Path, dpi: int = 80) -> list[Path]:
    """One PNG per page: prefix-1.png, prefix-2.png …"""
    program = shutil.which("pdftoppm")
    if program is None:
        raise UserError("找不到 pdftoppm。", "请安装 poppler-utils 后重试。")
    subprocess.run([program, "-png", "-r", str(dpi), str(pdf), str(prefix)],
                   check=True, capture_output=True, timeout=TIMEOUT)
    return sorted(prefix.parent.glob(f"{prefix.name}-*.png"))
