"""The field reference of the 填报指南, read from the models and the campaign config."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from generator.authoring.scaffold import allowed_values
from generator.core.textlength import COUNT_RULE
from generator.models import FILE_MODELS, CampaignConfig
from generator.rules.cases import CASE_LIMITS
from generator.site.public import PUBLIC_FIELDS


@dataclass(frozen=True)
class FieldRow:
    label: str
    required: bool
    description: str
    allowed: str
    public: bool


def _choices(label: str, config: CampaignConfig, kind: str) -> str | None:
    options = allowed_values(label, config, kind)
    if not options:
        return None
    listed = "、".join(f"「{o}」" for o in options)
    if label == "案例主题":  # the notice's list ends in 「等方面」: others are allowed, with a warning
        return f"方案列出的主题：{listed}；其他主题也可申报（校验时提示警告）"
    return listed


def _format(info: FieldInfo, label: str, config: CampaignConfig) -> str:
    by_kind = _kind_format(info, label, repr(info.annotation) + repr(info.metadata))
    return by_kind if by_kind is not None else _text_format(info, label, config)


def _kind_format(info: FieldInfo, label: str, text: str) -> str | None:
    """How a phone, a month, 是/否, a list, a date or a number is written (None for text)."""
    if "_phone" in text:
        return ("座机写区号和号码（如 \"029-85420000\"、\"(029)8542 0000\"、\"029-85420000转8001\"）"
                "或 11 位手机号；可写两个号码，用「、」隔开；须加英文引号")
    if "_join_month" in text:
        return "写到年月，如 2016-05、2016年5月、\"2016.5\"（可加日）"
    if "_yes_no" in text:
        return "「是」或「否」"
    if label == "评选条件":
        return "条件序号列表，如 [1, 2]"
    if "list" in text:
        return "列表，每项一行、以「- 」开头"
    if "_day" in text:  # models/base.py Day: a day as people write it
        return "日期，如 2024-05-01，也可写 2024年5月1日、2024.5.1"
    if "datetime.date" in text and "str" in text:
        return "年-月 或 年-月-日，如 2016-05"
    if "datetime.date" in text:
        return "日期，如 2024-05-01"
    if "'int'" in text:
        return "整数" + _range(info)
    return None


def _text_format(info: FieldInfo, label: str, config: CampaignConfig) -> str:
    """A text field: its limit in 字 where the notice sets one."""
    if label == "主要事迹":
        return f"不超过 {config.quotas.deeds_max_chars} 字，可用 Markdown；{COUNT_RULE}"
    if label in CASE_LIMITS:
        # The site's advice, not the notice's limit: longer is a warning (E018), never refused.
        return f"建议不超过 {CASE_LIMITS[label]} 字，超过时只提醒（{COUNT_RULE}）"
    if label in ("主要工作成绩", "案例正文"):
        return "多行文字，可用 Markdown"
    return "文字" + _length(info)


def _range(info: FieldInfo) -> str:
    low = next((m.ge for m in info.metadata if hasattr(m, "ge")), None)
    high = next((m.le for m in info.metadata if hasattr(m, "le")), None)
    return f"，{low}–{high}" if low is not None and high is not None else ""


def _length(info: FieldInfo) -> str:
    cap = next((m.max_length for m in info.metadata if hasattr(m, "max_length")), None)
    return f"，不超过 {cap} 字" if cap else ""


def field_rows(kind: str, config: CampaignConfig) -> list[FieldRow]:
    """One row per key of a nomination kind (or 'summary'), in the form's order."""
    model: type[BaseModel] = FILE_MODELS[kind]
    public = PUBLIC_FIELDS.get(kind, ())
    rows = []
    for name, info in model.model_fields.items():
        label = info.alias or name
        rows.append(FieldRow(
            label=label,
            required=info.is_required(),
            description=(info.description or "").rstrip("。"),
            allowed=_choices(label, config, kind) or _format(info, label, config),
            public=name in public,
        ))
    return rows
