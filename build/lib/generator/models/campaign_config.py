"""The campaign config: every number and text of one year's selection scheme."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from generator.models.base import FormModel, Text, alias

AwardType = Literal["collective", "special", "individual", "case"]
Stage = Literal["征集中", "评审中", "公示", "已表彰"]


class Period(FormModel):
    start: date = alias("开始", "考核期开始日期")
    end: date = alias("结束", "考核期结束日期")


class Criterion(FormModel):
    number: int = alias("序号", "条件序号")
    text: Text = alias("内容", "条件原文")


class Award(FormModel):
    name: Text = alias("名称", "奖项名称，如 联盟工作先进集体")
    type: AwardType = alias("类型", "collective / special / individual / case")
    form: Text | None = alias("推荐表", "对应附件，如 附件1-1", default=None)
    scope: Text = alias("参评范围", "参评范围原文")
    criteria: list[Criterion] = alias("评奖条件", "评奖条件", default_factory=list)
    criteria_note: Text | None = alias("条件说明", "如 1—2项为成员馆评选条件", default=None)
    member_criteria: list[int] = alias("成员馆可选条件", "成员馆可申报的条件序号", default_factory=list)
    committee_criteria: list[int] = alias(
        "委员馆可选条件", "委员馆可申报的条件序号", default_factory=list
    )
    honor: Text = alias("奖励形式", "如 授予称号并颁发奖牌")


class Quotas(FormModel):
    collective_per_city: int = alias("每个委员馆推荐先进集体", "每个委员馆可推荐的先进集体数", ge=0)
    individual_per_city: int = alias("每个委员馆推荐先进个人", "每个委员馆可推荐的先进个人数", ge=0)
    collective_cap: int = alias("城市推荐先进集体总数上限", "由城市推荐评出的先进集体上限", ge=0)
    individual_cap: int = alias("城市推荐先进个人总数上限", "由城市推荐评出的先进个人上限", ge=0)
    deeds_max_chars: int = alias("主要事迹字数上限", "先进个人主要事迹的字数上限", ge=1)


class SpecialProject(FormModel):
    name: Text = alias("名称", "专项工作名称")
    group: str = alias("工作组", "负责推荐的工作组代码")
    quota: int = alias("名额", "本专项可表彰的先进集体数", ge=0)


class LateException(FormModel):
    path: Text = alias("文件", "逾期文件的路径（相对于本年度文件夹）")
    reason: Text = alias("理由", "准予逾期的理由")
    approved_on: date = alias("批准日期", "批准日期")


class Step(FormModel):
    title: Text = alias("标题", "小标题")
    text: Text = alias("内容", "原文")


class CampaignConfig(FormModel):
    """submissions/<year>/campaign.yaml."""

    year: int = alias("年度", "评选年度，如 2024", ge=2000, le=2100)
    title: Text = alias("名称", "如 2024年度联盟工作先进评选")
    notice_number: Text | None = alias("文号", "通知文号", default=None)
    published_on: date | None = alias("发布日期", "通知发布日期", default=None)
    period: Period = alias("考核时限", "评奖考核时限（数据统计区间）")
    deadline: date = alias("截止日期", "推荐材料报送截止日期")
    stage: Stage | None = alias("阶段", "征集中 / 评审中 / 公示 / 已表彰（可空，按数据推断）", default=None)
    contact: Text | None = alias("联系人", "联盟办联系人（姓名与办公电话）", default=None)
    purpose: Text = alias("评选目的", "方案开头的说明")
    principles: list[Text] = alias("评选原则", "评选原则", min_length=1)
    assessment: Text = alias("考核内容", "考核内容原文")
    awards: list[Award] = alias("奖项", "奖项设置", min_length=1)
    quotas: Quotas = alias("名额", "名额与上限")
    bases: list[Text] = alias("推荐依据", "专项工作先进集体的推荐依据", min_length=1)
    special_projects: list[SpecialProject] = alias("专项工作", "各专项奖及名额", default_factory=list)
    case_themes: list[Text] = alias("案例主题", "优秀服务案例的主题", min_length=1)
    fields: list[Text] = alias("个人业务领域", "先进个人的业务领域", default_factory=list)
    procedure: list[Step] = alias("评奖办法及程序", "评奖办法及程序", default_factory=list)
    requirements: list[Text] = alias("评奖要求", "评奖要求", default_factory=list)
    late_exceptions: list[LateException] = Field(
        default_factory=list, alias="逾期例外", description="联盟办准予逾期提交的文件"
    )

    def award_by_name(self, name: str) -> Award | None:
        return next((a for a in self.awards if a.name == name), None)

    def award_by_type(self, award_type: str) -> Award | None:
        return next((a for a in self.awards if a.type == award_type), None)
