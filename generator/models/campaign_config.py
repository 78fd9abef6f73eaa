"""The campaign config: every number and text of one year's selection scheme."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AliasChoices, BeforeValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from generator.models.awards import COLLECTIVE_FORM, AwardType
from generator.models.base import FormModel, Phone, Text, YesNo, alias
from generator.models.names import norm
from generator.models.office_documents import Certificates, DecisionDocument

LiaisonListing = Literal["单独名单", "列入先进个人名单"]
Stage = Literal["推荐中", "审议中", "公示中", "已表彰"]
# Words of earlier configs, still read.
_OLD_STAGES = {"征集中": "推荐中", "评审中": "审议中", "公示": "公示中"}


def _stage(value: Any) -> Any:
    return _OLD_STAGES.get(value.strip(), value.strip()) if isinstance(value, str) else value


class Period(FormModel):
    start: date = alias("开始", "考核期开始日期")
    end: date = alias("结束", "考核期结束日期")


class Criterion(FormModel):
    number: int = alias("序号", "条件序号")
    text: Text = alias("内容", "条件原文")


class Award(FormModel):
    name: Text = alias("名称", "奖项名称，如 联盟工作先进集体")
    type: AwardType = alias("类型", "collective / special / individual / case")
    form: Text | None = alias("推荐表", f"对应附件，如 {COLLECTIVE_FORM.label}", default=None)
    scope: Text = alias("参评范围", "参评范围原文")
    criteria: list[Criterion] = alias("评奖条件", "评奖条件", default_factory=list)
    criteria_note: Text | None = alias("条件说明", "如 1—2项为成员馆评选条件", default=None)
    member_criteria: list[int] = alias("成员馆可选条件", "成员馆可申报的条件序号", default_factory=list)
    committee_criteria: list[int] = alias(
        "委员馆可选条件", "委员馆可申报的条件序号", default_factory=list
    )
    honor: Text = alias("奖励形式", "如 授予称号并颁发奖牌")


def _renamed(label: str, old: str, description: str, **kwargs: Any) -> Any:
    """A field whose key was renamed: the old key is still read, the new one is written."""
    return Field(alias=label, validation_alias=AliasChoices(label, old), description=description, **kwargs)


class Quotas(FormModel):
    collective_per_city: int = alias("每个委员馆推荐先进集体", "每个委员馆可推荐的先进集体数", ge=0)
    individual_per_city: int = alias("每个委员馆推荐先进个人", "每个委员馆可推荐的先进个人数", ge=0)
    # 「由此方式评选出的联盟先进集体不超过15个，联盟工作先进个人不超过32名」: the caps cap what is
    # selected, every channel counted (city, office, working group), liaisons' commendation apart.
    collective_cap: int = _renamed(
        "先进集体评选总数上限", "城市推荐先进集体总数上限",
        "评选出的联盟工作先进集体总数上限（各渠道合计）", ge=0,
    )
    individual_cap: int = _renamed(
        "先进个人评选总数上限", "城市推荐先进个人总数上限",
        "评选出的联盟工作先进个人总数上限（各渠道合计，联络人另行表彰不计）", ge=0,
    )
    deeds_max_chars: int = alias("主要事迹字数上限", "先进个人主要事迹的字数上限", ge=1)


# How a quota left open reads wherever it is shown (site, forms): the notice's own reason.
PENDING_QUOTA = "待定（根据当年工作开展情况确定）"


def _pending(value: Any) -> Any:
    # 「各专项奖的设立及名额，根据当年工作开展情况确定」: a quota may stay open until the decision.
    if value is None or (isinstance(value, str) and value.strip() in ("待定", "")):
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticCustomError("quota_value", "名额应为整数，或写「待定」")
    return value


Direction = Literal["越高越好", "越低越好"]
Normalisation = Literal["极差", "最大值"]
Adjustment = Literal["无", "人均", "市基准"]


class Indicator(FormModel):
    """One indicator of a project's 业务数据, as the group's data file names its column."""

    name: Text = alias("名称", "指标名称，与业务数据文件的列名（或字段名）一致，如 活动场次")
    unit: Text | None = alias("单位", "计量单位，如 场、人次（可空，仅用于显示）", default=None)
    weight: float = alias("权重", "在综合得分中的权重（正数，各指标按权重加权平均）", gt=0)
    direction: Direction = alias("方向", "「越高越好」或「越低越好」", default="越高越好")
    adjusted: YesNo = alias("地区调整", "是否参与本标准的地区调整（默认「是」）", default=True)
    shown: YesNo = alias("公开", "是否在网站的排名表中显示本指标的数值（默认「是」）", default=True)


class Standard(FormModel):
    """委员馆 or 成员馆: 「委员馆与成员馆区分考核标准」, each ranked on its own."""

    indicators: list[Indicator] = alias("指标", "本标准的考核指标", min_length=1)
    normalisation: Normalisation = alias(
        "标准化", "「极差」：(值−最小值)/(最大值−最小值)×100；「最大值」：值/最大值×100", default="极差",
    )
    adjustment: Adjustment = alias(
        "地区调整", "「无」；「人均」：除以名录登记的服务人口（万人）；「市基准」：除以所在市的基准系数",
        default="无",
    )
    baselines: dict[str, Annotated[float, Field(gt=0)]] = alias(
        "市基准系数", "「市基准」调整时各市的系数（城市代码: 系数，未列出的市为 1）", default_factory=dict,
    )


class ProjectAssessment(FormModel):
    """考核: how a special project's 业务数据 become its 考核排名 (§五（二）)."""

    data_file: str = alias(
        "数据文件", "工作组 data 文件夹中本专项业务数据的文件名（不含扩展名，.csv 或 .yaml），如 reference",
        pattern="^[a-z0-9][a-z0-9-]*$",
    )
    committee: Standard | None = alias("委员馆标准", "委员馆的考核标准（可空：委员馆不参加本专项排名）", default=None)
    member: Standard | None = alias("成员馆标准", "成员馆的考核标准（可空：成员馆不参加本专项排名）", default=None)
    top: int = alias("名列前茅名次", "排名在此名次以内（含）视为「全省名列前茅」", ge=1, default=3)
    progress: float = alias(
        "较大进步幅度", "各指标较上一年度增长率的加权平均达到此百分数视为「较大进步」，如 10", gt=0, default=10,
    )

    def standard(self, committee: bool) -> Standard | None:
        return self.committee if committee else self.member


class SpecialProject(FormModel):
    name: Text = alias("名称", "专项工作名称")
    group: str = alias("工作组", "负责推荐的工作组代码")
    quota: Annotated[Annotated[int, Field(ge=0)] | None, BeforeValidator(_pending)] = alias(
        "名额", "本专项可表彰的先进集体数；写「待定」或不写，表示待审定时确定", default=None,
    )
    aliases: list[Text] = alias(
        "别名", "推荐表中也认可的其他写法，如「阅读推广服务」（显示时用上面的名称）", default_factory=list,
    )
    # 「联盟各工作组根据成员馆专项工作开展情况、业务数据等，结合各地区、各馆实际情况，对联盟成员馆
    # 各项业务工作进行考核排名」: indicators, weights and adjustment are the office's configuration.
    assessment: ProjectAssessment | None = alias(
        "考核", "本专项的业务数据指标、权重与排名方法（可空：不按业务数据排名）", default=None,
    )

    def quota_text(self, unit: str = "个") -> str:
        """「3 个」, or 「待定（根据当年工作开展情况确定）」 while the quota is open (never 「None 个」)."""
        return PENDING_QUOTA if self.quota is None else f"{self.quota} {unit}"

    def answers_to(self, name: str) -> bool:
        """Whether a nomination's 专项工作 names this project, by its name or an alias."""
        wanted = norm(name)
        return wanted == norm(self.name) or any(wanted == norm(a) for a in self.aliases)


class Publicity(FormModel):
    """公示: the period and how to raise an objection (shown on the 拟表彰名单 page and notice)."""

    start: date = alias("开始", "公示开始日期")
    end: date = alias("结束", "公示结束日期")
    contact: Text = alias("联系人", "受理异议的联系人（联盟办工作人员）")
    phone: Phone = alias("电话", "受理异议的办公电话")
    email: Text | None = alias("邮箱", "受理异议的电子邮箱（可空）", default=None)
    note: Text | None = alias("说明", "异议的提出方式与处理程序（可空，默认使用标准说明）", default=None)
    working_days: int | None = alias(
        "工作日", "公示期的工作日数（按国家法定节假日和调休计算；可空，则只看起止日期）", default=None, ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> Publicity:
        if self.end < self.start:
            raise PydanticCustomError("period_order", "公示「结束」早于「开始」")
        return self


class LateException(FormModel):
    path: Text = alias("文件", "逾期文件的路径（相对于本年度文件夹）")
    reason: Text = alias("理由", "准予逾期的理由")
    approved_on: date = alias("批准日期", "批准日期")


class PaperOriginal(FormModel):
    """Stamped paper originals the office received from one nominating folder's unit.

    The notice's forms carry 「（盖章）」 and 「推荐单位（章）」, 「于4月8日前报送联盟办公室」."""

    folder: Text = alias("文件夹", "送来原件的推荐文件夹（相对于本年度文件夹），如 cities/xian 或 groups/reading")
    delivered_on: date = alias("送达日期", "联盟办收到纸质原件的日期")
    files: list[Text] = alias("材料", "收到原件的推荐材料文件名（可空：该文件夹的全部推荐材料和汇总表）",
                              default_factory=list)
    note: Text | None = alias("备注", "备注（可空）", default=None)


class Step(FormModel):
    title: Text = alias("标题", "小标题")
    text: Text = alias("内容", "原文")


class Reviewer(FormModel):
    """A member of the working-group meeting, with the unit they would step out for."""

    name: Text = alias("姓名", "评委姓名")
    unit: Text = alias("单位", "评委所在单位（联盟名录中的名称）")
    group: str | None = alias("工作组", "评委所属工作组代码（可空）", default=None)


def _number_format(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        value.format(年度=2024, 奖项代码="GR", 序号=1)
    except (KeyError, IndexError, ValueError) as error:
        raise PydanticCustomError(
            "number_format", "证书编号格式只能用 {年度}、{奖项代码}、{序号}（可写 {序号:03d}）：{error}",
            {"error": str(error)}) from None
    if "{序号" not in value:
        raise PydanticCustomError("number_format", "证书编号格式须含 {序号}，否则编号会重复")
    return value


DEFAULT_NUMBER_FORMAT = "SXLA{年度}-{奖项代码}-{序号:03d}"


class CampaignConfig(FormModel):
    """submissions/<year>/campaign.yaml."""

    year: int = alias("年度", "评选年度，如 2024", ge=2000, le=2100)
    title: Text = alias("名称", "如 2024年度联盟工作先进评选")
    notice_number: Text | None = alias("文号", "通知文号", default=None)
    published_on: date | None = alias("发布日期", "通知发布日期", default=None)
    period: Period = alias("考核时限", "评奖考核时限（数据统计区间）")
    deadline: date = alias("截止日期", "推荐材料报送截止日期")
    stage: Annotated[Stage | None, BeforeValidator(_stage)] = alias(
        "阶段", "推荐中 / 审议中 / 公示中 / 已表彰（可空：没有表彰名单时为推荐中，按表彰名单的状态推断其余）",
        default=None,
    )
    contact: Text | None = alias("联系人", "联盟办联系人（姓名与办公电话）", default=None)
    purpose: Text = alias("评选目的", "方案开头的说明")
    principles: list[Text] = alias("评选原则", "评选原则", min_length=1)
    assessment: Text = alias("考核内容", "考核内容原文")
    awards: list[Award] = alias("奖项", "奖项设置", min_length=1)
    quotas: Quotas = alias("名额", "名额与上限")
    bases: list[Text] = alias("推荐依据", "专项工作先进集体的推荐依据", min_length=1)
    special_projects: list[SpecialProject] = alias(
        "专项工作", "各专项奖及名额（名额可「待定」，审定时由联盟办确定或增设）", default_factory=list
    )
    case_themes: list[Text] = alias("案例主题", "优秀服务案例的主题", min_length=1)
    fields: list[Text] = alias("个人业务领域", "先进个人的业务领域", default_factory=list)
    procedure: list[Step] = alias("评奖办法及程序", "评奖办法及程序", default_factory=list)
    requirements: list[Text] = alias("评奖要求", "评奖要求", default_factory=list)
    liaison_listing: LiaisonListing = alias(
        "联络人表彰方式",
        "联络人另行表彰的公布方式：「单独名单」或「列入先进个人名单」（均不占先进个人名额）",
        default="单独名单",
    )
    publicity: Publicity | None = alias("公示", "拟表彰名单的公示期与异议受理（可空）", default=None)
    decision_document: DecisionDocument = alias(
        "表彰决定", "表彰决定（公文）与奖牌刻字的文字（可空，用默认文字）", default_factory=DecisionDocument)
    certificates: Certificates = alias("证书", "证书的纸张、文字位置与文字（可空，用默认）", default_factory=Certificates)
    reviewers: list[Reviewer] = alias("评委", "工作组会议的评委及其单位（回避用）", default_factory=list)
    certificate_number: Annotated[str, BeforeValidator(_number_format)] = alias(
        "证书编号格式", "证书和奖牌编号，如 SXLA{年度}-{奖项代码}-{序号:03d}（奖项代码：JT 先进集体、"
        "ZX 专项、GR 先进个人、AL 案例、LL 联络人）", default=DEFAULT_NUMBER_FORMAT)
    late_exceptions: list[LateException] = Field(
        default_factory=list, alias="逾期例外", description="联盟办准予逾期提交的文件"
    )
    paper_originals: list[PaperOriginal] = alias(
        "纸质原件", "联盟办收到的盖章纸质原件（按推荐文件夹登记，写明送达日期）", default_factory=list)

    def award_by_name(self, name: str) -> Award | None:
        return next((a for a in self.awards if a.name == name), None)

    def award_by_type(self, award_type: str) -> Award | None:
        return next((a for a in self.awards if a.type == award_type), None)

    def project(self, name: str) -> SpecialProject | None:
        """The special project a nomination names, by its name or one of its aliases."""
        return next((p for p in self.special_projects if p.answers_to(name)), None)
