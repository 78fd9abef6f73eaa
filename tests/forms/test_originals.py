"""`honors stamped`: the office's list of which nominations have a stamped original on record,
on a copy of the demo data with real scans and a paper record."""

from __future__ import annotations

from pathlib import Path

import pytest
from scanfiles import jpeg_bytes, pdf_bytes

from generator.cli import main
from generator.forms.originals import originals
from generator.load.campaign import load_repository

YEAR = "submissions/2024"


def scan(root: Path, rel: str, data: bytes) -> None:
    path = root / YEAR / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def paper(root: Path, text: str) -> None:
    config = root / YEAR / "campaign.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "纸质原件:\n" + text, encoding="utf-8")


def stamped(capsys: pytest.CaptureFixture[str], root: Path, *extra: str) -> tuple[int, dict[str, str]]:
    code = main(["stamped", "--root", str(root), *extra])
    lines = capsys.readouterr().out.splitlines()
    rows = {line.split("\t")[0]: line for line in lines if "\t" in line}
    return code, {**rows, "": lines[-1]}


@pytest.fixture
def recorded(demo_copy: Path) -> Path:
    scan(demo_copy, "cities/xian/stamped/individual-wang-lan.pdf", pdf_bytes())
    scan(demo_copy, "cities/xian/stamped/summary-1.jpg", jpeg_bytes())
    scan(demo_copy, "cities/xian/stamped/summary-2.jpg", jpeg_bytes())
    scan(demo_copy, "cities/xian/stamped/scan0001.pdf", pdf_bytes())  # S007: no nomination's
    paper(demo_copy, "  - 文件夹: groups/reading\n    送达日期: 2025-04-07\n"
          "  - 文件夹: cities/xian\n    送达日期: 2025-04-09\n    材料: [individual-liu-haoran]\n"
          "  - 文件夹: cities/xian/\n    送达日期: 2025-04-03\n    材料: [individual-liu-haoran.yaml]\n")
    return demo_copy


def test_each_nomination_shows_its_scans_and_paper(recorded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, rows = stamped(capsys, recorded)

    assert code == 0
    assert rows["cities/xian/individual-wang-lan.yaml"].endswith("\t附件 1-2\t王岚\t扫描件 individual-wang-lan.pdf")
    assert rows["cities/xian/summary.yaml"].endswith("\t附件 1-3\t推荐对象汇总表\t扫描件 summary-1.jpg、summary-2.jpg")
    # Two paper records of one file: the earlier day counts.
    assert rows["cities/xian/individual-liu-haoran.yaml"].endswith("纸质原件 2025-04-03 送达")
    # A whole folder's paper originals: every file in it, a case too (though no stamp is asked of it).
    assert rows["groups/reading/special-micang.yaml"].split("\t")[1::2] == ["附件 1-4", "纸质原件 2025-04-07 送达"]
    assert rows["groups/reading/case-qinling-seasons.yaml"].endswith("\t—\t秦岭四季·全省共读\t纸质原件 2025-04-07 送达")
    assert rows["cities/xian/collective-bashui.yaml"].endswith("缺少盖章原件")
    assert rows["cities/xian/case-digital-guide.yaml"].endswith("通知未要求盖章")
    assert "scan0001" not in "\n".join(rows.values())


def test_missing_lists_only_what_lacks_an_original_and_exits_1(
        recorded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo, _ = load_repository(recorded)
    every = originals(repo.campaigns[0])
    lacking = {r.rel for r in every if r.missing}

    code, rows = stamped(capsys, recorded, "--missing", "--year", "2024")

    assert code == 1
    assert set(rows) - {""} == lacking
    assert "cities/xian/collective-bashui.yaml" in lacking
    assert not {"cities/xian/individual-wang-lan.yaml", "cities/xian/summary.yaml",
                "cities/xian/individual-liu-haoran.yaml", "cities/xian/case-digital-guide.yaml"} & lacking
    asked = sum(r.stamp_asked for r in every)
    assert rows[""] == f"共 {asked} 份须盖章的材料，{asked - len(lacking)} 份已有盖章原件，{len(lacking)} 份缺少。"


def test_missing_exits_0_when_every_stamp_is_on_record(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folders = sorted({p.parent.relative_to(demo_copy / YEAR).as_posix()
                      for p in (demo_copy / YEAR).glob("*/**/*.yaml") if "/data/" not in p.as_posix()})
    paper(demo_copy, "".join(f"  - 文件夹: {f}\n    送达日期: 2025-04-08\n" for f in folders))

    code, rows = stamped(capsys, demo_copy, "--missing")

    assert code == 0
    assert set(rows) == {""} and rows[""].endswith("0 份缺少。")
