"""Every field of every file model, given a value of the wrong type, gets a Chinese finding on
its own line — never pydantic's English, its validator names or a memory address.

The walk is generic: the models' fields are read at collection time, so a field added to a
model is covered without touching this file. Each file kind starts from a demo file (lists cut
to their first item, missing optional fields filled with a value the field accepts); one field
at a time is replaced by each wrong value, written into the YAML text on a line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from io import StringIO
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo
from ruamel.yaml import YAML

from generator.core.findings import Finding
from generator.load.campaign import load_repository
from generator.load.schemacheck import check_model
from generator.load.yamlload import LoadError, load_text
from generator.models import FILE_MODELS

ROOT = Path(__file__).resolve().parents[2]
MARK = "ZZTARGETZZ"
# Wrong values as they would be typed after "字段: " (YAML flow text, one line).
WRONG = {
    "空白": "",
    "空字符串": '""',
    "列表": "[甲, 乙]",
    "映射": "{甲: 乙}",
    "日期时间": "2024-05-01 10:30:00",
    "日期": "2024-05-01",
    "布尔": "true",
    "整数": "42",
    "负数": "-3",
    "小数": "3.5",
    "超长文字": "长" * 5000,
    "全角数字": "２０２４",
}
INTERNALS = ("0x", "function", "partial", "input should", "validation error", "pydantic",
             "value error", "lax-or-strict", "is-instance", "constrained-str", "<", ">", "type=")
# ASCII words a Chinese message may use: format names, YAML literals a user types.
ASCII_OK = {"yaml", "markdown", "tab", "true", "false", "yes", "null", "honors", "validate", "html"}


def schema_words(model: type[BaseModel]) -> set[str]:
    """ASCII words of the model's own descriptions and allowed values (e.g. 「如 xian」)."""
    words: set[str] = set()
    stack: list[Any] = [model.model_json_schema(by_alias=True)]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("description", "enum", "const"):
                    words |= {w.lower() for w in re.findall(r"[A-Za-z]{3,}", str(value))}
                else:
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return words


def demo_files() -> dict[str, Path]:
    """One demo file per file kind."""
    repo, _ = load_repository(ROOT)
    campaign = repo.campaigns[0]
    files = {
        "registry": ROOT / "submissions/registry.yaml",
        "campaign": ROOT / campaign.folder / "campaign.yaml",
        "decisions": ROOT / campaign.folder / "decisions.yaml",
        "summary": next((ROOT / campaign.folder / "cities").glob("*/summary.yaml")),
    }
    for record in campaign.nominations:
        files.setdefault(record.award, ROOT / record.path)
    assert set(files) == set(FILE_MODELS), "every file kind needs a demo file"
    return files


def adapter(info: FieldInfo) -> TypeAdapter[Any]:
    """A validator for one field on its own, with its constraints (min_length, pattern …)."""
    annotation: Any = info.annotation  # a type form, wider than pydantic's type[Any] | None
    if info.metadata:
        annotation = Annotated[annotation, *info.metadata]
    return TypeAdapter(annotation)


def inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = inner_model(arg)
        if found is not None:
            return found
    return None


def is_list(annotation: Any) -> bool:
    if get_origin(annotation) is list:
        return True
    if get_origin(annotation) in (Union, getattr(__import__("types"), "UnionType", Union)):
        return any(is_list(a) for a in get_args(annotation))
    return False


def sample(info: FieldInfo) -> Any:
    """A value the field accepts, for fields the demo file leaves out."""
    model = inner_model(info.annotation)
    if model is not None:
        item = sample_model(model)
        return [item] if is_list(info.annotation) else item
    literals = [v for a in (info.annotation, *get_args(info.annotation))
                if get_origin(a) is Literal for v in get_args(a)]
    # Numbers just inside the field's own bounds (ge / gt), so a new numeric field needs no entry.
    lows = [getattr(m, "ge", None) if getattr(m, "ge", None) is not None else getattr(m, "gt", None)
            for m in info.metadata]
    bounded = [low + 1 for low in lows if isinstance(low, (int, float))]
    candidates = [*literals, "示例文字", "reading", "029-85420000", "否", "男", *bounded, 30, 2024, 1,
                  date(2024, 5, 1), ["示例文字"], [1], {"xian": 1}]
    check = adapter(info)
    for value in candidates:
        try:
            check.validate_python(value)
        except ValidationError:
            continue
        return value
    raise AssertionError(f"no sample value fits {info}")


def sample_model(model: type[BaseModel]) -> dict[str, Any]:
    return complete({}, model)


def complete(data: dict[str, Any], model: type[BaseModel]) -> dict[str, Any]:
    """Lists of mappings cut to their first item; every required field present, and every
    optional one that the model accepts beside the others (a rule between fields, such as
    a size only for a custom paper, may refuse one: it is then left out)."""
    out = dict(data)
    optional = []
    for name, info in model.model_fields.items():
        label = info.alias or name
        inner = inner_model(info.annotation)
        if label not in out or out[label] in (None, []):
            if info.is_required():
                out[label] = sample(info)
            else:
                optional.append((label, info))
        elif inner is not None and isinstance(out[label], list):
            out[label] = [complete(out[label][0], inner)]
        elif inner is not None and isinstance(out[label], dict):
            out[label] = complete(out[label], inner)
    for label, info in optional:
        trial = {**out, label: sample(info)}
        try:
            model.model_validate(trial)
        except ValidationError:
            SKIPPED.append(f"{model.__name__}.{label}")
            continue
        out = trial
    return out


SKIPPED: list[str] = []


@dataclass(frozen=True)
class Target:
    kind: str
    loc: tuple[str | int, ...]

    def __str__(self) -> str:
        return f"{self.kind}:" + ".".join(str(p) for p in self.loc)


def walk(model: type[BaseModel], data: dict[str, Any], loc: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Every field's place, nested models and list items included."""
    for name, info in model.model_fields.items():
        here = (*loc, info.alias or name)
        yield here
        if (info.alias or name) not in data:
            continue  # left out of the starting point (see complete): its children are not walked
        value = data[info.alias or name]
        inner = inner_model(info.annotation)
        if isinstance(value, list) and value:
            yield (*here, 0)
            if inner is not None:
                yield from walk(inner, value[0], (*here, 0))
        elif isinstance(value, dict) and inner is not None:
            yield from walk(inner, value, here)


BASES: dict[str, dict[str, Any]] = {}
TARGETS: list[Target] = []
for _kind, _file in demo_files().items():
    _data = complete(YAML(typ="safe").load(_file.read_text(encoding="utf-8")), FILE_MODELS[_kind])
    BASES[_kind] = _data
    TARGETS += [Target(_kind, loc) for loc in walk(FILE_MODELS[_kind], _data)]


def dump(data: dict[str, Any]) -> str:
    yaml = YAML(typ="safe", pure=True)
    yaml.allow_unicode = True
    yaml.default_flow_style = False
    yaml.width = 100_000
    out = StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def replaced(data: Any, loc: tuple[str | int, ...], value: Any) -> Any:
    if not loc:
        return value
    head, rest = loc[0], loc[1:]
    if isinstance(data, list):
        copy_list = list(data)
        copy_list[int(head)] = replaced(copy_list[int(head)], rest, value)
        return copy_list
    return {**data, head: replaced(data.get(head), rest, value)}


def problems(finding: Finding, line: int, loc: tuple[str | int, ...], allowed: set[str]) -> list[str]:
    """What is wrong with one finding (empty when it is right)."""
    text = finding.message + finding.hint
    found = []
    if finding.line != line:
        found.append(f"on line {finding.line}, expected {line}")
    if not re.search(r"[\u4e00-\u9fff]", finding.message) or not re.search(r"[\u4e00-\u9fff]", finding.hint):
        found.append("message or hint not in Chinese")
    found += [f"internal text {bad!r}" for bad in INTERNALS if bad in text.lower()]
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)} - ASCII_OK - allowed
    if words:
        found.append(f"English words {sorted(words)}")
    field = next(p for p in reversed(loc) if isinstance(p, str))
    if finding.code != "F002" and field not in finding.message:
        found.append(f"message does not name the field {field}")
    return found


def test_every_file_model_is_walked() -> None:
    """The walk reaches nested models and list items, not only top-level keys."""
    kinds = {t.kind for t in TARGETS}
    assert kinds == set(FILE_MODELS)
    assert any(len(t.loc) >= 4 for t in TARGETS), "nested list items of nested models"
    for kind, data in BASES.items():
        FILE_MODELS[kind].model_validate(data)  # the starting point itself is valid
    # Optional fields a rule between fields keeps out of the starting point (not walked).
    assert len(SKIPPED) <= 3, SKIPPED


@pytest.mark.parametrize("target", TARGETS, ids=str)
def test_wrong_types_give_chinese_findings_on_the_fields_line(target: Target) -> None:
    model = FILE_MODELS[target.kind]
    text = dump(replaced(BASES[target.kind], target.loc, MARK))
    line = next(i for i, t in enumerate(text.split("\n"), 1) if MARK in t)
    allowed = schema_words(model)
    report = []
    for name, literal in WRONG.items():
        source = text.replace(f" {MARK}", f" {literal}" if literal else "")
        try:
            doc = load_text("f.yaml", source)
        except LoadError as err:
            findings = [err.finding]
        else:
            findings = check_model(doc, model)[1]
        report += [f"{name}: {f.code} {f.message} {f.hint} — {p}"
                   for f in findings for p in problems(f, line, target.loc, allowed)]
    assert report == []
