"""The scheme's vocabulary (generator/models/awards.py): each award kind and form spelled once."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator.models import NOMINATION_MODELS, awards
from generator.rules.eligibility import SOURCE_AWARDS
from generator.site.public import PUBLIC_FIELDS

ROOT = Path(__file__).resolve().parents[2]
TYPES = {"collective", "special", "individual", "case"}
FORM_NUMBER = re.compile(r"附件\s*1-[1-4]")
NOMINATION_FORM_TITLES = tuple(f.title for f in awards.FORMS if f.title.endswith("推荐表"))

# Modules that still spell award-kind tables or form titles, each with why. The first group is
# being changed by parallel work right now; once it has landed, move their tables to
# generator/models/awards.py and shrink this list (the test fails on a listed module that no
# longer needs its place, so the list cannot go stale).
ALLOWED = {
    # Parallel work in progress (forms, the rules, the site's pages and online form):
    "generator/forms/context.py": "FORM_NUMBERS: the forms' numbers by award type",
    "generator/forms/honorlist.py": "AWARD_ORDER copy and measure words",
    "generator/forms/nomination_forms.py": "the builder of each nomination form",
    "generator/forms/rolldoc.py": "the honor roll's columns per award",
    "generator/forms/wording.py": "how the roll words each award (单位 / 同志 / 案例)",
    "generator/forms/plaques.py": "which awards get a plaque",
    "generator/forms/certificates.py": "which awards get a certificate",
    "generator/rules/eligibility.py": "SOURCE_AWARDS (awards.AwardKind.channels says the same; a test checks)",
    "generator/rules/duplicates.py": "what counts as the same nomination, per award",
    "generator/rules/quotas.py": "the quota and cap of each award",
    "generator/rules/summaries.py": "the awards form 1-3 lists",
    "generator/rules/collectives.py": "E011's hint names form 1-4 (no-space spelling)",
    "generator/site/pages.py": "RECOMMENDERS and TEMPLATE_KINDS (the 填报指南 tables)",
    "generator/site/onlineform.py": "FORMS: the 在线填报 page titles (no-space spelling)",
    # Not a vocabulary table: the pydantic model of each award's form.
    "generator/models/nominations.py": "NOMINATION_MODELS: award type -> form model",
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _strings(node: ast.AST) -> list[str]:
    """String constants directly in a literal, and in the tuples or lists directly in it."""
    children = [*node.keys, *node.values] if isinstance(node, ast.Dict) else list(getattr(node, "elts", []))
    out = []
    for child in children:
        items = child.elts if isinstance(child, (ast.Tuple, ast.List)) else [child]
        out += [c.value for c in items if isinstance(c, ast.Constant) and isinstance(c.value, str)]
    return out


def _tables(tree: ast.AST) -> list[ast.expr]:
    """Literals that act as tables: every dict, and tuples/lists/sets assigned or iterated over
    (a membership test such as `kind in ("individual", "case")` is a condition, not a table)."""
    found: list[ast.expr] = [n for n in ast.walk(tree) if isinstance(n, ast.Dict)]
    for node in ast.walk(tree):
        value = None
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            value = node.value
        elif isinstance(node, (ast.For, ast.comprehension)):
            value = node.iter
        if isinstance(value, (ast.Tuple, ast.List, ast.Set)):
            found.append(value)
    return found


def spellings(source: str) -> list[str]:
    """Where a module spells an award-kind table or a form's number or title itself."""
    tree = ast.parse(source)
    problems = []
    for table in _tables(tree):
        kinds = TYPES & set(_strings(table))
        if len(kinds) >= 2:
            problems.append(f"line {table.lineno}: a table of award kinds {sorted(kinds)}")
    docs = _docstrings(tree)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        text = node.value
        if id(node) not in docs and (FORM_NUMBER.search(text) or any(t in text for t in NOMINATION_FORM_TITLES)):
            problems.append(f"line {node.lineno}: a form spelled out: {text[:40]!r}")
    return problems


def test_no_module_outside_the_vocabulary_spells_award_tables_or_form_titles() -> None:
    found = {}
    for path in sorted((ROOT / "generator").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel == "generator/models/awards.py":
            continue
        problems = spellings(path.read_text(encoding="utf-8"))
        if problems and rel not in ALLOWED:
            found[rel] = problems
    assert found == {}, "read these from generator.models.awards:\n" + "\n".join(
        f"{rel} {p}" for rel, ps in found.items() for p in ps)


def test_the_allow_list_only_holds_modules_that_still_need_it() -> None:
    stale = [rel for rel in ALLOWED
             if not (ROOT / rel).exists() or not spellings((ROOT / rel).read_text(encoding="utf-8"))]
    assert stale == [], "these no longer spell a table: take them off ALLOWED"


@pytest.mark.parametrize(("source", "caught"), [
    ('KINDS = {"collective": "先进集体", "individual": "先进个人"}', True),
    ('ORDER = ("collective", "special", "individual", "case")', True),
    ('FORMS = (("collective", "先进集体"), ("special", "专项"))', True),
    ('for k in ("special", "case"):\n    pass', True),
    ('x = [k for k in ["individual", "case"]]', True),
    ('TITLE = "联盟工作先进个人推荐表"', True),
    ('HINT = f"请填写附件1-4"', True),
    ('HINT = "见附件 1-2"', True),
    ('ok = kind in ("individual", "case")', False),
    ('def f():\n    """附件 1-1 in a docstring is documentation."""', False),
    ('ONE = {"collective": 1}', False),
    ('TEXT = "填写《推荐对象汇总表》"', False),
])
def test_the_detector_catches_tables_and_titles_not_conditions(source: str, caught: bool) -> None:
    assert bool(spellings(source)) is caught


def test_the_awards_are_the_notices_in_its_order() -> None:
    # 「授予“联盟工作先进集体”“联盟专项工作先进集体”称号 … “联盟工作先进个人”称号 … “联盟优秀服务案例”证书」
    assert [a.name for a in awards.AWARDS] == ["联盟工作先进集体", "联盟专项工作先进集体",
                                               "联盟工作先进个人", "联盟优秀服务案例"]
    assert awards.AWARD_ORDER == ("collective", "special", "individual", "case")
    assert [a.measure for a in awards.AWARDS] == ["个", "个", "名", "个"]
    assert set(awards.AWARD_ORDER) == set(NOMINATION_MODELS)


def test_forms_are_spelled_as_the_notice_heads_them() -> None:
    # 「附件：1-1《联盟工作先进集体推荐表》 1-2《联盟工作先进个人推荐表》 1-3《推荐对象汇总表》
    #  1-4《联盟专项工作先进集体推荐表》」, each form headed 「附件 1-1:」.
    assert [(f.number, f.title) for f in awards.FORMS] == [
        ("1-1", "联盟工作先进集体推荐表"), ("1-2", "联盟工作先进个人推荐表"),
        ("1-3", "推荐对象汇总表"), ("1-4", "联盟专项工作先进集体推荐表")]
    assert awards.award("special").title == "联盟专项工作先进集体推荐表（附件 1-4）"
    assert awards.award("case").title == "联盟优秀服务案例"
    assert awards.SUMMARY_FORM.label == "附件 1-3"


def test_channels_agree_with_the_eligibility_rule() -> None:
    """「附件1-4为联盟工作组推荐填写」: only working groups nominate special-project collectives."""
    for source, allowed in SOURCE_AWARDS.items():
        assert {a.type for a in awards.of_channel(source)} == allowed, source
    assert awards.award("special").channels == ("group",)


def test_public_fields_exist_and_leave_personal_data_out() -> None:
    for award in awards.AWARDS:
        model = NOMINATION_MODELS[award.type]
        assert set(award.public_fields) <= set(model.model_fields), award.type
        assert PUBLIC_FIELDS[award.type] == award.public_fields
    people = awards.award("individual").public_fields
    assert not {"gender", "age", "education", "personal_phone", "phone"} & set(people)


def test_counting_groups_awards_by_what_a_nomination_is() -> None:
    assert awards.counting("unit") == ("collective", "special")
    assert awards.counting("person") == ("individual",)
    with pytest.raises(KeyError):
        awards.award("summary")
