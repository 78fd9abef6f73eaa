"""What `honors forms` writes after the nominations, by the year's stage; one year despite another."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.validate import validate_repository
from generator.cli import main
from generator.forms.context import FormContext
from generator.forms.plan import after_decision
from generator.forms.stages import documents_due

from .helpers import Generated

AFTER = {"审议评分表.xlsx", "会议材料.docx", "会议纪要.docx", "拟表彰名单公示.docx", "表彰决定.docx",
         "奖牌清单.xlsx", "证书"}
MEETING = {"审议评分表.xlsx", "会议材料.docx", "会议纪要.docx"}  # the minutes once decisions.yaml records the meeting


def _top(target: Path) -> set[str]:
    return {p.name for p in target.iterdir()} & AFTER


def _run(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, str, str]:
    code = main(["forms", "--root", str(root), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_proposed_list_gets_the_review_sheet_and_the_notice(demo: Generated) -> None:
    assert _top(demo.target) == {*MEETING, "拟表彰名单公示.docx"}


def test_decided_year_gets_everything(decided: Generated) -> None:
    assert _top(decided.target) == AFTER


def _planned(root: Path, year: int) -> tuple[set[str], list[str]]:
    """The after-decision files a run would write for that year, and the notes for the clerk."""
    repo, _ = validate_repository(root)
    campaign = next(c for c in repo.campaigns if c.year == year)
    registry = campaign.registry or repo.registry
    assert registry is not None
    names = {o.rel.parts[0] for o in after_decision(FormContext(registry, campaign), pdf=False)}
    return names, documents_due(campaign).waiting


def _set_stage(root: Path, stage: str) -> None:
    config = root / "submissions/2024/campaign.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "截止日期: 2025-04-08\n", f"截止日期: 2025-04-08\n阶段: {stage}\n"), encoding="utf-8")


def test_before_any_decision_only_the_review_sheet(demo_copy: Path) -> None:
    (demo_copy / "submissions/2024/decisions.yaml").unlink()
    names, waiting = _planned(demo_copy, 2024)
    assert names == {"审议评分表.xlsx", "会议材料.docx"}  # the papers before the meeting
    assert waiting == ["submissions/2024/decisions.yaml 还没有拟表彰名单：公示通知、表彰决定、证书和奖牌清单"
                       "在名单审定后生成。"]


def test_under_review_no_notice_yet(demo_copy: Path) -> None:
    _set_stage(demo_copy, "审议中")
    names, waiting = _planned(demo_copy, 2024)
    assert names == MEETING
    assert waiting[0] == ("本年度处于「审议中」阶段：公示通知在 submissions/2024/campaign.yaml 的「阶段」"
                          "改为「公示中」后生成。")


def test_stage_and_status_that_disagree(demo_copy: Path) -> None:
    _set_stage(demo_copy, "已表彰")
    names, waiting = _planned(demo_copy, 2024)
    assert names == {*MEETING, "拟表彰名单公示.docx"}
    assert waiting == ["表彰决定、证书和奖牌清单在 submissions/2024/decisions.yaml 的「状态」改为「已表彰」"
                       "后生成（campaign.yaml 的阶段已是「已表彰」）。"]


def _break(root: Path, year: int) -> None:
    config = root / f"submissions/{year}/campaign.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        f"年度: {year}", "年度: 二〇二三"), encoding="utf-8")


def test_another_years_broken_config_does_not_stop_this_one(
        demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _break(demo_copy, 2023)
    code, out, _ = _run(capsys, demo_copy, "--year", "2024", "--out", str(tmp_path / "out"))
    assert code == 0 and "已生成 2024 年度" in out
    assert ("表彰决定、证书和奖牌清单在 submissions/2024/decisions.yaml 的「状态」改为「已表彰」后生成。"
            in out)  # the clerk is told what waits
    code, _, err = _run(capsys, demo_copy, "--year", "2023", "--out", str(tmp_path / "out"))
    assert code == 2
    assert "submissions/2023/campaign.yaml:3" in err and "没有 2023 年度" not in err


def test_a_broken_newest_year_is_not_replaced_by_an_older_one(
        demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _break(demo_copy, 2024)
    code, out, err = _run(capsys, demo_copy, "--out", str(tmp_path / "out"))
    assert code == 2 and "submissions/2024/campaign.yaml:3" in err
    assert not (tmp_path / "out").exists()
    code, out, _ = _run(capsys, demo_copy, "--year", "2023", "--no-pdf",
                        "--out", str(tmp_path / "out"))
    assert code == 0 and "已生成 2023 年度" in out
    certificates = list((tmp_path / "out/2023/证书").iterdir())
    assert certificates and all(p.suffix == ".docx" for p in certificates)
    assert "--no-pdf" in out


@pytest.mark.libreoffice
@pytest.mark.slow
def test_certificates_also_as_pdf(demo_copy: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, demo_copy, "--year", "2023", "--out", str(tmp_path / "out"))
    assert code == 0
    folder = tmp_path / "out/2023/证书"
    docx = sorted(p.stem for p in folder.glob("*.docx"))
    assert len(docx) == 12 and sorted(p.stem for p in folder.glob("*.pdf")) == docx
    assert all((folder / f"{stem}.pdf").read_bytes().startswith(b"%PDF") for stem in docx)
    assert "证书/01_联盟工作先进个人_权海燕.pdf" in out
