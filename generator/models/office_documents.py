"""The office's after-decision documents in the campaign config: 表彰决定, certificates, plaques.

「联盟工作委员会对评选出的先进集体授予“联盟工作先进集体”“联盟专项工作先进集体”称号，并颁发奖牌；
对评选出的先进个人授予“联盟工作先进个人”称号，并颁发证书；对评选出的优秀案例颁发“联盟优秀服务案例”
证书」 and 「联盟办将对联盟工作联络人另外进行表彰」: the wording of the decision, of the certificates
and of the plaques' engraving lives here, so the office edits it without touching code. Templates name
their values in braces (「{年度}」); an unknown name or an unpaired brace is reported on its line.
"""

from __future__ import annotations

import string
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator
from pydantic_core import PydanticCustomError

from generator.models.base import FormModel, Text, YesNo, alias

# The values each kind of template may use; the forms fill them (generator/forms/wording.py).
DECISION_FIELDS = (
    "年度", "评选名称", "联盟名称", "发文机关", "审定日期", "成文日期", "专项工作", "表彰事项",
    "先进集体数", "专项先进集体数", "先进个人数", "优秀案例数", "联络人数", "表彰对象",
)
CERTIFICATE_FIELDS = ("年度", "联盟名称", "姓名", "单位", "城市", "称号", "案例名称")
PLAQUE_FIELDS = ("年度", "联盟名称", "单位", "城市", "称号", "专项工作", "落款", "日期", "中文日期")

# A line break in a title breaks it there (「回行时要做到词意完整，排列对称」).
# {表彰对象} names only the kinds commended (「先进集体、先进个人和优秀服务案例」 when all are).
DEFAULT_TITLE = "关于表彰{年度}年度联盟工作\n{表彰对象}的决定"
DEFAULT_ATTACHMENT = "{年度}年度联盟工作\n{表彰对象}名单"
DEFAULT_BODY = (
    "{年度}年，联盟各委员馆、成员馆和各工作组围绕联盟年度工作任务，在{专项工作}等工作中积极作为、"
    "协同推进，涌现出一批成绩突出的{表彰对象}。\n"
    "为树立典型、表彰先进，根据《{评选名称}方案》，经各委员馆、联盟各工作组推荐，联盟工作组会议审议，"
    "并经公示，联盟工作委员会决定：{表彰事项}\n"
    "希望受到表彰的单位和个人珍惜荣誉、再接再厉，继续发挥示范带头作用。联盟各成员馆要以先进为榜样，"
    "扎实做好联盟各项工作，推动全省公共图书馆事业高质量发展。"
)
DEFAULT_PLAQUE = "{单位}\n{年度}年度{称号}\n{落款}\n{中文日期}"
DEFAULT_SPECIAL_PLAQUE = "{单位}\n{年度}年度{称号}\n（{专项工作}）\n{落款}\n{中文日期}"
DEFAULT_SALUTATION = "{姓名}同志："
DEFAULT_INDIVIDUAL_TEXT = (
    "在{年度}年度{联盟名称}工作中表现突出，成绩显著，被评为“{称号}”。\n特发此证，以资鼓励。"
)
DEFAULT_CASE_SALUTATION = "{单位}："
DEFAULT_CASE_TEXT = "你单位报送的“{案例名称}”被评为{年度}年度“{称号}”。\n特发此证。"
DEFAULT_LIAISON_TEXT = (
    "在{年度}年度{联盟名称}工作协作协调中积极主动，配合度高，工作完成质量高，特予表彰。\n"
    "特发此证，以资鼓励。"
)

# Paper sizes in millimetres (width, height) as the printer sees them.
PAPER_SIZES = {
    "A4横向": (297.0, 210.0), "A4纵向": (210.0, 297.0),
    "A3横向": (420.0, 297.0), "A3纵向": (297.0, 420.0),
    "B5横向": (250.0, 176.0), "B5纵向": (176.0, 250.0),
}
PaperName = Literal["A4横向", "A4纵向", "A3横向", "A3纵向", "B5横向", "B5纵向", "自定义"]


def _checker(fields: tuple[str, ...]) -> AfterValidator:
    """A template may name only these values, in unformatted braces: 「{年度}」."""
    allowed = "、".join(f"{{{f}}}" for f in fields)

    def check(text: str) -> str:
        try:
            parts = list(string.Formatter().parse(text))
        except ValueError:
            raise PydanticCustomError(
                "template_braces",
                "模板中的花括号不成对；占位符写成「{年度}」，要印出花括号本身请写两个：「{{」「}}」",
            ) from None
        for _, name, spec, conversion in parts:
            if name is None:
                continue
            if name not in fields or spec or conversion:
                raise PydanticCustomError(
                    "template_field", "模板中的「{{name}}」不是可用的占位符；可用：{allowed}",
                    {"name": name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else ""),
                     "allowed": allowed},
                )
        return text

    return AfterValidator(check)


DecisionTemplate = Annotated[str, Field(min_length=1), _checker(DECISION_FIELDS)]
CertificateTemplate = Annotated[str, Field(min_length=1), _checker(CERTIFICATE_FIELDS)]
PlaqueTemplate = Annotated[str, Field(min_length=1), _checker(PLAQUE_FIELDS)]


def _placeholders(fields: tuple[str, ...]) -> str:
    return "可用占位符：" + "、".join(f"{{{f}}}" for f in fields)


class PlaqueTexts(FormModel):
    """奖牌刻字: one line per line of the plaque."""

    collective: PlaqueTemplate = alias(
        "先进集体", "联盟工作先进集体奖牌的刻字，每行一行。" + _placeholders(PLAQUE_FIELDS),
        default=DEFAULT_PLAQUE,
    )
    special: PlaqueTemplate = alias(
        "专项先进集体", "联盟专项工作先进集体奖牌的刻字。" + _placeholders(PLAQUE_FIELDS),
        default=DEFAULT_SPECIAL_PLAQUE,
    )


class DecisionDocument(FormModel):
    """表彰决定: an official document (GB/T 9704) whose wording the office edits here."""

    masthead: Text | None = alias(
        "发文机关标志", "版头的红色发文机关标志，默认为「联盟名称」加「文件」", default=None)
    issuer: Text | None = alias(
        "发文机关", "落款的发文机关署名，默认为「联盟名称」加「工作委员会」", default=None)
    recipients: Text = alias("主送", "主送机关（末尾的冒号自动加上）", default="各委员馆、各工作组")
    title: DecisionTemplate = alias(
        "标题", "公文标题，可用换行指定回行位置。" + _placeholders(DECISION_FIELDS), default=DEFAULT_TITLE)
    body: DecisionTemplate = alias(
        "正文模板", "正文，每段一行（空行忽略）。{表彰事项}自动列出授予的称号和数量。"
        + _placeholders(DECISION_FIELDS), default=DEFAULT_BODY)
    attachment: DecisionTemplate = alias(
        "附件标题", "附件（表彰名单）的标题，可用换行指定回行位置。" + _placeholders(DECISION_FIELDS), default=DEFAULT_ATTACHMENT)
    signed_on: date | None = alias("成文日期", "落款日期，如 2025-06-10；默认为表彰名单的审定日期",
                                   default=None)
    # GB/T 9704-2012 7.3 版记: 抄送机关, 印发机关和印发日期 under the last page's text.
    copies: Text | None = alias("抄送", "版记的抄送机关，如 省文化和旅游厅公共服务处（可空，空时不印抄送一行）",
                                default=None)
    printer: Text | None = alias(
        "印发机关", "版记的印发机关，默认为「联盟名称」加「工作委员会办公室」", default=None)
    printed_on: date | None = alias("印发日期", "版记的印发日期，如 2025-06-12；默认为成文日期", default=None)
    plaques: PlaqueTexts = alias("奖牌刻字", "先进集体奖牌的刻字模板", default_factory=PlaqueTexts)


class Position(FormModel):
    """Where one block of text is printed, measured from the paper's top left corner."""

    left: float = alias("左", "文字区左边到纸张左边的距离（毫米）", ge=0)
    top: float = alias("上", "第一行文字顶端到纸张上边的距离（毫米）", ge=0)
    width: float = alias("宽", "文字区宽度（毫米），长文字在此宽度内换行", gt=0)
    size: float = alias("字号", "字号（磅）：一号 26、二号 22、三号 16、四号 14", gt=0, le=120)
    align: Literal["居左", "居中", "居右"] = alias("对齐", "居左、居中或居右", default="居左")
    font: Text | None = alias("字体", "字体名称，如 楷体（可空，用默认字体）", default=None)


class CertificateLayout(FormModel):
    """文字位置: each block may be given; the ones left out are placed to suit the paper."""

    title: Position | None = alias("标题", "「荣誉证书」标题（套打时不打印）", default=None)
    salutation: Position | None = alias("称呼", "如「王岚同志：」", default=None)
    body: Position | None = alias("正文", "证书正文", default=None)
    issuer: Position | None = alias("落款", "颁发单位", default=None)
    date: Position | None = alias("日期", "颁发日期", default=None)


class Wording(FormModel):
    salutation: CertificateTemplate = alias(
        "称呼", "证书上的称呼。" + _placeholders(CERTIFICATE_FIELDS), default=DEFAULT_SALUTATION)
    text: CertificateTemplate = alias(
        "正文", "证书正文，每段一行。" + _placeholders(CERTIFICATE_FIELDS), default=DEFAULT_INDIVIDUAL_TEXT)


def _case_wording() -> Wording:
    return Wording(salutation=DEFAULT_CASE_SALUTATION, text=DEFAULT_CASE_TEXT)


def _liaison_wording() -> Wording:
    return Wording(text=DEFAULT_LIAISON_TEXT)


class CertificateWordings(FormModel):
    individual: Wording = alias("先进个人", "联盟工作先进个人证书", default_factory=Wording)
    case: Wording = alias("优秀服务案例", "联盟优秀服务案例证书", default_factory=_case_wording)
    liaison: Wording = alias(
        "联络人", "另行表彰的联络人证书（联络人表彰方式为「列入先进个人名单」时用先进个人的文字）",
        default_factory=_liaison_wording,
    )


class PaperSize(FormModel):
    width: float = alias("宽", "纸宽（毫米）", gt=50, le=1000)
    height: float = alias("高", "纸高（毫米）", gt=50, le=1000)


class Certificates(FormModel):
    """证书: the paper, where each block of text goes, and the words."""

    paper: PaperName = alias(
        "纸张", "A4横向、A4纵向、A3横向、A3纵向、B5横向、B5纵向，或「自定义」（再填「尺寸」）",
        default="A4横向",
    )
    size: PaperSize | None = alias("尺寸", "纸张为「自定义」时的宽和高（毫米）", default=None)
    preprinted: YesNo = alias(
        "套打", "是：证书纸已印好标题和花边，只打印文字；否：连同标题和边框一起打印", default=False)
    title: Text = alias("标题", "证书标题（套打时不打印）", default="荣誉证书")
    issuer: Text | None = alias("落款", "颁发单位，默认为表彰决定的发文机关", default=None)
    issued_on: date | None = alias("日期", "颁发日期，默认为表彰决定的成文日期", default=None)
    positions: CertificateLayout = alias(
        "文字位置", "各段文字在纸上的位置（毫米）与字号，用于套打；不填的按纸张自动排版",
        default_factory=CertificateLayout,
    )
    wordings: CertificateWordings = alias(
        "证书文字", "各类证书的称呼与正文", default_factory=CertificateWordings)

    @model_validator(mode="after")
    def _fits(self) -> Certificates:
        if self.paper == "自定义" and self.size is None:
            raise PydanticCustomError("paper_size", "纸张为「自定义」时须填写「尺寸」的宽和高（毫米）")
        if self.paper != "自定义" and self.size is not None:
            raise PydanticCustomError(
                "paper_size", "「尺寸」只在纸张为「自定义」时填写；{paper} 的尺寸已知，请删去「尺寸」",
                {"paper": self.paper},
            )
        width, height = self.paper_mm()
        for label, field in (("标题", "title"), ("称呼", "salutation"), ("正文", "body"),
                             ("落款", "issuer"), ("日期", "date")):
            pos = getattr(self.positions, field)
            if pos is None:
                continue
            if pos.left + pos.width > width or pos.top >= height:
                raise PydanticCustomError(
                    "position_outside",
                    "「文字位置」中的「{label}」超出纸张：左 {left} + 宽 {width} 毫米，上 {top} 毫米，"
                    "纸张为 {paper_w}×{paper_h} 毫米",
                    {"label": label, "left": f"{pos.left:g}", "width": f"{pos.width:g}",
                     "top": f"{pos.top:g}", "paper_w": f"{width:g}", "paper_h": f"{height:g}"},
                )
        return self

    def paper_mm(self) -> tuple[float, float]:
        """(width, height) of the certificate paper in millimetres."""
        if self.size is not None:
            return self.size.width, self.size.height
        return PAPER_SIZES.get(self.paper, PAPER_SIZES["A4横向"])
