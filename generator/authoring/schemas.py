"""JSON Schema of every file kind, for editors (yaml-language-server)."""

from __future__ import annotations

import json
from pathlib import Path

from generator.authoring.scaffold import KIND_TITLES
from generator.core.atomic import write_text_atomically
from generator.models import FILE_MODELS

SCHEMA_DIR = "schema"
OTHER_TITLES = {"registry": "联盟名录", "campaign": "年度评选方案配置", "decisions": "表彰决定"}


def schema_for(kind: str) -> dict[str, object]:
    model = FILE_MODELS[kind]
    schema = model.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = KIND_TITLES.get(kind) or OTHER_TITLES[kind]
    return schema


def render(kind: str) -> str:
    return json.dumps(schema_for(kind), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def expected_files() -> dict[str, str]:
    """file name -> content, for every kind."""
    return {f"{kind}.schema.json": render(kind) for kind in sorted(FILE_MODELS)}


def stale_files(root: Path) -> list[str]:
    """Schema files that are missing or differ from the models."""
    folder = root / SCHEMA_DIR
    return [
        name for name, text in expected_files().items()
        if not (folder / name).exists() or (folder / name).read_text(encoding="utf-8") != text
    ]


def write_all(root: Path) -> list[str]:
    folder = root / SCHEMA_DIR
    folder.mkdir(exist_ok=True)
    for name, text in expected_files().items():
        write_text_atomically(folder / name, text)
    return sorted(expected_files())
