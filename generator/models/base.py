"""Shared pydantic building blocks: Chinese aliases, phone numbers, yes/no answers."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from generator.models.monthdate import parse_day, parse_month
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


# The years a nomination's day may lie in: YAML reads 0031-03-01 as a real date and the models
# would take it; the online form (webform/src/monthdate.js) refuses the same years.
DAY_YEARS = (1900, 2099)


def _day(value: Any) -> Any:
    """A day written as people write it (2024年3月1日, 2024.3.1, 2024/3/1) is that day."""
    try:
        day = parse_day(value)
    except ValueError as error:
        raise PydanticCustomError("date_calendar", "{reason}", {"reason": str(error)}) from None
    return value if day is None else day


def _plausible_day(value: date) -> date:
    first, last = DAY_YEARS
    if not first <= value.year <= last:
        raise PydanticCustomError(
            "date_year", "{value} 的年份 {year} 不合理，年份应在 {first}–{last} 之间",
            {"value": value.isoformat(), "year": f"{value.year:04d}", "first": first, "last": last},
        )
    return value


# Word's soft line break (Shift+Enter, U+000B) and the Unicode line separators are line breaks;
# the paragraph separator is a paragraph break; the full-width indent Word pastes carry at the
# start of every paragraph goes (str.strip() alone took only the first one's). Done here, the
# site and the Word forms print the same text, and the online form (webform/src/paste.js)
# makes the same changes where they are seen.
_SOFT_BREAK = re.compile(r"\r\n?|[\v\f\x85\u2028]")
_PARAGRAPH_INDENT = re.compile(r"^(?:[ \t\u00a0]*\u3000)+[ \t\u00a0]*", re.MULTILINE)


def _long_text(value: Any) -> Any:
    value = _text(value)
    if not isinstance(value, str):
        return value
    value = _SOFT_BREAK.sub("\n", value).replace("\u2029", "\n\n")
    return _PARAGRAPH_INDENT.sub("", value)


Phone = Annotated[str, BeforeValidator(_phone)]
# A month such as 加盟时间, kept as "2017-05" (or "2017-05-10" when a day was given).
JoinMonth = Annotated[str, BeforeValidator(_join_month), Field(json_schema_extra={"examples": ["2017-05"]})]
YesNo = Annotated[bool, BeforeValidator(_yes_no)]
Text = Annotated[str, BeforeValidator(_text), Field(min_length=1)]
LongText = Annotated[str, BeforeValidator(_long_text), Field(min_length=1)]
# One value or several (a YAML list, or one text separated by 、), kept as one 、-separated text.
TextList = Annotated[str, BeforeValidator(_one_or_more), Field(min_length=1)]
# A day of a nomination (案例 开始/结束日期, 填报日期): a real calendar day in a plausible year.
# The schema states text (an editor must not flag 2024年3月1日) with the usual spelling as example.
Day = Annotated[date, BeforeValidator(_day), AfterValidator(_plausible_day),
                WithJsonSchema({"type": "string", "examples": ["2024-03-01", "2024年3月1日"]})]


def alias(label: str, description: str, **kwargs: Any) -> Any:
    """A field known by its Chinese form label."""
    return Field(alias=label, description=description, **kwargs)
