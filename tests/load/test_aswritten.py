"""What was accepted is what was written: YAML's type guessing never alters a text field.

A property over every text field of every nomination kind: an unquoted value YAML would read as
a number, a date or 是/否 (`2016.10`, `010`, `1e3`, `yes`, `2024-5-1`, `10:30` …) is either kept
exactly as written or refused with a finding — never turned into something else.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.load.aswritten import is_text
from generator.load.schemacheck import check_model
from generator.load.yamlload import load_text
from generator.models import NOMINATION_MODELS
from generator.models.monthdate import parse_month

ROOT = Path(__file__).resolve().parents[2]
BASES = {
    "collective": "submissions/2024/cities/xian/collective-bashui.yaml",
    "special": "submissions/2024/groups/digital/special-chanhe.yaml",
    "individual": "submissions/2024/cities/xian/individual-wang-lan.yaml",
    "case": "submissions/2024/groups/digital/case-one-stop-platform.yaml",
}
AWARD_KEY = "推荐奖项"
MONTH_FIELDS = {"加盟时间"}  # kept as a month: read from what was written, printed as 年月

# Plain scalars YAML 1.2 reads as something other than text.
GUESSED = st.one_of(
    st.from_regex(r"\A(19|20)[0-9]{2}\.(0?[1-9]|1[0-2])0?\Z"),  # 2016.10, 2016.1, 2016.010
    st.from_regex(r"\A0[0-9]{1,6}\Z"),  # 010, 02985420000
    st.from_regex(r"\A[1-9][0-9]{0,3}[eE][+-]?[0-9]{1,2}\Z"),  # 1e3, 5E+2
    st.from_regex(r"\A[+-]?[0-9]{1,5}(\.[0-9]{1,3})?\Z"),  # 8, -5, +7, 3.50
    st.from_regex(r"\A(19|20)[0-9]{2}-(0?[1-9]|1[0-2])-(0?[1-9]|1[0-9]|2[0-8])\Z"),  # 2024-5-1
    st.sampled_from(["yes", "no", "true", "false", "True", "FALSE", "on", "off", "10:30", "1:02:03",
                     "0x1F", "0o17", ".5", "1_000", ".inf", "-.inf", ".nan"]),
)


def text_fields(kind: str) -> list[str]:
    model = NOMINATION_MODELS[kind]
    return sorted(f.alias or n for n, f in model.model_fields.items()
                  if is_text(f.annotation) and (f.alias or n) != AWARD_KEY)


def with_value(text: str, key: str, value: str) -> str:
    """The file with key's value (block scalars included) replaced by the plain scalar value."""
    out, skipping, found = [], False, False
    for line in text.split("\n"):
        if skipping and (line.startswith((" ", "\t")) or not line.strip()):
            continue
        skipping = False
        if line.startswith(f"{key}:"):
            out.append(f"{key}: {value}")
            skipping, found = True, True
            continue
        out.append(line)
    if not found:
        out.append(f"{key}: {value}")
    return "\n".join(out) + "\n"


def test_yaml_does_guess_these() -> None:
    """The class of input this is about: YAML reads these plain scalars as something else."""
    doc = load_text("x.yaml", "a: 2016.10\nb: 010\nc: 1e3\nd: true\ne: 2024-05-01\n")
    assert doc.data == {"a": 2016.1, "b": 10, "c": 1000.0, "d": True, "e": date(2024, 5, 1)}


FIELDS = [(kind, key) for kind in BASES for key in text_fields(kind)]


def test_every_kind_has_text_fields() -> None:
    assert {kind for kind, _ in FIELDS} == set(BASES) == set(NOMINATION_MODELS)
    assert ("individual", "职务") in FIELDS and ("collective", "加盟时间") in FIELDS
    assert ("individual", "年龄") not in FIELDS and ("individual", "是否馆长") not in FIELDS


@pytest.mark.parametrize(("kind", "key"), FIELDS, ids=[f"{k}-{f}" for k, f in FIELDS])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=GUESSED)
def test_a_guessed_scalar_is_kept_as_written_or_refused(kind: str, key: str, value: str) -> None:
    base = (ROOT / BASES[kind]).read_text(encoding="utf-8")
    model = NOMINATION_MODELS[kind]
    doc = load_text("x.yaml", with_value(base, key, value))
    form, findings = check_model(doc, model)
    if form is None:
        assert findings  # refused, with a finding
        return
    name = next(n for n, f in model.model_fields.items() if (f.alias or n) == key)
    got = getattr(form, name)
    assert got == (parse_month(value) if key in MONTH_FIELDS else value), (key, value, got)
