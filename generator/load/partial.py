"""What did parse of a file that failed its schema: a partial record the rules still check.

A schema error in one field must not hide the file's other findings (a quota overrun, a library
not in the registry): the fields that passed keep their values, a field that failed keeps its
default when it has one (an optional field counts as not given), and a required field that
failed gets a placeholder no registry name, person or date can match. Findings the rules then
place on a failed field are consequences of its schema finding and are dropped (one cause, one
finding): see ``consequence``.
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar, get_origin

from pydantic import BaseModel, ValidationError, create_model

from generator.core.findings import Finding
from generator.load.yamlload import Document

M = TypeVar("M", bound=BaseModel)
PLACEHOLDER_MARK = "\x00"  # YAML text cannot hold NUL: a placeholder never equals a written value


def failed_keys(errors: list[Any]) -> frozenset[str]:
    """The top-level keys (as written) that a schema error is about, unknown keys included."""
    return frozenset(str(e["loc"][0]) for e in errors if e.get("loc"))


def _placeholder(annotation: Any, key: str) -> Any:
    if annotation is date:
        return date.min
    if annotation is bool:
        return False
    if annotation is int:
        return 0
    if get_origin(annotation) is list:
        return []
    return f"{PLACEHOLDER_MARK}{key}"


def partial_model(data: Any, model: type[M], failed: frozenset[str]) -> M | None:
    """The model built from what did parse, or None when too little did (not a mapping, or
    the fields that passed fail again together)."""
    if not isinstance(data, dict):
        return None
    good = {k: v for k, v in data.items() if isinstance(k, str) and k not in failed}
    names = {(f.alias or n): n for n, f in model.model_fields.items()}
    relaxed_fields: dict[str, Any] = {n: (Any, None) for label, n in names.items() if label not in good}
    try:
        relaxed = create_model(
            f"Partial{model.__name__}", __base__=model, **relaxed_fields,
        )
        parsed = relaxed.model_validate(good)
    except (ValidationError, TypeError):
        return None
    values: dict[str, Any] = {}
    for label, name in names.items():
        field = model.model_fields[name]
        if label in good:
            values[name] = getattr(parsed, name)
        elif not field.is_required():
            values[name] = field.get_default(call_default_factory=True)
        else:
            values[name] = _placeholder(field.annotation, label)
    return model.model_construct(**values)


def consequence(finding: Finding, doc: Document, failed: frozenset[str]) -> bool:
    """Whether a rule's finding sits on a field whose schema finding already explains it."""
    return any(
        (finding.line, finding.column) == doc.where((key,)) for key in failed
    )
