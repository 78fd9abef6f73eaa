"""The committee's decisions: 拟表彰名单 / 表彰名单 and the liaisons' commendation."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from generator.models.base import FormModel, Text, alias


class Decision(FormModel):
    award: Text = alias("奖项", "奖项名称")
    nomination: Text = alias("推荐材料", "推荐文件路径（相对于本年度文件夹），如 cities/xian/x.yaml")
    opinion: Text = alias("审定意见", "联盟工作委员会审定意见", default="同意")


class LiaisonHonor(FormModel):
    city: str = alias("城市", "城市代码，如 xian")
    name: Text = alias("姓名", "联络人姓名")
    opinion: Text = alias("审定意见", "审定意见", default="同意")


class Decisions(FormModel):
    """submissions/<year>/decisions.yaml."""

    status: Literal["拟表彰", "已表彰"] = alias("状态", "「拟表彰」（公示中）或「已表彰」（正式）")
    decided_on: date = alias("审定日期", "审定会议日期")
    document: Text | None = alias("文号", "表彰决定文号（可空）", default=None)
    entries: list[Decision] = alias("表彰名单", "审定通过的推荐", default_factory=list)
    liaisons: list[LiaisonHonor] = Field(
        default_factory=list, alias="联络人表彰", description="另行表彰的联络人"
    )
