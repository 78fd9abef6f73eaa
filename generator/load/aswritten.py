"""Text fields keep the scalar as the librarian wrote it, whatever YAML guessed it was.

YAML reads an unquoted `2016.10` as the number 2016.1, `010` as 10, `1e3` as 1000.0, `2024-5-1`
as a date. (`~` and `null` stay nothing: a blank, which S001 reports where one is required.) In a field the form means as text (职务, 从事本工作时间, 加盟时间,
a phone…) that guess would print something other than what was written; here the value is
replaced by the scalar's own source text before the model sees it. Fields that want a number, a
date or 是/否 are left to the model, which words its own refusal.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from generator.load.typewords import item_type, model_in, options
from generator.load.yamlload import Document

Loc = tuple[str | int, ...]
_SAFE = YAML(typ="safe", pure=True)
GUESSED = (bool, int, float, date)  # what YAML may make of a plain scalar instead of text
_ENDS = {"block": " #", "flow": ",]}"}


def is_text(annotation: Any) -> bool:
    """A field (or list item) that holds text only."""
    found = options(annotation)
    return bool(found) and all(o is str for o in found)


def as_written(doc: Document, model: type[BaseModel]) -> Any:
    """doc.data with every guessed scalar of a text field put back as its source text."""
    return _walk(doc, model, doc.data, ())


def _walk(doc: Document, annotation: Any, value: Any, loc: Loc) -> Any:
    # Most values are text already: they return at once, before the annotation is looked at.
    if isinstance(value, dict):
        fields = _fields(annotation)
        if fields is None:
            return value
        return {k: _walk(doc, fields[k], v, (*loc, k)) if k in fields else v for k, v in value.items()}
    if isinstance(value, list):
        item = item_type(annotation)
        return [_walk(doc, item, v, (*loc, i)) for i, v in enumerate(value)] if item is not None else value
    if isinstance(value, GUESSED) and annotation is not None and is_text(annotation):
        source = source_text(doc, loc)
        return source if source is not None and _reads_as(source, value) else value
    return value


_FIELDS: dict[type[BaseModel], dict[str, Any]] = {}


def _fields(annotation: Any) -> dict[str, Any] | None:
    """The annotations of the model a field holds, by the key written in the file (cached)."""
    inner = model_in(annotation)
    if inner is None:
        return None
    fields = _FIELDS.get(inner)
    if fields is None:
        fields = _FIELDS[inner] = {(f.alias or n): f.annotation for n, f in inner.model_fields.items()}
    return fields


def _reads_as(source: str, value: Any) -> bool:
    """Whether YAML reads source as value: the text found is the scalar that gave it."""
    try:
        again = _SAFE.load(source)
    except YAMLError:
        return False
    return type(again) is type(value) and (again == value or again != again)  # .nan is no nan


def source_text(doc: Document, loc: Loc) -> str | None:
    """The plain scalar at loc as it stands in the file, or None when it is not a one-line plain
    scalar (quoted and block scalars are text already)."""
    line, col = doc.where(loc)
    lines = doc.text.split("\n")
    if not loc or line > len(lines):
        return None
    rest = lines[line - 1][col - 1:].rstrip("\r")
    if rest[:1] in ("'", '"', "|", ">", "[", "{", ""):
        return None
    before = lines[line - 1][:col - 1]
    inside_flow = before.count("[") + before.count("{") > before.count("]") + before.count("}")
    end = len(rest)
    for stop in (_ENDS["flow"] if inside_flow else ()):
        if stop in rest:
            end = min(end, rest.index(stop))
    if " #" in rest:
        end = min(end, rest.index(" #"))
    return rest[:end].strip() or None
