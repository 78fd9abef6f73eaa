"""Validate a loaded document against its model; pydantic errors become Chinese findings.

pydantic's own messages never reach a user: each finding is worded here from the error's type,
the field's annotation (see typewords) and the field's description. A union field (e.g.
「文字或日期」) gives one error per alternative; they are read together as one finding.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, get_args

from pydantic import BaseModel, ValidationError
from pydantic_core.core_schema import ErrorType

from generator.core.findings import Finding
from generator.load.aswritten import as_written
from generator.load.invisible import ODD_SPACES, describe
from generator.load.typewords import (
    expected,
    fits,
    item_type,
    literal_values,
    model_in,
    type_hint,
    wants_number_or_date,
    written,
)
from generator.load.yamlload import Document
from generator.models.base import FULL_WIDTH_DIGITS

M = TypeVar("M", bound=BaseModel)
Loc = tuple[str | int, ...]

# pydantic's built-in error types; any other type is one of ours (PydanticCustomError), whose
# message is Chinese by construction.
BUILTIN_ERRORS = frozenset(get_args(ErrorType))
# Errors saying "not of this type" (as opposed to "of this type, but out of bounds"): when a
# union field fails every alternative this way, the message says what the field expects.
TYPE_MISMATCH = re.compile(r"_type$|_parsing$|^is_instance_of$|^is_subclass_of$|^union_tag_")
_BOUNDS = {
    "greater_than_equal": ("不能小于", "ge"),
    "less_than_equal": ("不能大于", "le"),
    "greater_than": ("应大于", "gt"),
    "less_than": ("应小于", "lt"),
}
CHOICE_PATTERN = re.compile(r"^\^\(([^()\\]+)\)\$$")


def field_labels(model: type[BaseModel]) -> dict[str, str]:
    """Chinese label -> description for the model's fields."""
    return {
        (f.alias or name): (f.description or "") for name, f in model.model_fields.items()
    }


def _field(model: type[BaseModel], label: str | int) -> Any:
    return next((f for n, f in model.model_fields.items() if (f.alias or n) == label), None)


def _sub_model(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel]:
    """The (nested) model that owns the last element of loc."""
    current: type[BaseModel] = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = _field(current, part)
        if field is None:
            break
        inner = model_in(field.annotation)
        if inner is None:
            break
        current = inner
    return current


def _annotation_at(model: type[BaseModel], loc: Loc) -> Any:
    """The annotation of the value at loc (a field, or one item of a list field)."""
    annotation: Any = model
    for part in loc:
        if isinstance(part, int):
            annotation = item_type(annotation)
        else:
            owner = model_in(annotation)
            field = _field(owner, part) if owner is not None else None
            annotation = field.annotation if field is not None else None
        if annotation is None:
            return None
    return annotation


def _description(model: type[BaseModel], loc: Loc) -> str:
    if not loc or isinstance(loc[-1], int):
        return ""
    return field_labels(_sub_model(model, loc)).get(str(loc[-1]), "").rstrip("。")


def _holds(node: Any, part: Any) -> bool:
    """Whether part is a key of the mapping node or an index of the list node."""
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)


def _clean_loc(model: type[BaseModel], data: Any, loc: tuple[Any, ...]) -> Loc:
    """The part of pydantic's loc that addresses the data: union tags such as
    'function-after[…]' or 'date' are dropped; a missing key is kept by its label."""
    out: list[str | int] = []
    node = data
    for part in loc:
        if _holds(node, part):
            out.append(part)
            node = node[part]
        elif isinstance(part, str) and part in field_labels(_sub_model(model, (*out, part))):
            out.append(part)  # a missing field: still its name
            node = None
        elif isinstance(part, str):
            continue  # a union tag names a validator, not a place in the file
        else:
            break
    return tuple(out)


def _suggest(model: type[BaseModel], loc: Loc) -> list[str]:
    """The known key nearest to an unknown one, if any is near enough."""
    known = list(field_labels(_sub_model(model, loc)))
    return difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.4)


def _label(loc: Loc) -> str:
    parts = [f"第 {p + 1} 项" if isinstance(p, int) else str(p) for p in loc]
    return " → ".join(parts) or "文件"


def _key(loc: Loc) -> str:
    """The key a user types for the value at loc (the list's key for an item)."""
    return next((str(p) for p in reversed(loc) if isinstance(p, str)), "")


def _short(value: object, limit: int = 40) -> str:
    """A user value quoted in a message, cut so a 5,000-character key stays readable."""
    text = str(value)
    return text if len(text) <= limit else f"{text[:limit]}…（共 {len(text)} 字）"


COMMA_NAMES = {"，": "逗号", "、": "顿号", "；": "分号"}


def _list_comma(loc: Loc, value: object) -> str | None:
    """The full-width comma (or 顿号) that made one item of a list out of several."""
    if not loc or not isinstance(loc[-1], int) or not isinstance(value, str):
        return None
    return next((ch for ch in value if ch in COMMA_NAMES), None)


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _missing(doc: Document, model: type[BaseModel], loc: Loc) -> Finding:
    desc = _description(model, loc)
    line, col = doc.where(loc[:-1], key=True) if loc[:-1] else (1, 1)
    return Finding(
        doc.path, line, col, "S001", "error",
        f"缺少必填字段「{_label(loc)}」。",
        f"请补上一行「{loc[-1]}: …」" + (f"（{desc}）" if desc else "") + "。",
    )


def _unknown(doc: Document, model: type[BaseModel], loc: Loc) -> Finding:
    known = list(field_labels(_sub_model(model, loc)))
    near = _suggest(model, loc)
    line, col = doc.where(loc, key=True)
    bare = "".join(str(loc[-1]).split())
    if bare in known and bare != loc[-1]:
        odd = next((ch for ch in str(loc[-1]) if ch in ODD_SPACES), None)
        return Finding(
            doc.path, line, col, "S002", "error",
            f"字段名「{bare}」里有{describe(odd)}。" if odd else f"字段名「{loc[-1]}」里有空格。",
            f"请删去空格，写成「{bare}: …」，行首用英文半角空格缩进。",
        )
    where = f"「{_label(loc[:-1])}」里有" if loc[:-1] else ""
    hint = f"是否想写「{near[0]}」？" if near else "可用的字段有：" + "、".join(known) + "。"
    return Finding(doc.path, line, col, "S002", "error", f"{where}未知字段「{_short(loc[-1])}」。", hint)


def _key_finding(doc: Document, model: type[BaseModel], err: Any) -> Finding:
    """A key YAML read as a number, true/false, null or a date instead of text."""
    key = err.get("input")
    shown = "null" if key is None else str(key).lower() if isinstance(key, bool) else str(key)
    parent = _clean_loc(model, doc.data, tuple(err["loc"])[:-1])
    line, col = doc.where((*parent, str(key)), key=True)
    return Finding(
        doc.path, line, col, "S002", "error", f"字段名「{_short(shown)}」不是文字。",
        "字段名须是推荐表上的中文名称，例如「姓名」；数字、日期、true/false 只能写在冒号后面。",
    )


def _blank(doc: Document, model: type[BaseModel], loc: Loc) -> Finding:
    line, col = doc.where(loc, key=True)
    field = _field(_sub_model(model, loc), loc[-1]) if loc else None
    required = field is not None and field.is_required()
    key = _key(loc)
    if loc and isinstance(loc[-1], int):
        return Finding(
            doc.path, line, col, "S001", "error", f"「{_label(loc)}」是空的。",
            f"请在这一行的「- 」后填写内容，或删去这一行；「{key}」的说明见填报指南。",
        )
    return Finding(
        doc.path, line, col, "S001", "error", f"「{_label(loc)}」还没有填写。",
        f"请在「{key}:」后空一格填写内容"
        + ("（这是必填字段）。" if required or field is None else "；不需要时可把这一行整行删除。"),
    )


def _named_child(loc: Loc, value: Any, err: Any) -> Loc:
    """A rule between fields (e.g. 「结束」早于「开始」) is reported on the field it names first."""
    if isinstance(value, dict):
        for name in re.findall(r"「([^」]+)」", str(err.get("msg", ""))):
            if name in value:
                return (*loc, name)
    return loc


def _best(errors: list[Any]) -> Any:
    """Of a union's errors, the one about the value's content rather than its type."""
    ours = [e for e in errors if e["type"] not in BUILTIN_ERRORS]
    specific = [e for e in errors if not TYPE_MISMATCH.search(e["type"])]
    return (ours or specific or [None])[0]


@dataclass(frozen=True)
class _Value:
    """A value pydantic refused, with what every wording of it needs."""

    doc: Document
    loc: Loc
    place: tuple[int, int]
    value: Any
    err: Any  # pydantic's most telling error for it, or None: say what was written
    annotation: Any
    label: str
    key: str
    desc: str

    @property
    def kind(self) -> str:
        return str(self.err["type"]) if self.err is not None else "type"

    @property
    def ctx(self) -> dict[str, Any]:
        return dict(self.err.get("ctx") or {})

    def say(self, message: str, hint: str | None = None, code: str = "S003") -> Finding:
        hint = _hint_for(self.kind, self.key) if hint is None else hint
        if hint == _GENERIC_HINT and self.desc:
            hint = f"「{self.key}」：{self.desc}。"
        return Finding(self.doc.path, *self.place, code, "error", message, hint)


def _value(doc: Document, model: type[BaseModel], loc: Loc, errors: list[Any]) -> Finding:
    """One finding for everything wrong with the value at loc, worded by the kind of error."""
    value = errors[0].get("input")
    if value is None:
        return _blank(doc, model, loc)
    err = _best(errors)
    ours = err is not None and err["type"] not in BUILTIN_ERRORS
    annotation = _annotation_at(model, loc)
    if not ours and not fits(annotation, value):
        err = None  # e.g. true read as 1 for an age: say what was written, not "at least 16"
    place = doc.where(_named_child(loc, value, errors[0]))
    v = _Value(doc, loc, place, value, err, annotation, _label(loc), _key(loc), _description(model, loc))
    slip = None if ours else _typing_slip(v)
    if slip is not None:
        return slip
    if err is None:
        return v.say(f"「{v.label}」应填{expected(annotation)}，这里写成了{written(value)}。",
                     type_hint(annotation, value, v.key))
    if ours or (v.kind in ("value_error", "assertion_error") and _has_chinese(err["msg"])):
        return v.say(f"「{v.label}」：{err['msg'].removeprefix('Value error, ').removeprefix('Assertion failed, ')}。")
    return _WORDING.get(v.kind, _expected)(v)


def _typing_slip(v: _Value) -> Finding | None:
    """Full-width digits for a number or date, a Chinese comma in a list: said as such."""
    value, key = v.value, v.key
    if isinstance(value, str) and wants_number_or_date(v.annotation) and value.translate(FULL_WIDTH_DIGITS) != value:
        return v.say(f"「{v.label}」用了全角数字「{_short(value)}」。",
                     f"请切换到英文输入法，改成半角阿拉伯数字，例如「{key}: {value.translate(FULL_WIDTH_DIGITS)}」。")
    comma = _list_comma(v.loc, value)
    if comma:
        return v.say(f"「{key}」的列表里用了中文{COMMA_NAMES[comma]}「{comma}」：YAML 只认英文逗号，"
                     f"「{_short(value)}」被读成了一项。",
                     f"请改成英文逗号加空格，例如「{key}: [{value.replace(comma, ', ')}]」，或每项一行、以「- 」开头。")
    return None


def _empty(v: _Value) -> Finding:
    kind = "empty_list" if isinstance(v.value, list) else "empty_text"
    return v.say(f"「{v.label}」不能为空。", _hint_for(kind, v.key), "S001")  # empty is as good as missing


def _too_long_text(v: _Value) -> Finding:
    return v.say(f"「{v.label}」太长：最多 {v.ctx.get('max_length')} 字，现有 {len(str(v.value))} 字。",
                 "请精简文字。", "S004")


def _out_of_bounds(v: _Value) -> Finding:
    word, bound = _BOUNDS[v.kind]
    return v.say(f"「{v.label}」的数值超出范围：{word} {v.ctx.get(bound)}。")


def _pattern(v: _Value) -> Finding:
    choice = CHOICE_PATTERN.match(str(v.ctx.get("pattern", "")))
    if choice:
        return v.say(f"「{v.label}」只能填「" + "」或「".join(choice.group(1).split("|")) + "」。")
    return v.say(f"「{v.label}」的写法不符合要求" + (f"：{v.desc}。" if v.desc else "。"))


def _expected(v: _Value) -> Finding:
    return v.say(f"「{v.label}」应填{expected(v.annotation)}" + (f"（{v.desc}）" if v.desc else "") + "。",
                 type_hint(v.annotation, v.value, v.key))


# pydantic's own error types, each with its words (anything else: what the field expects).
_WORDING: dict[str, Callable[[_Value], Finding]] = {
    "too_short": _empty,
    "string_too_short": _empty,
    "string_too_long": _too_long_text,
    "too_long": lambda v: v.say(f"「{v.label}」的项数太多：最多 {v.ctx.get('max_length')} 项。"),
    **dict.fromkeys(_BOUNDS, _out_of_bounds),
    "literal_error": lambda v: v.say(f"「{v.label}」只能填：{'、'.join(literal_values(v.annotation))}。"),
    "string_pattern_mismatch": _pattern,
    "date_from_datetime_inexact": lambda v: v.say(f"「{v.label}」应为日期，不要带时间。"),
    "int_from_float": lambda v: v.say(f"「{v.label}」应为整数，不要带小数。"),
}


_GENERIC_HINT = "请对照填报指南中的字段说明修改。"


def _hint_for(kind: str, key: str) -> str:
    if kind == "empty_text":
        return f"请填写「{key}」；多行文字写在「{key}: |-」的下一行起，每行前空两格。"
    if kind == "empty_list":
        return f"请至少填一项，例如「{key}: [1, 2]」，或每项一行、以「- 」开头。"
    if kind.startswith("phone_"):
        return "电话号码请写成带引号的半角文字，例如 \"029-85420000\" 或 \"13800000000\"。"
    if kind == "date_year":
        return "请核对年份：写四位数的公历年份，例如 2024-03-01。"
    if kind.startswith("date"):
        return "日期写成 2024-05-01，也可写 2024年5月1日、2024.5.1 或 2024/5/1。"
    if kind == "month_format":
        return "请写到年月，例如 2017-05、2017年5月，或加引号的 \"2017.10\"（可加日：2017-05-10）。"
    if kind == "yes_no":
        return "填「是」或「否」。"
    if kind.startswith("int"):
        return f"「{key}」填阿拉伯数字，不要加「岁」等文字。"
    return _GENERIC_HINT


def _findings(doc: Document, model: type[BaseModel], errors: list[Any]) -> list[Finding]:
    by_place: dict[Loc, list[Any]] = {}
    for err in errors:
        by_place.setdefault(_clean_loc(model, doc.data, tuple(err["loc"])), []).append(err)
    # A typo'd key already names the key that was meant: no separate "missing" for it.
    meant = {
        (*loc[:-1], near)
        for loc, errs in by_place.items()
        if any(e["type"] == "extra_forbidden" for e in errs)
        for near in _suggest(model, loc)
    }
    out: list[Finding] = []
    for loc, errs in by_place.items():
        kinds = {e["type"] for e in errs}
        if "missing" in kinds:
            if loc not in meant:
                out.append(_missing(doc, model, loc))
        elif "extra_forbidden" in kinds:
            out.append(_unknown(doc, model, loc))
        elif "invalid_key" in kinds:
            out += [_key_finding(doc, model, e) for e in errs if e["type"] == "invalid_key"]
        else:
            out.append(_value(doc, model, loc, errs))
    return out


def check_model(doc: Document, model: type[M]) -> tuple[M | None, list[Finding]]:
    """Validate doc.data with model; return the instance or the findings."""
    instance, findings, _ = check_model_errors(doc, model)
    return instance, findings


def check_model_errors(doc: Document, model: type[M]) -> tuple[M | None, list[Finding], list[Any]]:
    """check_model, and pydantic's errors too (what failed, for a partial record)."""
    try:
        return model.model_validate(as_written(doc, model)), [], []
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        findings: dict[tuple[Any, ...], Finding] = {}
        for f in _findings(doc, model, errors):
            findings.setdefault((f.line, f.column, f.code), f)
        return None, list(findings.values()), errors
