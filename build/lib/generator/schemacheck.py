"""Validate a loaded document against its model; pydantic errors become Chinese findings."""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from generator.findings import Finding
from generator.models.base import FULL_WIDTH_DIGITS
from generator.yamlload import Document

M = TypeVar("M", bound=BaseModel)

_TYPE_WORDS = {
    "string_type": "应为文字",
    "int_type": "应为整数（不加引号的数字）",
    "int_parsing": "应为整数（不加引号的数字）",
    "int_from_float": "应为整数",
    "date_type": "应为日期，写成 2024-05-01 的形式",
    "date_parsing": "应为日期，写成 2024-05-01 的形式",
    "date_from_datetime_parsing": "应为日期，写成 2024-05-01 的形式",
    "date_from_datetime_inexact": "应为日期，不要带时间",
    "list_type": "应为列表，每项一行、以「- 」开头",
    "dict_type": "应为若干「字段: 内容」，每行缩进两个空格",
    "model_type": "应为若干「字段: 内容」，每行缩进两个空格",
    "model_attributes_type": "应为若干「字段: 内容」，每行缩进两个空格",
    "bool_type": "只能填「是」或「否」",
    "bool_parsing": "只能填「是」或「否」",
}


def field_labels(model: type[BaseModel]) -> dict[str, str]:
    """Chinese label -> description for the model's fields."""
    return {
        (f.alias or name): (f.description or "") for name, f in model.model_fields.items()
    }


def _sub_model(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel]:
    """The (nested) model that owns the last element of loc."""
    current: type[BaseModel] = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = next(
            (f for n, f in current.model_fields.items() if (f.alias or n) == part), None
        )
        if field is None:
            break
        inner = _model_in(field.annotation)
        if inner is None:
            break
        current = inner
    return current


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _clean_loc(data: Any, loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """Keep the part of pydantic's loc that addresses real data (drop union tags)."""
    out: list[str | int] = []
    node = data
    for part in loc:
        if (isinstance(node, dict) and part in node) or (isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)):
            out.append(part)
            node = node[part]
        elif isinstance(part, str) and part not in ("str", "date", "int", "bool"):
            out.append(part)  # a missing or unknown key: still its name
            node = None
        else:
            break
    return tuple(out)


def _suggest(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """The known key nearest to an unknown one, if any is near enough."""
    known = list(field_labels(_sub_model(model, loc)))
    return difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.4)


def _label(loc: tuple[str | int, ...]) -> str:
    parts = [f"第 {p + 1} 项" if isinstance(p, int) else str(p) for p in loc]
    return " → ".join(parts) or "文件"


def _finding(doc: Document, model: type[BaseModel], err: Any) -> Finding:
    loc = _clean_loc(doc.data, tuple(err["loc"]))
    kind = err["type"]
    label = _label(loc)
    if kind == "missing":
        owner = _sub_model(model, loc)
        desc = field_labels(owner).get(str(loc[-1]), "")
        line, col = doc.where(loc[:-1], key=True) if loc[:-1] else (1, 1)
        return Finding(
            doc.path, line, col, "S001", "error",
            f"缺少必填字段「{label}」。",
            f"请补上一行「{loc[-1]}: …」" + (f"（{desc}）" if desc else "") + "。",
        )
    if kind == "invalid_key":
        return _key_finding(doc, err)
    if kind == "extra_forbidden":
        known = list(field_labels(_sub_model(model, loc)))
        near = _suggest(model, loc)
        line, col = doc.where(loc, key=True)
        bare = "".join(str(loc[-1]).split())
        if bare in known and bare != loc[-1]:
            return Finding(
                doc.path, line, col, "S002", "error",
                f"字段名「{loc[-1]}」里有空格（可能是全角空格）。",
                f"请删去空格，写成「{bare}: …」，行首用英文半角空格缩进。",
            )
        hint = f"是否想写「{near[0]}」？" if near else "可用的字段有：" + "、".join(known) + "。"
        return Finding(doc.path, line, col, "S002", "error", f"未知字段「{_short(loc[-1])}」。", hint)
    line, col = doc.where(loc)
    ctx = err.get("ctx") or {}
    if err.get("input", "") is None:
        line, col = doc.where(loc, key=True)
        field = _sub_model(model, loc).model_fields
        required = any((f.alias or n) == loc[-1] and f.is_required() for n, f in field.items())
        return Finding(
            doc.path, line, col, "S001", "error", f"「{label}」还没有填写。",
            f"请在「{loc[-1]}:」后空一格填写内容"
            + ("（这是必填字段）。" if required else "；不需要时可把这一行整行删除。"),
        )
    if kind == "string_too_long":
        return Finding(
            doc.path, line, col, "S004", "error",
            f"「{label}」太长：最多 {ctx.get('max_length')} 字。",
            "请精简文字。",
        )
    value = err.get("input")
    if kind == "int_parsing" and isinstance(value, str) and value.translate(FULL_WIDTH_DIGITS) != value:
        return Finding(
            doc.path, line, col, "S003", "error", f"「{label}」用了全角数字「{_short(value)}」。",
            f"请切换到英文输入法，改成半角阿拉伯数字，例如「{loc[-1]}: {value.translate(FULL_WIDTH_DIGITS)}」。",
        )
    if kind in _TYPE_WORDS:
        message = f"「{label}」{_TYPE_WORDS[kind]}。"
    elif kind == "string_pattern_mismatch" and str(loc[-1]) == "性别":
        message = "「性别」只能填「男」或「女」。"
    elif kind in _BOUNDS:
        word, key = _BOUNDS[kind]
        message = f"「{label}」的数值超出范围：{word} {ctx.get(key)}。"
    elif kind == "literal_error":
        message = f"「{label}」只能填：{ctx.get('expected', '')}。"
    elif kind in ("too_short", "string_too_short"):
        message = f"「{label}」不能为空。"
        kind = "empty_list" if isinstance(err.get("input"), list) else "empty_text"
    elif kind == "too_long":
        message = f"「{label}」的项数太多：最多 {ctx.get('max_length')} 项。"
    elif _has_chinese(err["msg"]):  # our own validators speak Chinese
        message = f"「{label}」：{err['msg'].removeprefix('Value error, ')}。"
    else:
        message = f"「{label}」的值不符合要求。"
    code = "S001" if kind in ("empty_text", "empty_list") else "S003"  # empty is as good as missing
    return Finding(doc.path, line, col, code, "error", message, _hint_for(kind, str(loc[-1]) if loc else ""))


def _short(value: object, limit: int = 40) -> str:
    """A user value quoted in a message, cut so a 5,000-character key stays readable."""
    text = str(value)
    return text if len(text) <= limit else f"{text[:limit]}…（共 {len(text)} 字）"


def _key_finding(doc: Document, err: Any) -> Finding:
    """A key YAML read as a number, true/false, null or a date instead of text."""
    key = err.get("input")
    shown = "null" if key is None else str(key).lower() if isinstance(key, bool) else str(key)
    parent = _clean_loc(doc.data, tuple(err["loc"])[:-1])
    line, col = doc.where((*parent, str(key)), key=True)
    return Finding(
        doc.path, line, col, "S002", "error", f"字段名「{_short(shown)}」不是文字。",
        "字段名须是推荐表上的中文名称，例如「姓名」；数字、日期、true/false 只能写在冒号后面。",
    )


_BOUNDS = {
    "greater_than_equal": ("不能小于", "ge"),
    "less_than_equal": ("不能大于", "le"),
    "greater_than": ("应大于", "gt"),
    "less_than": ("应小于", "lt"),
}


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _hint_for(kind: str, key: str) -> str:
    if kind == "empty_text":
        return f"请填写「{key}」；多行文字写在「{key}: |-」的下一行起，每行前空两格。"
    if kind == "empty_list":
        return f"请至少填一项，例如「{key}: [1, 2]」，或每项一行、以「- 」开头。"
    if kind.startswith("phone_"):
        return "电话号码请写成带引号的半角文字，例如 \"029-85420000\" 或 \"13800000000\"。"
    if kind.startswith("date"):
        return "日期写成 2024-05-01（年-月-日，半角数字和横线）。"
    if kind == "yes_no":
        return "填「是」或「否」。"
    if kind in ("int_type", "int_parsing"):
        return f"「{key}」填阿拉伯数字，不要加「岁」等文字。"
    return "请对照填报指南中的字段说明修改。"


def check_model(doc: Document, model: type[M]) -> tuple[M | None, list[Finding]]:
    """Validate doc.data with model; return the instance or the findings."""
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        # A typo'd key already names the key that was meant: no separate "missing" for it.
        meant = set()
        for err in errors:
            if err["type"] == "extra_forbidden":
                loc = _clean_loc(doc.data, tuple(err["loc"]))
                meant |= {(*loc[:-1], near) for near in _suggest(model, loc)}
        findings: dict[tuple[Any, ...], Finding] = {}
        for err in errors:
            if err["type"] == "missing" and _clean_loc(doc.data, tuple(err["loc"])) in meant:
                continue
            f = _finding(doc, model, err)
            findings.setdefault((f.line, f.column, f.code), f)
        return None, list(findings.values())
