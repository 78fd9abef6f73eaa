"""Shared pydantic building blocks: Chinese aliases, phone numbers, yes/no answers."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

PHONE_RE = re.compile(r"^(0\d{2,3}-\d{7,8}(-\d{1,6})?|1[3-9]\d{9})$")
FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９－", "0123456789-")


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
        raise PydanticCustomError(
            "phone_unquoted",
            "电话号码 {value} 没有加引号，开头的 0 可能已丢失",
            {"value": value},
        )
    text = value.strip()
    if text.translate(FULL_WIDTH_DIGITS) != text:
        raise PydanticCustomError(
            "phone_full_width",
            "电话号码「{value}」里有全角数字或全角横线",
            {"value": value},
        )
    if not PHONE_RE.match(text):
        raise PydanticCustomError(
            "phone_format",
            "电话号码「{value}」格式不对，应为「区号-号码」或 11 位手机号",
            {"value": value},
        )
    return text


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


Phone = Annotated[str, BeforeValidator(_phone)]
YesNo = Annotated[bool, BeforeValidator(_yes_no)]
Text = Annotated[str, BeforeValidator(_text), Field(min_length=1)]
LongText = Annotated[str, BeforeValidator(_text), Field(min_length=1)]
Day = date


def alias(label: str, description: str, **kwargs: Any) -> Any:
    """A field known by its Chinese form label."""
    return Field(alias=label, description=description, **kwargs)
