"""The office's route from 公示 to 表彰, walked on a copy of the demo with the real commands, and
what it prints: each stage's `honors forms`, the edits its 「下一步」 asks for, `honors close`,
and the printed pages rendered to PNG and kept as test artifacts ($HONORS_TEST_ARTIFACTS/
office-print-route/, else the pytest tmp folder) for a person to look at.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.forms.convert import to_pdfs, to_png
from generator.forms.sheetkit import PRINT_MIN_PT

from .printcheck import calc_installed, measure

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]
YEAR = "2024"
DOCUMENT_NUMBER = "陕公图联发〔2025〕09号"
SIGNED_ON = "2025-06-03"
DPI = 60
MIN_PNG_BYTES = 6_000  # a blank A4 page at this size is ~1 KB


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    configured = os.environ.get("HONORS_TEST_ARTIFACTS")
    folder = (Path(configured) if configured else tmp_path / "artifacts") / "office-print-route"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def honors(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """One `honors` command as the office types it, in the copy."""
    return subprocess.run([sys.executable, "-m", "generator", *args, "--root", str(root)],
                          cwd=root, capture_output=True, text=True, timeout=600, check=False)


def printed(files: list[Path], folder: Path, shots: Path) -> dict[str, list[Path]]:
    """Each file converted to PDF, measured (10 pt at least) and rendered page by page to PNG."""
    pages: dict[str, list[Path]] = {}
    for source, pdf in zip(files, to_pdfs(files, folder), strict=True):
        assert all(p.smallest >= PRINT_MIN_PT for p in measure(pdf) if p.lines), source.name
        pngs = to_png(pdf, shots / f"{folder.name}-{source.stem}", DPI)
        assert pngs and all(p.stat().st_size > MIN_PNG_BYTES for p in pngs), source.name
        pages[source.name] = pngs
    return pages


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path.name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_from_publicity_to_commendation(demo_copy: Path, tmp_path: Path, shots: Path) -> None:
    root, year = demo_copy, demo_copy / "submissions" / YEAR

    # 1. 公示: the list is 拟表彰; forms writes the notice, not yet the decision.
    assert honors(root, "validate").returncode == 0
    run = honors(root, "forms", "--out", str(tmp_path / "公示"), "--no-pdf")
    assert run.returncode == 0, run.stderr
    assert "下一步：公示期满后" in run.stdout and "填写文号和成文日期" in run.stdout
    stage1 = tmp_path / "公示" / YEAR
    assert not (stage1 / "表彰决定.docx").exists()
    notice = printed([stage1 / "拟表彰名单公示.docx"], tmp_path / "pdf-1", shots)
    last = measure(tmp_path / "pdf-1" / "拟表彰名单公示.pdf")[-1]
    closing = "".join(line.text for line in last.lines)
    assert "公示期：" in closing and closing.endswith("日")  # the closing with the signature
    assert len(notice["拟表彰名单公示.docx"]) > 1

    # 2. 公示期满: the office does what 「下一步」 said, validates, and writes the decision.
    _edit(year / "decisions.yaml", "状态: 拟表彰", "状态: 已表彰")
    _edit(year / "decisions.yaml", "审定日期: 2025-05-20",
          f"审定日期: 2025-05-20\n文号: {DOCUMENT_NUMBER}")
    _edit(year / "campaign.yaml", "  主送: 各委员馆、各工作组",
          f"  主送: 各委员馆、各工作组\n  成文日期: {SIGNED_ON}")
    checked = honors(root, "validate")
    assert checked.returncode == 0, checked.stdout
    assert f"honors close --year {YEAR}" in checked.stdout  # D007: close the year next
    run = honors(root, "forms", "--out", str(tmp_path / "表彰"))
    assert run.returncode == 0, run.stderr
    assert f"运行 honors close --year {YEAR}" in run.stdout
    stage2 = tmp_path / "表彰" / YEAR
    certificates = sorted((stage2 / "证书").glob("*.pdf"))
    assert certificates and len(certificates) == len(list((stage2 / "证书").glob("*.docx")))
    to_print = [stage2 / "表彰决定.docx"]
    if calc_installed():
        to_print.append(stage2 / "奖牌清单.xlsx")
    decision = printed(to_print, tmp_path / "pdf-2", shots)
    pages = measure(tmp_path / "pdf-2" / "表彰决定.pdf")
    first = "".join(line.text for line in pages[0].lines)
    assert first.startswith("陕西公共图书馆服务联盟文件") and DOCUMENT_NUMBER in first
    imprint = [line.text for line in pages[-1].lines]
    assert re.search(r"2025年6月3日印发$", imprint[-1])
    assert len(imprint) > 2  # the 版记 with the list's end, never alone
    assert len(decision["表彰决定.docx"]) == len(pages)
    certificate = to_png(certificates[0], shots / "表彰-证书", DPI)
    assert len(certificate) == 1 and certificate[0].stat().st_size > MIN_PNG_BYTES

    # 3. 表彰决定印发: the office closes the year; its files are sealed, the forms unchanged.
    closed = honors(root, "close", "--year", YEAR)
    assert closed.returncode == 0, closed.stdout + closed.stderr
    assert (year / "closed.yaml").exists() and (year / "registry.yaml").exists()
    checked = honors(root, "validate")
    assert checked.returncode == 0 and "D007" not in checked.stdout
    run = honors(root, "forms", "--out", str(tmp_path / "结束"), "--no-pdf")
    assert run.returncode == 0, run.stderr
    digests = {p: dict(line.split("  ", 1)[::-1] for line in
                       (p / "文件摘要.sha256").read_text(encoding="utf-8").splitlines())
               for p in (stage2, tmp_path / "结束" / YEAR)}
    before, after = digests.values()
    assert before["表彰决定.docx"] == after["表彰决定.docx"]  # the frozen registry prints the same
    assert sorted(p.name for p in shots.glob("*.png"))  # the artifacts a person can look at
