"""The job summary warns when nominations already exceed what may be selected (「不超过15个」)."""

from __future__ import annotations

from pathlib import Path

from generator.check.validate import validate_repository
from generator.load.records import Campaign
from generator.models import Registry
from generator.pullrequest.ghsummary import other_awards
from generator.rules.liaisons import is_liaison


def _registry(campaign: Campaign) -> Registry:
    """The registry the campaign is judged with (the demo always has one)."""
    assert campaign.registry is not None
    return campaign.registry


def _config_with_caps(root: Path, collectives: int, individuals: int) -> None:
    path = root / "submissions/2024/campaign.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("先进集体评选总数上限: 15", f"先进集体评选总数上限: {collectives}")
    text = text.replace("先进个人评选总数上限: 32", f"先进个人评选总数上限: {individuals}")
    path.write_text(text, encoding="utf-8")


def test_no_warning_while_the_nominations_fit(demo_copy: Path) -> None:
    repo, _ = validate_repository(demo_copy)
    text = other_awards(repo.campaigns[0], _registry(repo.campaigns[0]))
    assert "警告" not in text
    assert "评出的联盟工作先进集体不超过 15 个、联盟工作先进个人不超过 32 名" in text


def test_warning_when_the_nominations_exceed_a_cap(demo_copy: Path) -> None:
    # The caps are set just below the demo's collectives and just at its non-liaison individuals.
    repo, _ = validate_repository(demo_copy)
    campaign = repo.campaigns[0]
    collectives = sum(1 for n in campaign.nominations if n.award == "collective")
    people = [n for n in campaign.nominations if n.award == "individual"]
    liaisons = [n for n in people if is_liaison(n, _registry(campaign))]
    assert liaisons, "the demo nominates some liaisons"
    _config_with_caps(demo_copy, collectives - 1, len(people) - len(liaisons))
    repo, _ = validate_repository(demo_copy)
    text = other_awards(repo.campaigns[0], _registry(repo.campaigns[0]))
    assert f"⚠️ 警告：各渠道共推荐先进集体 {collectives} 个，超过评选上限 {collectives - 1} 个" in text
    assert "先进个人" not in text.split("⚠️", 1)[1]


def test_liaisons_do_not_count_toward_the_individual_cap(demo_copy: Path) -> None:
    repo, _ = validate_repository(demo_copy)
    campaign = repo.campaigns[0]
    people = [n for n in campaign.nominations if n.award == "individual"]
    others = len([n for n in people if not is_liaison(n, _registry(campaign))])
    _config_with_caps(demo_copy, 40, others - 1)
    repo, _ = validate_repository(demo_copy)
    text = other_awards(repo.campaigns[0], _registry(repo.campaigns[0]))
    assert f"各渠道共推荐先进个人 {others} 名，超过评选上限 {others - 1} 名" in text


def test_each_case_is_credited_to_the_channel_that_submitted_it(demo_copy: Path) -> None:
    """Cases come from cities, groups and the office: none is counted as a group's."""
    base = demo_copy / "submissions/2024"
    folders = {"city": len(list(base.glob("cities/*/case-*.yaml"))),
               "group": len(list(base.glob("groups/*/case-*.yaml"))),
               "office": len(list(base.glob("office/case-*.yaml")))}
    assert all(folders.values()), folders  # the demo has cases from all three
    repo, _ = validate_repository(demo_copy)
    text = other_awards(repo.campaigns[0], _registry(repo.campaigns[0]))
    total = sum(folders.values())
    assert (f"优秀服务案例 {total} 个（各市推荐 {folders['city']} 个、工作组推荐 {folders['group']} 个、"
            f"联盟办推荐 {folders['office']} 个）") in text
    specials = len(list((demo_copy / "submissions/2024/groups").glob("*/special-*.yaml")))
    assert f"专项工作先进集体 {specials} 个（工作组推荐 {specials} 个）" in text
