"""Closing a year: freeze the registry as it stood into the year's folder.

「联盟工作委员会…最终确定拟表彰名单」: once a year's list is final (已表彰), its nominations, site and
forms must not change when the office edits the registry for the next campaign (a renamed library,
a new liaison, a member that left). `honors close` copies submissions/registry.yaml, comments
included, to submissions/<year>/registry.yaml; from then on that year is judged and shown with the
frozen copy, and only the office may change the year's folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from generator.core.atomic import write_text_atomically
from generator.core.errors import UserError
from generator.load.campaign import REGISTRY_FILE, SUBMISSIONS
from generator.load.records import Campaign

_FROZEN = re.compile(rf"^{SUBMISSIONS}/(\d{{4}})/{re.escape(REGISTRY_FILE)}$")


def closed_years(paths: Iterable[str]) -> list[int]:
    """The years closed by honors close, from repository paths (a checkout's or a commit's)."""
    return sorted({int(m[1]) for p in paths if (m := _FROZEN.match(p))})


def closed_years_on_disk(root: Path) -> list[int]:
    return closed_years(p.relative_to(root).as_posix() for p in root.glob(f"{SUBMISSIONS}/*/{REGISTRY_FILE}"))


_MODELINE = re.compile(r"^(# yaml-language-server: \$schema=)(\S*?)(schema/registry\.schema\.json)", re.M)


def frozen_text(registry_text: str, year: int, today: date) -> str:
    """The registry's text for the year's folder: the schema path one folder deeper, a header."""
    text = _MODELINE.sub(lambda m: f"{m[1]}../{m[2]}{m[3]}", registry_text, count=1)
    header = (f"# {year} 年度评选结束时冻结的联盟名录（{today:%Y-%m-%d} 由 honors close 写出）。\n"
              "# 此后修改 submissions/registry.yaml 不影响本年度；本文件只由联盟办修改。\n")
    lines = text.splitlines(keepends=True)
    at = 1 if lines and lines[0].startswith("# yaml-language-server:") else 0
    return "".join(lines[:at]) + header + "".join(lines[at:])


def close_year(root: Path, campaign: Campaign, today: date) -> Path:
    """Write the frozen registry of campaign; UserError when the year cannot be closed."""
    year = campaign.year
    if campaign.frozen_registry_path is not None:
        raise UserError(f"{year} 年度已经冻结了联盟名录（{campaign.frozen_registry_path}）。",
                        "如需更正冻结的名录，请联盟办直接修改该文件。")
    if campaign.decisions is None or campaign.decisions.status != "已表彰":
        raise UserError(f"{year} 年度的表彰名单还不是「已表彰」，不能结束评选。",
                        f"请先在 {campaign.folder}/decisions.yaml 中把「状态」改为「已表彰」，再运行本命令。")
    source = root / SUBMISSIONS / REGISTRY_FILE
    target = root / campaign.folder / REGISTRY_FILE
    text = frozen_text(source.read_text(encoding="utf-8-sig"), year, today)
    write_text_atomically(target, text)
    return target
