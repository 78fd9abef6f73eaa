"""Shared pydantic building blocks: Chinese aliases, phone numbers, yes/no answers."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from generator.models.monthdate import parse_month
from generator.models.phone import FULL_WIDTH_DIGITS, phone_problem, split_numbers

__all__ = ["FULL_WIDTH_DIGITS", "Day", "FormModel", "JoinMonth", "LongText", "Phone", "Text", "TextList", "YesNo",
           "alias"]


class FormModel(BaseModel):
    """Base of every file model: Chinese keys as aliases, unknown keys rejected."""

    model_config = ConfigDict(
        populate_by_name=True,
        extra="forbid",
        str_strip_whitespace=True,
        validate_default=False,
    )


def _phone(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise PydanticCustomError("phone_type", "电话号码应为文字，例如 \"029-85420000\"")
    if isinstance(value, int):
        # An unquoted mobile number loses nothing; an unquoted landline has lost its leading 0.
        if phone_problem(str(value)) is None and str(value).startswith("1"):
            return str(value)
        raise PydanticCustomError(
            "phone_unquoted",
            "电话号码 {value} 没有加引号，开头的 0 已丢失",
            {"value": value},
        )
    text = value.strip()
    if not split_numbers(text):
        # Blank is as good as missing (S001), not a wrong number.
        raise PydanticCustomError("string_too_short", "不能为空")
    problem = phone_problem(text)
    if problem is not None:
        kind = "phone_full_width" if problem.startswith("里有全角") else "phone_format"
        raise PydanticCustomError(kind, "电话号码「{value}」{problem}", {"value": text, "problem": problem})
    return text


def _join_month(value: Any) -> str:
    if isinstance(value, (bool, list, dict)):
        what = "是非值（YAML 把 true、false 等读成是非值）" if isinstance(value, bool) else (
            "列表" if isinstance(value, list) else "若干「字段: 内容」")
        raise PydanticCustomError(
            "month_format", "应写到年月，例如 2017-05 或 2017年5月，这里写成了{what}", {"what": what},
        )
    month = parse_month(value)
    if month is None and isinstance(value, float):
        raise PydanticCustomError(
            "month_format", "{value} 是不加引号的数字，分不清月份（2017.10 会被读成 2017.1）",
            {"value": str(value)},
        )
    if month is None:
        raise PydanticCustomError(
            "month_format", "「{value}」不是有效的年月，应写到年月，例如 2017-05 或 2017年5月",
            {"value": str(value)},
        )
    return month


def _yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip() in ("是", "否"):
        return value.strip() == "是"
    raise PydanticCustomError("yes_no", "只能填「是」或「否」")


def _text(value: Any) -> Any:
    # Numbers typed into a text field (e.g. 职务: 2) are accepted as text.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


def _one_or_more(value: Any) -> Any:
    # 「业务领域: [阅读推广, 联合参考咨询]」 or a list under the key: kept as one text, 、-separated.
    if isinstance(value, list) and value and all(isinstance(v, (str, int, float)) for v in value):
        return "、".join(str(v).strip() for v in value)
    return _text(value)


Phone = Annotated[str, BeforeValidator(_phone)]
# A month such as 加盟时间, kept as "2017-05" (or "2017-05-10" when a day was given).
JoinMonth = Annotated[str, BeforeValidator(_join_month), Field(json_schema_extra={"examples": ["2017-05"]})]
YesNo = Annotated[bool, BeforeValidator(_yes_no)]
Text = Annotated[str, BeforeValidator(_text), Field(min_length=1)]
LongText = Annotated[str, BeforeValidator(_text), Field(min_length=1)]
# One value or several (a YAML list, or one text separated by 、), kept as one 、-separated text.
TextList = Annotated[str, BeforeValidator(_one_or_more), Field(min_length=1)]
Day = date


def alias(label: str, description: str, **kwargs: Any) -> Any:
    """A field known by its Chinese form label."""
    return Field(alias=label, description=description, **kwargs)
