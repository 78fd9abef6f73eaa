"""The rules page's texts: every code explained, every quotation the notice's own words."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator.check.codes import CODES
from generator.check.rulebook import EXAMPLES, RULES, RuleText, quoted_for
from generator.load.campaign import load_repository
from generator.models.campaign_config import CampaignConfig

NOTICE = (Path(__file__).parents[1] / "data/notice-2024.txt").read_text(encoding="utf-8")


def _bare(text: str) -> str:
    return "".join(text.split()).replace("*", "")


def test_every_code_is_explained_once() -> None:
    assert [r.code for r in RULES] == list(CODES)


@pytest.mark.parametrize("rule", [r for r in RULES if r.notice], ids=lambda r: r.code)
def test_quotations_are_the_notices_words(rule: RuleText) -> None:
    assert rule.notice is not None
    assert _bare(rule.notice) in _bare(NOTICE)


def test_rules_the_notice_decides_quote_it() -> None:
    decided = {c for c in CODES if c[0] in "EQDA"} - {"E009", "D007"}
    assert {r.code for r in RULES if r.notice} >= decided


def _config(year: int) -> CampaignConfig:
    repo, _ = load_repository(Path(__file__).resolve().parents[2])
    return next(c.config for c in repo.campaigns if c.year == year)


def test_the_notices_year_is_quoted_as_written() -> None:
    config = _config(2024)
    assert [quoted_for(r.notice, config) for r in RULES if r.notice] == [r.notice for r in RULES if r.notice]


def test_another_year_is_quoted_with_its_own_numbers_and_dates() -> None:
    """「不超过32名」 and 「4月8日前」 are the 2024 notice's: 2023's page and a 2025 with cap 30 say their own."""
    quotes = " ".join(quoted_for(r.notice, _config(2023)) for r in RULES if r.notice)
    assert "于4月10日前报送联盟办公室" in quotes and "4月8日" not in quotes
    assert "2023年1月1日至2023年12月31日" in quotes and "对2023年度涌现出的" in quotes
    assert "陕公图联发〔2024〕03号" in quotes and "〔2025〕" not in quotes
    later = _config(2024).model_copy(update={"year": 2025})
    later.quotas.individual_cap = 30
    quotes = " ".join(quoted_for(r.notice, later) for r in RULES if r.notice)
    assert "联盟工作先进个人不超过30名" in quotes and "32名" not in quotes and "2024年度" not in quotes


CASES = Path(__file__).parents[1] / "cases/invalid"
PR_ONLY = {"D003", "D004", "D008"}  # as tests/test_cases.py: a pull request's history needed


def test_every_code_has_an_example() -> None:
    assert list(EXAMPLES) == list(CODES)
    assert {c for c, e in EXAMPLES.items() if e.case is None} == PR_ONLY


def _case_text(case: Path) -> str:
    """Everything a case holds that a librarian or the office wrote: its files, their names and
    the configuration it patches."""
    parts = [(case / "expected.yaml").read_text(encoding="utf-8")]
    for path in sorted(p for p in (case / "files").rglob("*") if p.is_file()):
        parts.append(path.relative_to(case / "files").as_posix())
        parts.append(path.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(parts)


@pytest.mark.parametrize("code", [c for c in CODES if c not in PR_ONLY])
def test_each_example_gets_its_code(code: str) -> None:
    """The example's case expects the code (tests/test_cases.py validates it and compares), and a
    literal example stands in the case as shown."""
    example = EXAMPLES[code]
    assert example.case is not None
    case = CASES / example.case
    spec = YAML(typ="safe").load((case / "expected.yaml").read_text(encoding="utf-8"))
    assert code in {f["code"] for f in spec["findings"]}, example.case
    if example.literal:
        assert example.input in _case_text(case), example.input
