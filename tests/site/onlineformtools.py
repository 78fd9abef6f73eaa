"""The online form's file, written in Python: `honors new`'s template filled in line by line.

The browser writes the same file from the same template (webform/src/yamlout.js); the tests
compare the two, so the page cannot drift from the command. The rule for a short text: plain
when YAML 1.2 (ruamel, the validator's reader) and 1.1 (PyYAML) both read it back unchanged,
else double-quoted; phones always quoted; days (YYYY-MM-DD) plain, as YAML dates; `|-` blocks where the template has them.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML

from generator.models import FILE_MODELS
from generator.site.onlineform import field_kind

KEY_LINE = re.compile(r"^([^\s#:][^:]*):(?: .*)?$")
_RUAMEL = YAML(typ="safe", pure=True)


def _reads_back(text: str) -> bool:
    source = f"k: {text}\n"
    try:
        loaded = [_RUAMEL.load(io.StringIO(source)), pyyaml.safe_load(source)]
    except Exception:  # any parse error means the text needs quotes
        return False
    return all(isinstance(d, dict) and d == {"k": text} for d in loaded)


def _iso_day(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def scalar(text: str) -> str:
    if text != text.strip() or "\n" in text or not _reads_back(text):
        return json.dumps(text, ensure_ascii=False)
    return text


def render(label: str, kind: str, block: bool, value: Any) -> list[str]:
    if kind == "ints":
        return [f"{label}: [{', '.join(str(n) for n in sorted(value))}]"]
    if kind == "phone":
        return [f"{label}: {json.dumps(value, ensure_ascii=False)}"]
    if kind in ("int", "yesno") or (kind == "date" and _iso_day(value)):
        return [f"{label}: {value}"]
    if block:
        return [f"{label}: |-", *(f"  {line}" if line else "" for line in value.split("\n"))]
    return [f"{label}: {scalar(value)}"]


def fill_template(template: str, kind: str, values: dict[str, Any]) -> str:
    """The template with values (as the form holds them: text, numbers, 是/否) filled in."""
    kinds = {info.alias or name: field_kind(info) for name, info in FILE_MODELS[kind].model_fields.items()}
    blocks = {m[1] for line in template.split("\n") if (m := KEY_LINE.match(line)) and line.endswith(": |-")}
    lines = template.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = KEY_LINE.match(lines[i])
        if not m or m[1] not in values:
            out.append(lines[i])
            i += 1
            continue
        label = m[1]
        value = values[label]
        if isinstance(value, str):
            value = value.replace("\r\n", "\n").strip()
        out.extend(render(label, kinds[label], label in blocks, value))
        i += 1
        while i < len(lines) and lines[i][:1] in (" ", "\t"):
            i += 1
    return "\n".join(out)
