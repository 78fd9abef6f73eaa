"""Certificate and plaque numbers: year + award + sequence, in the config's format.

「颁发奖牌」「颁发证书」: each one carries a number anyone can check on the site's 证书查验 page.
The sequence runs per award in the order of the decision's list (the liaisons last), so the same
final list always gives the same numbers; the numbers are given only once the list is 已表彰.
"""

from __future__ import annotations

from generator.forms.roll import Honor
from generator.models import CampaignConfig
from generator.models.awards import award

LIAISON_CODE = "LL"  # 联络人: commended apart from the scheme's four awards


def award_code(config: CampaignConfig, honor: Honor) -> str:
    """A liaison listed among the 先进个人 is numbered with them (their certificate is that one)."""
    known = config.award_by_name(honor.award)
    kind = known.type if known else honor.kind
    return LIAISON_CODE if kind == "liaison" else award(kind).number_code


def numbers(config: CampaignConfig, honors: list[Honor]) -> list[str]:
    """The number of each honor, in the list's order."""
    seen: dict[str, int] = {}
    out = []
    for honor in honors:
        code = award_code(config, honor)
        seen[code] = seen.get(code, 0) + 1
        out.append(config.certificate_number.format(年度=config.year, 奖项代码=code, 序号=seen[code]))
    return out


def number_of(config: CampaignConfig, honors: list[Honor], honor: Honor) -> str:
    """One honor's number (honor is one of honors; no two honors are equal)."""
    return numbers(config, honors)[honors.index(honor)]


def register(config: CampaignConfig, everyone: list[Honor], final: bool) -> dict[str, dict[str, str]]:
    """number -> what the 证书查验 page shows (public fields only), for a list that is 已表彰;
    a proposed list has no numbers yet."""
    if not final:
        return {}
    out = {}
    for honor, number in zip(everyone, numbers(config, everyone), strict=True):
        award = f"{honor.award}（{honor.project}）" if honor.project else honor.award
        out[number] = {"year": str(config.year), "award": award, "holder": honor.name,
                       "unit": honor.unit if honor.unit != honor.name else ""}
    return out
