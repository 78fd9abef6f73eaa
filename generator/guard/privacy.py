"""Scan a built site for private values derived from the data (age, gender, education, phones,
and who raised an objection during the 公示).

A value alone proves nothing ("35" and "女" are everywhere), so what is searched is specific:

- every phone number of the data, in any spelling of its digits (029-8542 1979, 02985421979);
- a person's age as "36岁" / "年龄: 36" within WINDOW characters of the name, or as a table cell
  in the name's row;
- a person's gender as "性别: 女", "王岚（女）", or a table cell in the name's row;
- a person's education as "学历: 硕士研究生" near the name, or a table cell in the name's row;
- an objector's name and phone (private/<year>/objections.yaml), anywhere.

A pattern the submitter wrote into the person's own public text (e.g. "36岁那年" in the deeds)
is not counted: the scan looks for what the system leaks, not for what a person chose to say.
Reports name the file, the kind of value and the nomination, never the value itself.
"""

from __future__ import annotations

import gzip
import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.core.findings import Finding
from generator.forms.imagetext import png_texts
from generator.load.records import Repository
from generator.models import CitySummary, Individual
from generator.rules.publictext import findings_for

WINDOW = 60  # characters between a name and a value that still read as "about this person"
ROW_CHARS = 300  # how far along a table row a cell still belongs to the name's row
CELL = "\x1f"  # an HTML tag, once stripped
ROW = "\n"  # the end of a table row or block
BLOCK_END = re.compile(r"</(tr|p|li|div|h[1-6]|section|article|table|dd|dt)\s*>|<br\s*/?>", re.I)
TAG = re.compile(r"<[^>]*>")
TEXT_SUFFIXES = {".html", ".htm", ".xml", ".json", ".js", ".css", ".txt", ".csv", ".svg", ".md", ".map"}
PUBLIC_TEXT = ("deeds", "achievements", "body", "summary", "department", "position", "title")


@dataclass(frozen=True)
class Secret:
    """One private value, as a pattern specific enough to mean a leak when found."""

    kind: str  # 年龄 | 性别 | 学历 | 电话
    owner: str  # the repo-relative file the value comes from
    pattern: re.Pattern[str]
    probe: str  # a literal every match contains (in the digits-only text for phones): a fast pre-check
    digits: bool = False


@dataclass(frozen=True, order=True)
class Leak:
    file: str  # relative to the site folder
    kind: str
    owner: str


SEPARATORS = re.compile(r"[\s\-.–—()（）]")


def _phone(kind: str, owner: str, phone: str) -> Secret:
    """The phone's digits with any separators (or none) between them."""
    digits = [d for d in phone if d.isdigit()]
    pattern = re.compile(r"(?<!\d)" + r"[\s\-.–—()（）]{0,2}".join(digits) + r"(?!\d)")
    return Secret(kind, owner, pattern, "".join(digits), digits=True)


def _near(name: str, value: str) -> str:
    """name … value or value … name within WINDOW characters, not across a row end."""
    gap = rf"[^{ROW}]{{0,{WINDOW}}}?"
    return rf"(?:{name}{gap}{value}|{value}{gap}{name})"


def _in_row(name: str, cell: str) -> str:
    """cell is a whole table cell after name, in the same row."""
    return rf"{name}[^{ROW}]{{0,{ROW_CHARS}}}?{CELL}\s*{cell}\s*{CELL}"


def _person_secrets(owner: str, form: Individual) -> list[Secret]:
    name = re.escape(form.name)
    age = rf"(?<!\d){form.age}(?!\d)"
    gender = re.escape(form.gender)
    edu = re.escape(form.education)
    found = [
        Secret("年龄", owner, re.compile(
            _near(name, rf"{age}\s*周?岁") + "|" + _near(name, rf"年龄\W{{0,4}}{age}")
            + "|" + _in_row(name, age)
        ), form.name),
        Secret("性别", owner, re.compile(
            _near(name, rf"性别\W{{0,4}}{gender}") + "|" + rf"{name}\s*[（(]\s*{gender}"
            + "|" + _in_row(name, gender)
        ), form.name),
        Secret("学历", owner, re.compile(
            _near(name, rf"学历\W{{0,4}}{edu}") + "|" + _in_row(name, edu)
        ), form.name),
    ]
    if form.personal_phone:
        found.append(_phone("电话", owner, form.personal_phone))
    own_text = "\n".join(str(getattr(form, f, "") or "") for f in PUBLIC_TEXT)
    return [s for s in found if not s.pattern.search(own_text)]


OBJECTOR_NAME = re.compile(r"^[^（(，,\s]{2,}")
PHONE_DIGITS = re.compile(r"\d[\d\s\-]{5,}\d")


def _objector_secrets(owner: str, objector: str) -> list[Secret]:
    """An objector's identity (private/<year>/objections.yaml): their name and any phone number."""
    found = []
    name = OBJECTOR_NAME.match(objector)
    if name:
        found.append(Secret("异议人", owner, re.compile(re.escape(name.group())), name.group()))
    for phone in PHONE_DIGITS.findall(objector):
        found.append(_phone("异议人电话", owner, phone))
    return found


def private_values(repo: Repository) -> list[Secret]:
    """Every private value of every campaign, as search patterns; the objectors too."""
    secrets: list[Secret] = []
    for campaign in repo.campaigns:
        if campaign.objections is not None and campaign.objections_path is not None:
            for objection in campaign.objections.objections:
                secrets.extend(_objector_secrets(campaign.objections_path, objection.objector))
        for n in campaign.nominations:
            if isinstance(n.form, Individual):
                secrets.extend(_person_secrets(n.path, n.form))
            else:
                phone = getattr(n.form, "phone", None)
                if phone:
                    secrets.append(_phone("电话", n.path, phone))
        for code, summary in campaign.summaries.items():
            if isinstance(summary, CitySummary):
                owner = campaign.summary_paths.get(code, campaign.folder)
                secrets.append(_phone("电话", owner, summary.phone))
    return secrets


def public_text_warnings(repo: Repository) -> list[Finding]:
    """Numbers the submitters wrote into public text (E016): not a leak of the system, which the scan
    above leaves out, but text the site publishes and the office can have changed."""
    return [f for c in repo.campaigns for n in c.nominations for f in findings_for(n)]


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


def _flatten(markup: str) -> str:
    """Tags become cell marks and block ends become row ends; entities are decoded."""
    text = BLOCK_END.sub(ROW, markup)
    return html.unescape(TAG.sub(CELL, text))


def readable_views(path: Path) -> list[str]:
    """The texts a visitor (or a crawler) can read from one file; [] for binary files."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError):
            return []
        path = path.with_suffix("")
    if path.suffix.lower() not in TEXT_SUFFIXES:
        return []
    text = data.decode("utf-8", errors="replace")
    views = [html.unescape(text), _flatten(text)]
    if path.suffix.lower() == ".json":
        try:
            decoded = "\n".join(_strings(json.loads(text)))
        except ValueError:
            decoded = ""
        views += [decoded, _flatten(decoded)]
    return views


def scan_site(site: Path, secrets: list[Secret]) -> list[Leak]:
    """Every (file, kind, owner) where a private value shows in the built site."""
    leaks: set[Leak] = set()
    names = _any_of(s.probe for s in secrets if not s.digits)
    numbers = _any_of(s.probe for s in secrets if s.digits)
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = path.relative_to(site).as_posix()
        for view in readable_views(path):
            # One pass per view finds the probes present; only their patterns run.
            present = set(names.findall(view)) | set(numbers.findall(SEPARATORS.sub("", view)))
            for secret in secrets:
                if secret.probe in present and secret.pattern.search(view):
                    leaks.add(Leak(rel, secret.kind, secret.owner))
    leaks.update(scan_images(site, secrets))
    return sorted(leaks)


IMG_TAG = re.compile(r"<img\b[^>]*>", re.I)
IMG_TEXT_ATTR = re.compile(r"""\b(alt|title|aria-label)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


def image_views(path: Path) -> list[str]:
    """What a file says about its pictures: the alt text (and title) of every <img> of a page,
    and the text a PNG carries inside (generator/forms/imagetext.py: the forms' previews)."""
    suffix = path.suffix.lower()
    if suffix == ".png":
        # A picture's text comes one cell a line; a form's row reads as one line of it.
        return [v for t in png_texts(path.read_bytes()) for v in (t, SEPARATORS.sub(" ", t))]
    if suffix not in (".html", ".htm"):
        return []
    texts = [html.unescape(m[2] if m[2] is not None else m[3])
             for tag in IMG_TAG.findall(path.read_text(encoding="utf-8", errors="replace"))
             for m in IMG_TEXT_ATTR.finditer(tag)]
    return [ROW.join(texts)] if texts else []


def scan_images(site: Path, secrets: list[Secret]) -> list[Leak]:
    """Private values in the pictures' alt texts and in the text the PNGs carry."""
    leaks: set[Leak] = set()
    for path in sorted(p for p in site.rglob("*") if p.suffix.lower() in (".png", ".html", ".htm")):
        for view in image_views(path):
            digits = SEPARATORS.sub("", view)
            for secret in secrets:
                if secret.probe in (digits if secret.digits else view) and secret.pattern.search(view):
                    leaks.add(Leak(path.relative_to(site).as_posix(), secret.kind, secret.owner))
    return sorted(leaks)


def _any_of(literals: Iterable[str]) -> re.Pattern[str]:
    """Longest first, so a name that contains another is found as itself."""
    unique = sorted(set(literals), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, unique)) or r"(?!)")
