"""The committee's decisions: 拟表彰名单 / 表彰名单 and the liaisons' commendation."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field

from generator.models.base import FormModel, Text, alias
from generator.models.names import norm


def _relative_path(value: Any) -> Any:
    # Written on Windows (cities\xian\x.yaml) or copied with a leading ./: the same file.
    return value.replace("\\", "/").removeprefix("./")


PASSED, REFUSED = "通过", "不通过"
AGREED = "同意"


def is_passed(conclusion: str | None, opinion: str | None) -> bool:
    """What the meeting decided about one entry: 「最终确定拟表彰名单」.

    One design for every output: 结论 decides when written; without it the entry passes only
    when its 审定意见 is 「同意」 (or absent): 「不同意」, 「暂缓」, 「同意，待核实」 are not selected.
    """
    if conclusion is not None:
        return conclusion == PASSED
    return opinion is None or norm(opinion) == AGREED


def _opinion() -> Any:
    return alias("审定意见", "联盟工作委员会审定意见（不写为「同意」）", default=None)


def _conclusion() -> Any:
    return alias("结论", "「通过」或「不通过」；不写时按审定意见：「同意」为通过，其他为不通过", default=None)


Conclusion = Literal["通过", "不通过"]


class Decision(FormModel):
    award: Text = alias("奖项", "奖项名称")
    nomination: Annotated[Text, AfterValidator(_relative_path)] = alias(
        "推荐材料", "推荐文件路径（相对于本年度文件夹），如 cities/xian/x.yaml"
    )
    opinion: Text | None = _opinion()
    conclusion: Conclusion | None = _conclusion()

    @property
    def passed(self) -> bool:
        return is_passed(self.conclusion, self.opinion)

    @property
    def shown_opinion(self) -> str:
        """The 审定意见 cell: the words written, else what the outcome means."""
        return self.opinion or (AGREED if self.passed else "不" + AGREED)


class LiaisonHonor(FormModel):
    city: str = alias("城市", "城市代码，如 xian")
    name: Text = alias("姓名", "联络人姓名")
    opinion: Text | None = _opinion()
    conclusion: Conclusion | None = _conclusion()

    @property
    def passed(self) -> bool:
        return is_passed(self.conclusion, self.opinion)


class Decisions(FormModel):
    """submissions/<year>/decisions.yaml."""

    status: Literal["拟表彰", "已表彰"] = alias("状态", "「拟表彰」（公示中）或「已表彰」（正式）")
    decided_on: date = alias("审定日期", "审定会议日期")
    document: Text | None = alias("文号", "表彰决定文号（可空）", default=None)
    entries: list[Decision] = alias("表彰名单", "审定通过的推荐", default_factory=list)
    liaisons: list[LiaisonHonor] = Field(
        default_factory=list, alias="联络人表彰", description="另行表彰的联络人"
    )

    def passed(self) -> list[Decision]:
        """The entries the meeting passed: the only ones any output publishes or counts."""
        return [e for e in self.entries if e.passed]

    def passed_liaisons(self) -> list[LiaisonHonor]:
        return [h for h in self.liaisons if h.passed]
