"""schema/ is generated from the models and must stay in sync; shipped files point at it."""

from __future__ import annotations

import json
from pathlib import Path

from generator.models import FILE_MODELS
from generator.schemas import expected_files, stale_files


def test_committed_schemas_match_the_models(repo_root: Path) -> None:
    assert stale_files(repo_root) == [], "run `honors schema` and commit schema/"


def test_every_file_kind_has_a_schema_with_chinese_keys(repo_root: Path) -> None:
    files = expected_files()
    assert set(files) == {f"{kind}.schema.json" for kind in FILE_MODELS}
    individual = json.loads(files["individual.schema.json"])
    assert {"姓名", "主要事迹", "是否馆长"} <= set(individual["properties"])
    assert "姓名" in individual["required"]
    assert individual["additionalProperties"] is False


def test_shipped_yaml_files_carry_a_modeline_to_an_existing_schema(repo_root: Path) -> None:
    files = sorted((repo_root / "submissions").rglob("*.yaml"))
    assert files
    for file in files:
        first = file.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), file
        target = (file.parent / first.split("=", 1)[1]).resolve()
        assert target.is_file(), f"{file}: {target}"
