"""A closed year's seal (submissions/<year>/closed.yaml): what honors close recorded of its files.

「联盟工作委员会…最终确定拟表彰名单」, then 「经公示」 the decision is published: once the office
closed a year (honors close), the campaign.yaml, decisions.yaml and nominations it was decided on are
the record. honors close writes submissions/<year>/closed.yaml with each file's SHA-256; from then on
a file changed, added or removed in that folder is an error naming the file, unless the office
recorded a correction with its reason (honors close --correct), which the site's changelog shows.
check/sealed.py reports D013 from it; authoring/closing.py writes it. The digests are of the files' bytes (line ends folded), so the check works without git history.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from generator.load.campaign import SEAL_FILE

DOCUMENTS = "表格摘要"


@dataclass(frozen=True)
class Correction:
    on: date
    file: str  # relative to the year's folder
    reason: str


@dataclass
class Seal:
    """What closed.yaml records: the day the year closed, each file's digest, the corrections."""

    year: int
    closed_on: date
    digests: dict[str, str] = field(default_factory=dict)
    corrections: list[Correction] = field(default_factory=list)
    # §5: each generated document's SHA-256 (honors forms, PDFs apart), for honors forms --verify.
    documents: dict[str, str] = field(default_factory=dict)


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes with CRLF folded to LF (a checkout's line ends do not count)."""
    return hashlib.sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def sealed_files(folder: Path) -> list[str]:
    """Every file of a year's folder the seal covers (posix, relative to the folder), sorted."""
    found = []
    for path in folder.rglob("*"):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or rel.as_posix() == SEAL_FILE:
            continue
        if path.is_file() and not path.is_symlink():
            found.append(rel.as_posix())
    return sorted(found)


def read_seal(path: Path) -> Seal | None:
    """The seal in closed.yaml; None when it is missing; ValueError when it cannot be read."""
    if not path.is_file():
        return None
    try:
        data: Any = YAML(typ="safe").load(path.read_text(encoding="utf-8-sig"))
        files = data["文件"] or {}
        corrections = [Correction(c["日期"], str(c["文件"]), str(c["理由"])) for c in data.get("更正") or []]
        documents = {str(k): str(v) for k, v in (data.get(DOCUMENTS) or {}).items()}
        seal = Seal(int(data["年度"]), data["结束日期"], {str(k): str(v) for k, v in files.items()}, corrections,
                    documents)
    except (OSError, UnicodeDecodeError, YAMLError, KeyError, TypeError, ValueError, AttributeError) as err:
        raise ValueError(str(err)) from err
    if not isinstance(seal.closed_on, date) or any(not isinstance(c.on, date) for c in corrections):
        raise ValueError("日期")
    return seal


def seal_text(seal: Seal) -> str:
    """closed.yaml's text: fixed order, one line per file, the corrections last."""
    lines = [
        f"# {seal.year} 年度评选结束时由 honors close 记下的本年度各文件摘要（SHA-256），请勿手工修改。",
        "# 本年度的推荐材料、评选方案和表彰名单已经公布，不能再改；确需更正时由联盟办运行",
        f"#   honors close --year {seal.year} --correct <文件> --reason <理由>",
        "# 记下更正及其理由（网站本年度的更新记录会显示）。",
        f"年度: {seal.year}",
        f"结束日期: {seal.closed_on.isoformat()}",
        "文件:",
        *(f"  {rel}: {value}" for rel, value in sorted(seal.digests.items())),
    ]
    if seal.documents:
        lines.append(f"{DOCUMENTS}:  # honors forms 生成的各文件（PDF 除外）；honors forms --year {seal.year} --verify 核对")
        lines += [f"  {json.dumps(rel, ensure_ascii=False)}: {value}" for rel, value in sorted(seal.documents.items())]
    if seal.corrections:
        lines.append("更正:")
        for c in seal.corrections:
            reason = c.reason.replace("\\", "\\\\").replace('"', '\\"')
            lines += [f"  - 日期: {c.on.isoformat()}", f"    文件: {c.file}", f'    理由: "{reason}"']
    return "\n".join(lines) + "\n"


_LABELS = {"campaign.yaml": "评选方案", "decisions.yaml": "表彰名单", "registry.yaml": "联盟名录"}


def corrections_of(folder: Path) -> list[tuple[str, str, str]]:
    """A closed year's recorded corrections for its public changelog: (date, what, reason), the
    file named by its kind only (a nomination's file name may carry a person's name)."""
    try:
        seal = read_seal(folder / SEAL_FILE)
    except ValueError:
        return []  # honors validate reports it (D013); the build stops there
    if seal is None:
        return []
    return [(c.on.isoformat(), _LABELS.get(c.file, "推荐材料"), c.reason) for c in seal.corrections]
