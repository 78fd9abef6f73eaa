"""schema/ is generated from the models and must stay in sync; shipped files point at it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from generator.authoring.schemas import expected_files, stale_files
from generator.models import FILE_MODELS


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
    # A working group's business data (groups/<code>/data/) are tables with no form to check; a
    # closed year's closed.yaml is written by honors close, never by hand.
    files = sorted(f for f in (repo_root / "submissions").rglob("*.yaml")
                   if f.parent.name != "data" and f.name != "closed.yaml")
    assert files
    for file in files:
        first = file.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema="), file
        target = (file.parent / first.split("=", 1)[1]).resolve()
        assert target.is_file(), f"{file}: {target}"


def committed(repo_root: Path, kind: str) -> dict[str, Any]:
    data = json.loads((repo_root / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


# What editors are told, written by hand from the forms of the notice: the sync test above
# only says the files are what the models export, not that the models say the right thing.
def test_individual_schema_requires_the_paper_forms_cells(repo_root: Path) -> None:
    schema = committed(repo_root, "individual")
    cells = {"姓名", "性别", "年龄", "单位", "从事本工作时间", "所在部门", "学历", "主要事迹"}
    assert cells <= set(schema["required"])
    assert not {"职务", "职称", "联系电话", "是否馆长"} & set(schema["required"])
    assert schema["additionalProperties"] is False  # a typo in a key is flagged in the editor
    gender = re.compile(schema["properties"]["性别"]["pattern"])
    assert gender.search("男") and gender.search("女")
    assert not any(gender.search(v) for v in ("male", "男性", "男 ", ""))
    age = schema["properties"]["年龄"]
    assert age["type"] == "integer" and age["minimum"] < 25 and age["maximum"] >= 65


def test_decisions_status_is_an_enum_of_the_two_rolls(repo_root: Path) -> None:
    schema = committed(repo_root, "decisions")
    assert schema["properties"]["状态"]["enum"] == ["拟表彰", "已表彰"]
    assert {"状态", "审定日期"} <= set(schema["required"])


def test_summary_schema_requires_form_1_3s_header(repo_root: Path) -> None:
    assert set(committed(repo_root, "summary")["required"]) == {"推荐单位", "经办人", "电话", "填报日期"}


def test_collective_criteria_are_numbers(repo_root: Path) -> None:
    criteria = committed(repo_root, "collective")["properties"]["评选条件"]
    assert criteria["type"] == "array" and criteria["items"] == {"type": "integer"}
    assert criteria["minItems"] == 1


def test_registry_codes_are_folder_names(repo_root: Path) -> None:
    city = committed(repo_root, "registry")["$defs"]["City"]["properties"]["代码"]
    code = re.compile(city["pattern"])
    assert all(code.search(v) for v in ("xian", "yan-an", "a1"))
    assert not any(code.search(v) for v in ("Xian", "西安", "xi an", "1xian", "-x", ""))
