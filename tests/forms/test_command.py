"""`honors forms` as the clerk runs it: scopes, messages, refusals, the all-or-nothing write."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.validate import validate_repository
from generator.cli import main
from generator.forms import Scope, generate, nomination_forms


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["forms", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _leftovers(folder: Path) -> list[Path]:
    """Staging or backup folders of the atomic swap, beside the output folder or inside it."""
    beside = [p for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}.")]
    return beside + [p for p in folder.rglob(".*") if p.name.endswith((".tmp", ".old"))]


def test_whole_campaign(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code, stdout, _ = _run(capsys, "--root", str(demo_copy), "--out", str(out))
    assert code == 0
    repo, _ = validate_repository(demo_copy)
    year = str(repo.campaigns[0].year)
    files = sorted(p for p in (out / year).rglob("*") if p.is_file())
    assert files and (out / year / "推荐汇总.xlsx") in files and (out / year / "表彰名单.csv") in files
    for path in files:
        assert path.relative_to(out / year).as_posix() in stdout
    assert "已生成" in stdout and "个人信息" in stdout
    assert not _leftovers(out)


def test_one_city_by_its_chinese_name(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo, _ = validate_repository(demo_copy)
    assert repo.registry is not None
    city = repo.registry.cities[0]
    out = tmp_path / "out"
    code, stdout, _ = _run(capsys, "--root", str(demo_copy), "--out", str(out), "--city", city.name)
    assert code == 0
    year_folder = out / str(repo.campaigns[0].year)
    assert [p.name for p in year_folder.iterdir()] == [city.code]
    mine = [n for n in repo.campaigns[0].nominations
            if (n.source.kind, n.source.code) == ("city", city.code) and n.award != "case"]
    assert len(list((year_folder / city.code).glob("*.docx"))) == len(mine) + 1  # + form 1-3
    assert "只在生成全年度表格" in stdout


def test_one_group(demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo, _ = validate_repository(demo_copy)
    campaign = repo.campaigns[0]
    special = next(n for n in campaign.nominations if n.award == "special")
    out = tmp_path / "out"
    code, _, _ = _run(capsys, "--root", str(demo_copy), "--out", str(out),
                      "--group", special.source.code)
    assert code == 0
    docs = list((out / str(campaign.year) / "groups" / special.source.code).glob("1-4_*.docx"))
    expected = [n for n in campaign.nominations if n.source == special.source
                and n.award == "special"]
    assert len(docs) == len(expected)


def test_rerun_replaces_the_old_output(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo, _ = validate_repository(demo_copy)
    assert repo.registry is not None
    city = repo.registry.cities[0].code
    out = tmp_path / "out"
    assert _run(capsys, "--root", str(demo_copy), "--out", str(out), "--city", city)[0] == 0
    [folder] = [p for p in out.glob(f"*/{city}")]
    stale = folder / "旧文件.docx"
    stale.write_bytes(b"old")
    assert _run(capsys, "--root", str(demo_copy), "--out", str(out), "--city", city)[0] == 0
    assert not stale.exists() and list(folder.glob("1-3_*.docx"))
    assert not _leftovers(out)


def test_a_failure_leaves_the_old_output(
    demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, _ = validate_repository(demo_copy)
    assert repo.registry is not None
    campaign = repo.campaigns[0]
    target = tmp_path / "out" / str(campaign.year)
    generate(repo.registry, campaign, Scope("campaign"), target)
    before = sorted(p.relative_to(target) for p in target.rglob("*"))

    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setitem(nomination_forms.BUILDERS, "individual", broken)
    with pytest.raises(RuntimeError):
        generate(repo.registry, campaign, Scope("campaign"), target)
    assert sorted(p.relative_to(target) for p in target.rglob("*")) == before
    assert not _leftovers(tmp_path / "out")


def test_a_misspelt_city_gets_a_suggestion(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo, _ = validate_repository(demo_copy)
    assert repo.registry is not None
    city = repo.registry.cities[0]
    typo = city.code[:-1]
    code, _, err = _run(capsys, "--root", str(demo_copy), "--city", typo)
    assert code == 2
    assert f"联盟名录中没有城市「{typo}」" in err and f"是否想写「{city.code}」" in err


@pytest.mark.parametrize(("args", "words"), [
    (["--group", "nosuch"], ["联盟名录中没有工作组「nosuch」"]),
    (["--year", "1999"], ["没有 1999 年度的评选", "可选年度"]),
    (["--out", "docs/forms"], ["个人信息", "docs/"]),
    (["--out", "submissions"], ["不能放在这里"]),
])
def test_bad_input_gets_a_chinese_message(demo_copy: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch,
                                          args: list[str], words: list[str]) -> None:
    monkeypatch.chdir(demo_copy)
    code, _, err = _run(capsys, "--root", str(demo_copy), *args)
    assert code == 2
    assert all(w in err for w in words), err
    assert "Traceback" not in err
    assert not (demo_copy / "output").exists()


def test_refuses_while_the_files_have_errors(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo, _ = validate_repository(demo_copy)
    record = next(n for n in repo.campaigns[0].nominations if n.award == "individual")
    bad = demo_copy / record.path
    bad.write_text(bad.read_text(encoding="utf-8").replace("性别:", "性別:"), encoding="utf-8")
    code, _, err = _run(capsys, "--root", str(demo_copy), "--out", str(tmp_path / "out"))
    assert code == 2
    assert "不能生成正式表格" in err and record.path in err and "honors validate" in err
    assert not (tmp_path / "out").exists()


def test_each_step_of_the_office_route_names_the_next(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """公示 (2024, 拟表彰) → 已表彰 → honors close → closed: every run ends with the step after it,
    in the order docs/office/forms.md gives them."""
    code, stdout, _ = _run(capsys, "--root", str(demo_copy), "--out", str(tmp_path / "a"), "--no-pdf")
    assert code == 0
    assert stdout.strip().splitlines()[-1].startswith("下一步：公示期满后，把 submissions/2024/decisions.yaml 的「状态」")

    decisions = demo_copy / "submissions/2024/decisions.yaml"
    decisions.write_text(decisions.read_text(encoding="utf-8").replace("状态: 拟表彰", "状态: 已表彰"), encoding="utf-8")
    campaign = demo_copy / "submissions/2024/campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    assert "阶段: 公示中" in text or "阶段:" not in text
    campaign.write_text(text.replace("阶段: 公示中", "阶段: 已表彰"), encoding="utf-8")
    code, stdout, _ = _run(capsys, "--root", str(demo_copy), "--out", str(tmp_path / "b"), "--no-pdf")
    assert code == 0, stdout
    last = stdout.strip().splitlines()[-1]
    assert last == ("下一步：表彰决定印发后，运行 honors close --year 2024 结束本年度"
                    "（冻结联盟名录、封存文件），再按它的提示提交并开始新年度。")

    assert main(["close", "--year", "2024", "--root", str(demo_copy)]) == 0
    closed = capsys.readouterr().out
    assert "下一步：" in closed and "提交 submissions/2024/registry.yaml" in closed
    assert (demo_copy / "submissions/2024/registry.yaml").exists()
    code, stdout, _ = _run(capsys, "--root", str(demo_copy), "--out", str(tmp_path / "c"), "--no-pdf")
    assert code == 0
    assert stdout.strip().splitlines()[-1] == "2024 年度已结束（联盟名录已冻结），不需要再做什么。"


def test_before_any_decision_the_next_step_is_the_review(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (demo_copy / "submissions/2024/decisions.yaml").unlink()
    code, stdout, _ = _run(capsys, "--root", str(demo_copy), "--out", str(tmp_path / "a"), "--no-pdf")
    assert code == 0, stdout
    assert stdout.strip().splitlines()[-1].startswith("下一步：工作组会议用审议评分表审议后")
