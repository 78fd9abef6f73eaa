"""The scheme's vocabulary: every award kind and every form of the notice, spelled once.

The notice (评选方案) names four awards — 「联盟工作委员会对评选出的先进集体授予“联盟工作先进集体”
“联盟专项工作先进集体”称号，并颁发奖牌；对评选出的先进个人授予“联盟工作先进个人”称号，并颁发证书；
对评选出的优秀案例颁发“联盟优秀服务案例”证书」 — and four forms: 「附件：1-1《联盟工作先进集体推荐表》
1-2《联盟工作先进个人推荐表》 1-3《推荐对象汇总表》 1-4《联盟专项工作先进集体推荐表》」, with
「附件1-1至1-3为委员馆推荐填写，附件1-4为联盟工作组推荐填写」.

Every module that needs an award's order, label, form or measure reads it here (or from the
year's campaign.yaml, which may rename an award); tests/models/test_awards.py fails when a
module outside this one spells an award-kind table or a form title.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

AwardType = Literal["collective", "special", "individual", "case"]
SourceKind = Literal["city", "group", "office"]
Counted = Literal["unit", "person", "case"]


@dataclass(frozen=True)
class Form:
    """One of the notice's attached forms (附件)."""

    number: str  # "1-1"
    title: str  # 「联盟工作先进集体推荐表」

    @property
    def label(self) -> str:
        """「附件 1-1」, spelled as the notice heads the form."""
        return f"附件 {self.number}"

    @property
    def heading(self) -> str:
        """「联盟工作先进集体推荐表（附件 1-1）」."""
        return f"{self.title}（{self.label}）"


COLLECTIVE_FORM = Form("1-1", "联盟工作先进集体推荐表")
INDIVIDUAL_FORM = Form("1-2", "联盟工作先进个人推荐表")
SUMMARY_FORM = Form("1-3", "推荐对象汇总表")
SPECIAL_FORM = Form("1-4", "联盟专项工作先进集体推荐表")
FORMS = (COLLECTIVE_FORM, INDIVIDUAL_FORM, SUMMARY_FORM, SPECIAL_FORM)  # the notice's order
# 「附件1-1至1-3为委员馆推荐填写，附件1-4为联盟工作组推荐填写」, quoted as the notice writes it.
WHO_FILLS_WHICH_FORM = "附件1-1至1-3为委员馆推荐填写，附件1-4为联盟工作组推荐填写"


@dataclass(frozen=True)
class AwardKind:
    """One award of the scheme."""

    type: AwardType
    name: str  # the title the notice awards: 「联盟工作先进集体」
    label: str  # the short word pages, tables and comments use: 「先进集体」
    form: Form | None  # the nomination form (a service case has none in the notice)
    counted: Counted  # what one nomination is: a unit, a person or a case
    measure: str  # the measure word of a count: 个 / 名
    channels: tuple[SourceKind, ...]  # the folders that may nominate it
    public_fields: tuple[str, ...]  # model attributes the public site may show
    aliases: tuple[str, ...] = ()  # further words `honors new` accepts for it
    number_code: str = ""  # its letters in a certificate or plaque number (forms/numbers.py)

    @property
    def title(self) -> str:
        """The form's heading, or the award's name where the notice attaches no form."""
        return self.form.heading if self.form else self.name


AWARDS: tuple[AwardKind, ...] = (
    AwardKind("collective", "联盟工作先进集体", "先进集体", COLLECTIVE_FORM, "unit", "个",
              ("city", "group", "office"),
              ("award", "unit", "joined", "criteria", "achievements"), number_code="JT"),
    # 「附件1-4为联盟工作组推荐填写」: special-project collectives come from working groups only.
    AwardKind("special", "联盟专项工作先进集体", "专项工作先进集体", SPECIAL_FORM, "unit", "个",
              ("group",),
              ("award", "unit", "joined", "project", "basis", "ranking", "achievements"),
              ("专项", "专项集体"), number_code="ZX"),
    AwardKind("individual", "联盟工作先进个人", "先进个人", INDIVIDUAL_FORM, "person", "名",
              ("city", "group", "office"),
              ("award", "name", "unit", "department", "position", "title", "field", "deeds"), number_code="GR"),
    AwardKind("case", "联盟优秀服务案例", "优秀服务案例", None, "case", "个",
              ("city", "group", "office"),
              ("award", "title", "theme", "unit", "partners", "start", "end", "summary", "body", "images"),
              ("案例",), number_code="AL"),
)
AWARD_ORDER: tuple[AwardType, ...] = tuple(a.type for a in AWARDS)  # the notice's order
BY_TYPE: dict[str, AwardKind] = {a.type: a for a in AWARDS}
LABELS: dict[str, str] = {a.type: a.label for a in AWARDS}


def award(kind: str) -> AwardKind:
    """The award of a type name (KeyError for anything else)."""
    return BY_TYPE[kind]


def of_channel(source: str) -> tuple[AwardKind, ...]:
    """The awards a channel (city, group, office) may nominate."""
    return tuple(a for a in AWARDS if source in a.channels)


def counting(what: Counted) -> tuple[AwardType, ...]:
    """The award types whose nominations are units (people, cases), in the notice's order."""
    return tuple(a.type for a in AWARDS if a.counted == what)
