"""Chinese words for what a field expects (read from its annotation) and for what was written.

pydantic's own messages name its validators ("function-after[functools.partial(<function …
at 0x…>"), differ from run to run and are English: a user never sees them. These words are
derived from the models, so a field added later is described without a new message.
"""

from __future__ import annotations

import types
from datetime import date, datetime
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

NONE = type(None)


def _strip(annotation: Any) -> Any:
    """Annotated[T, …] -> T."""
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _is_union(annotation: Any) -> bool:
    return get_origin(annotation) in (Union, types.UnionType)


def options(annotation: Any) -> list[Any]:
    """The alternatives of a union without None, Annotated stripped; [T] for a plain T."""
    annotation = _strip(annotation)
    if _is_union(annotation):
        return [o for a in get_args(annotation) for o in options(a) if o is not NONE]
    return [annotation]


def model_in(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds, directly, in a list or in a union."""
    for option in options(annotation):
        if isinstance(option, type) and issubclass(option, BaseModel):
            return option
        if get_origin(option) is list:
            found = model_in(get_args(option)[0]) if get_args(option) else None
            if found is not None:
                return found
    return None


def item_type(annotation: Any) -> Any:
    """The type of one item of a list field (None when the field is no list)."""
    for option in options(annotation):
        if get_origin(option) is list and get_args(option):
            return get_args(option)[0]
    return None


def literal_values(annotation: Any) -> list[str]:
    return [str(v) for o in options(annotation) if get_origin(o) is Literal for v in get_args(o)]


# What a value of each type is called, the most specific first (bool is an int, datetime a date).
_TYPE_WORDS: tuple[tuple[type, str], ...] = (
    (BaseModel, "若干「字段: 内容」"),
    (bool, "「是」或「否」"),
    (datetime, "日期和时间"),
    (date, "日期"),
    (int, "整数"),
    (float, "数字"),
    (str, "文字"),
)


def _word(option: Any) -> str:
    if get_origin(option) is Literal:
        return "「" + "」「".join(str(v) for v in get_args(option)) + "」之一"
    if get_origin(option) is list or option is list:
        return "列表"
    if get_origin(option) is dict or option is dict:
        return "若干「字段: 内容」"
    if isinstance(option, type):
        return next((word for kind, word in _TYPE_WORDS if issubclass(option, kind)), "符合字段说明的内容")
    return "符合字段说明的内容"


def expected(annotation: Any) -> str:
    """What a field expects, in Chinese: 「文字或日期」, 「整数」, 「列表」 …"""
    words: list[str] = []
    for option in options(annotation):
        word = _word(option)
        if word not in words:
            words.append(word)
    return "或".join(words) or "符合字段说明的内容"


def _accepts(option: Any, value: Any) -> bool:
    if get_origin(option) is Literal:
        return any(type(v) is type(value) for v in get_args(option))
    if get_origin(option) is list or option is list:
        return isinstance(value, list)
    if get_origin(option) is dict or option is dict:
        return isinstance(value, dict)
    if not isinstance(option, type):
        return True  # unknown: let pydantic's error decide
    if issubclass(option, BaseModel):
        return isinstance(value, dict)
    if issubclass(option, bool) or isinstance(value, bool):
        return issubclass(option, bool) and isinstance(value, bool)
    if issubclass(option, (int, float)):
        return isinstance(value, (int, float))
    return isinstance(value, option)


def fits(annotation: Any, value: Any) -> bool:
    """Whether YAML made a value of a kind the field takes (a number for a number …).

    pydantic converts more than a user means: true is 1 for an age, 42 a timestamp for a date.
    """
    return annotation is None or any(_accepts(o, value) for o in options(annotation))


def wants_number_or_date(annotation: Any) -> bool:
    return any(
        isinstance(o, type) and issubclass(o, (int, float, date)) and not issubclass(o, bool)
        for o in options(annotation)
    )


def written(value: Any) -> str:
    """What YAML made of the value the user wrote."""
    if isinstance(value, bool):
        return "是非值（YAML 把 true、false、yes、no 等读成是非值）"
    if isinstance(value, datetime):
        return "日期和时间"
    if isinstance(value, date):
        return "日期"
    if isinstance(value, (int, float)):
        return "数字"
    if isinstance(value, list):
        return "列表"
    if isinstance(value, dict):
        return "若干「字段: 内容」（YAML 把「{…}」或冒号加空格读成了字段）"
    if isinstance(value, str):
        return "文字"
    return "无法识别的内容"


def type_hint(annotation: Any, value: Any, key: str) -> str:
    """How to write the value so that it is of the expected type."""
    wants = options(annotation)
    text_wanted = any(isinstance(o, type) and issubclass(o, str) for o in wants)
    if text_wanted and isinstance(value, (list, dict, bool, int, float, date)):
        return f"若这是一段文字，请给整段加英文双引号，例如「{key}: \"…\"」；以「[」「{{」开头的文字尤其要加引号。"
    if any(isinstance(o, type) and issubclass(o, date) for o in wants):
        return "日期写成 2024-05-01（年-月-日，半角数字和横线），不加引号。"
    if any(isinstance(o, type) and issubclass(o, bool) for o in wants):
        return "填「是」或「否」。"
    if any(isinstance(o, type) and issubclass(o, (int, float)) and not issubclass(o, bool) for o in wants):
        return f"「{key}」只填半角阿拉伯数字，不加引号，也不要加单位等文字。"
    if literal_values(annotation):
        return "可填：" + "、".join(literal_values(annotation)) + "。"
    if item_type(annotation) is not None:
        return f"每项一行、以「- 」开头（写在「{key}:」的下一行，缩进两个空格），或写成「{key}: [甲, 乙]」。"
    if model_in(annotation) is not None:
        return f"在「{key}:」的下一行起，每行缩进两个空格，写成「字段: 内容」。"
    return "请对照填报指南中的字段说明修改。"
