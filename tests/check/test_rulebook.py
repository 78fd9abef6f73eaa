"""The rules page's texts: every code explained, every quotation the notice's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.codes import CODES
from generator.check.rulebook import RULES, quoted_for
from generator.load.campaign import load_repository
from generator.models.campaign_config import CampaignConfig

NOTICE = (Path(__file__).parents[1] / "data/notice-2024.txt").read_text(encoding="utf-8")


def _bare(text: str) -> str:
    return "".join(text.split()).replace("*", "")


def test_every_code_is_explained_once() -> None:
    assert [r.code for r in RULES] == list(CODES)


@pytest.mark.parametrize("rule", [r for r in RULES if r.notice], ids=lambda r: r.code)
def test_quotations_are_the_notices_words(rule) -> None:
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
