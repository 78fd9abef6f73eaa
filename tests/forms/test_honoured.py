"""The 公示 and the 表彰决定 name only the award kinds that have entries ({表彰对象})."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.check.validate import validate_repository
from generator.forms.publicity import listed_awards, publicity_text
from generator.forms.text import enumerate_cn
from generator.forms.wording import fill, honoured
from generator.models import Decisions
from generator.models.office_documents import DEFAULT_ATTACHMENT, DEFAULT_BODY, DEFAULT_TITLE


@pytest.mark.parametrize(("kinds", "words"), [
    ({"collective", "special", "individual", "case", "liaison"}, "先进集体、先进个人和优秀服务案例"),
    ({"special"}, "先进集体"),
    ({"liaison"}, "先进个人"),
    ({"case", "collective"}, "先进集体和优秀服务案例"),
    ({"individual", "case"}, "先进个人和优秀服务案例"),
])
def test_the_decision_names_only_the_kinds_it_commends(kinds: set[str], words: str) -> None:
    assert honoured(kinds) == words
    title = fill(DEFAULT_TITLE, {"年度": 2025, "表彰对象": honoured(kinds)})
    assert title == f"关于表彰2025年度联盟工作\n{words}的决定"
    assert fill(DEFAULT_ATTACHMENT, {"年度": 2025, "表彰对象": words}) == f"2025年度联盟工作\n{words}名单"
    assert "{表彰对象}" in DEFAULT_BODY


def test_enumeration_in_running_text() -> None:
    assert [enumerate_cn(items) for items in ([], ["甲"], ["甲", "乙"], ["甲", "乙", "丙"])] == [
        "", "甲", "甲和乙", "甲、乙和丙"]


def _decisions(entries: list[tuple[str, str]], liaisons: int = 0, verdict: str = "同意") -> Decisions:
    return Decisions.model_validate({
        "状态": "拟表彰", "审定日期": date(2025, 5, 20),
        "表彰名单": [{"奖项": award, "推荐材料": path, "审定意见": verdict} for award, path in entries],
        "联络人表彰": [{"城市": "xian", "姓名": f"联络人{i}", "审定意见": "同意"} for i in range(liaisons)],
    })


def test_the_publicity_names_only_the_awards_on_the_list(repo_root: Path) -> None:
    repo, _ = validate_repository(repo_root)
    config = next(c for c in repo.campaigns if c.year == 2024).config
    everything = "联盟工作先进集体、联盟专项工作先进集体、联盟工作先进个人和联盟优秀服务案例"
    assert listed_awards(config, None) == everything
    cases = _decisions([("联盟优秀服务案例", "cities/xian/case-a.yaml"),
                        ("联盟工作先进集体", "cities/xian/collective-a.yaml")])
    assert listed_awards(config, cases) == "联盟工作先进集体和联盟优秀服务案例"
    # A liaison's commendation is among the individuals'; an entry not passed is not on the list.
    only_liaisons = _decisions([("联盟优秀服务案例", "cities/xian/case-a.yaml")], liaisons=1, verdict="不同意")
    assert listed_awards(config, only_liaisons) == "联盟工作先进个人"
    intro = publicity_text(config, cases, "联盟办").intro
    assert "确定2024年度联盟工作先进集体和联盟优秀服务案例拟表彰名单，现予公示。" in intro
    assert "先进个人" not in intro and "专项工作先进集体" not in intro
