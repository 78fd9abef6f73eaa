"""The nomination forms: 附件 1-1, 1-2, 1-4 and the service case."""

from __future__ import annotations

from generator.models.base import (
    Day,
    FormModel,
    JoinMonth,
    LongText,
    Phone,
    Text,
    TextList,
    YesNo,
    alias,
)


class Nomination(FormModel):
    """Fields every nomination shares."""

    award: Text = alias("推荐奖项", "推荐的奖项名称，须为评选方案中的奖项之一")


class Collective(Nomination):
    """附件 1-1 联盟工作先进集体推荐表."""

    unit: Text = alias("单位", "推荐单位的全称，须与联盟名录一致")
    head: Text = alias("单位负责人", "单位负责人姓名")
    joined: JoinMonth = alias("加盟时间", "加入联盟的时间，写到年月，如 2016-05、2016年5月（可加日）")
    phone: Phone = alias("联系电话", "单位联系电话，如 \"029-85420000\"（请加引号）")
    criteria: list[int] = alias(
        "评选条件", "本单位符合的评选条件序号：成员馆 1–2，委员馆 1–3", min_length=1
    )
    achievements: LongText = alias("主要工作成绩", "根据评选条件具体说明突出成绩，可用 Markdown")
    unit_opinion: Text | None = alias("单位申报意见", "单位申报意见（可空，纸质表盖章处）", default=None)
    committee_opinion: Text | None = alias(
        "委员馆推荐意见", "委员馆推荐意见（可空，纸质表盖章处）", default=None
    )


class SpecialCollective(Nomination):
    """附件 1-4 联盟专项工作先进集体推荐表 (recommended by a working group)."""

    unit: Text = alias("单位", "推荐单位的全称，须与联盟名录一致")
    head: Text = alias("单位负责人", "单位负责人姓名")
    joined: JoinMonth = alias("加盟时间", "加入联盟的时间，写到年月，如 2016-05、2016年5月（可加日）")
    phone: Phone = alias("联系电话", "单位联系电话，如 \"029-85420000\"（请加引号）")
    project: Text = alias("专项工作", "专项工作名称，须为评选方案中的专项工作之一")
    basis: Text = alias("推荐依据", "「全省名列前茅」或「较上一年度有较大进步」")
    ranking: Text | None = alias("考核排名", "工作组考核排名或业务数据摘要（可空）", default=None)
    achievements: LongText = alias("主要工作成绩", "根据评选条件具体说明突出成绩，可用 Markdown")
    unit_opinion: Text | None = alias("单位申报意见", "单位申报意见（可空）", default=None)
    committee_opinion: Text | None = alias("委员馆推荐意见", "推荐意见（可空）", default=None)


class Individual(Nomination):
    """附件 1-2 联盟工作先进个人推荐表."""

    name: Text = alias("姓名", "被推荐人姓名", max_length=20)
    gender: Text = alias("性别", "「男」或「女」（仅用于纸质表，不公开）", pattern="^(男|女)$")
    age: int = alias("年龄", "周岁（仅用于纸质表，不公开）", ge=16, le=80)
    unit: Text = alias("单位", "工作单位全称，须为联盟图书馆或工作组")
    years_in_role: Text = alias("从事本工作时间", "如「2016年7月至今」或「8年」")
    department: Text = alias("所在部门", "所在部门")
    education: Text = alias("学历", "如「大学本科」（仅用于纸质表，不公开）")
    position: Text | None = alias("职务", "职务，没有可不填", default=None)
    title: Text | None = alias("职称", "职称，没有可不填", default=None)
    field: TextList | None = alias(
        "业务领域", "主要业务领域，评选方案所列的一项或几项（可写成列表，或用顿号隔开；可空）", default=None
    )
    is_director: YesNo = alias("是否馆长", "被推荐人是否为馆长：「是」或「否」", default=False)
    director_reason: Text | None = alias(
        "馆长参评理由", "馆长原则上不参评；确需推荐时写明理由", default=None
    )
    is_liaison: YesNo = alias(
        "是否联络人", "是否为本委员馆的联盟工作联络人（联络人不占名额）", default=False
    )
    deeds: LongText = alias("主要事迹", "主要事迹，500 字以内，可用 Markdown")
    personal_phone: Phone | None = alias("联系电话", "个人联系电话（仅用于纸质表，不公开）", default=None)
    unit_opinion: Text | None = alias("单位申报意见", "单位申报意见（可空）", default=None)
    committee_opinion: Text | None = alias("委员馆推荐意见", "委员馆推荐意见（可空）", default=None)


class ServiceCase(Nomination):
    """联盟优秀服务案例."""

    title: Text = alias("案例名称", "案例名称（建议 60 字以内）")
    theme: Text = alias("案例主题", "评选方案列出的案例主题之一；方案所列主题以「等方面」结尾，其他主题也可申报")
    unit: Text = alias("单位", "实施案例的图书馆全称")
    # 「联盟优秀服务案例」 are 「图书馆服务案例」, not one library's award (unlike 1-1 and 1-4, whose
    # 「单 位」 is the one library that gets the plaque): a case run jointly names its partners.
    partners: list[Text] = alias(
        "合作单位", "共同实施案例的其他联盟图书馆或工作组，每项一个全称（可空）", default_factory=list
    )
    start: Day = alias("开始日期", "案例实施开始日期，如 2024-03-01")
    end: Day = alias("结束日期", "案例实施结束日期（仍在进行可填考核期末）")
    summary: LongText = alias("案例简介", "一两句话的简介，显示在案例卡片上（建议 300 字以内）")
    body: LongText = alias("案例正文", "案例全文，可用 Markdown（不支持 HTML）")
    images: list[Text] = alias(
        "配图", "配图文件路径（相对于本文件所在文件夹，可空）", default_factory=list
    )
    contact: Text | None = alias("联系人", "案例联系人（可空）", default=None)
    phone: Phone | None = alias("联系电话", "单位联系电话（可空）", default=None)


class CitySummary(FormModel):
    """附件 1-3 推荐对象汇总表 header; its lists derive from the nomination files."""

    committee_library: Text = alias("推荐单位", "委员馆全称，须与联盟名录一致")
    clerk: Text = alias("经办人", "经办人姓名")
    phone: Phone = alias("电话", "经办人电话（仅用于纸质表，不公开）")
    filled_on: Day = alias("填报日期", "填报日期，如 2025-04-01")


NOMINATION_MODELS: dict[str, type[Nomination]] = {
    "collective": Collective,
    "special": SpecialCollective,
    "individual": Individual,
    "case": ServiceCase,
}

__all__ = [
    "NOMINATION_MODELS",
    "CitySummary",
    "Collective",
    "Individual",
    "Nomination",
    "ServiceCase",
    "SpecialCollective",
]
