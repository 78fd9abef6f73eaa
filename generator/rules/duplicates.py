"""D001: the same person, case or library nominated twice; D011: a person or case honored before.

「推荐的先进集体和先进个人要事迹突出…做到好中选优」: each is put forward once; reported on every file
involved, so the one a pull request adds shows it. A person is one person across every channel
(city, group, office, 联络人表彰) however the unit is written: names compare by models.names.norm,
and a library is one library by its current name or a 曾用名 (the registry's).
One recommending unit's own list names a person once (form 1-3 prints the list): a possible same
person twice in it is an error; across two recommending units it is a warning for the meeting.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

from generator.core.findings import Finding, Result
from generator.load.records import Campaign, NominationRecord
from generator.models import (
    CampaignConfig,
    Collective,
    Individual,
    Registry,
    ServiceCase,
    SpecialCollective,
)
from generator.models.awards import SUMMARY_FORM
from generator.rules.context import Libraries, at, norm
from generator.rules.liaisons import is_liaison

NEAR = 0.9  # 「主要事迹」 this alike is the same text with a few words changed


def title_key(title: str) -> str:
    """A case title without punctuation or quotes: 「“书香”进万家」 and 「书香进万家」 are one case."""
    return "".join(c for c in norm(title) if unicodedata.category(c)[0] in "LN")


class Units:
    """A unit's comparison key: a library's 曾用名 and its current name are one library (the
    registry's look-up); a unit the registry lacks compares as written (E001 reports it)."""

    def __init__(self, registry: Registry) -> None:
        self.libs = Libraries.of(registry)

    def key(self, unit: str) -> str:
        return norm(self.libs.shown.get(norm(unit), unit))


def identity(n: NominationRecord, cfg: CampaignConfig, units: Units) -> tuple[str, ...]:
    """What makes two nominations the same one."""
    f = n.form
    if isinstance(f, Individual):
        return ("individual", norm(f.name), units.key(f.unit))
    if isinstance(f, Collective):
        return ("collective", units.key(f.unit))
    if isinstance(f, SpecialCollective):
        project = cfg.project(f.project)
        return ("special", units.key(f.unit), norm(project.name if project else f.project))
    assert isinstance(f, ServiceCase)
    # Two libraries may both run 「流动图书车进乡村」: a case is its unit and its title.
    return ("case", units.key(f.unit), title_key(f.title))


def near(a: str, b: str) -> bool:
    """Near-identical texts, compared without spaces, width or 繁简."""
    x, y = norm(a), norm(b)
    matcher = difflib.SequenceMatcher(None, x, y, autojunk=False)
    return matcher.real_quick_ratio() >= NEAR and matcher.quick_ratio() >= NEAR and matcher.ratio() >= NEAR


def same_person(a: Individual, b: Individual, units: Units) -> bool:
    """The same normalised name and the same unit, or the same 性别 and 年龄, or the same deeds."""
    if norm(a.name) != norm(b.name):
        return False
    if units.key(a.unit) == units.key(b.unit):
        return True
    return (a.gender, a.age) == (b.gender, b.age) or near(a.deeds, b.deeds)


WHAT = {"individual": "同一人（姓名和单位相同）", "collective": "同一单位的联盟工作先进集体",
        "special": "同一单位的同一专项", "case": "同一单位的同名案例"}
KEY = {"individual": "姓名", "collective": "单位", "special": "单位", "case": "案例名称"}


def check(registry: Registry, campaign: Campaign, earlier: Sequence[Campaign], result: Result) -> None:
    units = Units(registry)
    _same_nomination(campaign, units, result)
    _maybe_same_person(campaign, units, result)
    _selected_twice(registry, campaign, units, result)
    _honored_before(campaign, earlier, units, result)


def _same_nomination(campaign: Campaign, units: Units, result: Result) -> None:
    groups: dict[tuple[str, ...], list[NominationRecord]] = defaultdict(list)
    for n in campaign.nominations:
        groups[identity(n, campaign.config, units)].append(n)
    for key, items in groups.items():
        if len(items) < 2:
            continue
        for n in items:
            others = "、".join(o.path for o in items if o is not n)
            own = all(o.source == n.source for o in items)  # one recommending unit's own files
            result.add(at(
                n, (KEY[key[0]],), "D001", f"重复推荐：{WHAT[key[0]]}也在 {others} 中推荐。",
                "同一对象每年只推荐一次：请删去其中一个文件（单位以现用名称为准）。" if own
                else "同一对象每年只推荐一次：请与另一推荐单位协商，只保留其中一个文件。",
            ))


def _people(campaign: Campaign) -> dict[str, list[NominationRecord]]:
    by_name: dict[str, list[NominationRecord]] = defaultdict(list)
    for n in campaign.nominations:
        if isinstance(n.form, Individual):
            by_name[norm(n.form.name)].append(n)
    return by_name


def _form(n: NominationRecord) -> Individual:
    assert isinstance(n.form, Individual)
    return n.form


def _maybe_same_person(campaign: Campaign, units: Units, result: Result) -> None:
    """A namesake at another unit with the same 性别 and 年龄 or the same deeds (moved during the
    year, nominated by a city and by a group): a warning, for people to look at; the same unit
    is the error above. Both in one recommending unit's own list: an error, since that list
    (form 1-3 for a city) would name the person twice."""
    for items in _people(campaign).values():
        for n in items:
            me = _form(n)
            others = [o for o in items if o is not n and units.key(_form(o).unit) != units.key(me.unit)
                      and same_person(me, _form(o), units)]
            own = [o for o in others if o.source == n.source]
            if own:
                result.add(_own_list(n, own))
            elsewhere = [o for o in others if o.source != n.source]
            if elsewhere:
                where = "、".join(f"{o.path}（{_form(o).unit}，{_why(me, _form(o))}）" for o in elsewhere)
                result.add(at(
                    n, ("姓名",), "D001", f"可能是同一人：「{me.name}」（{me.unit}）也在 {where}中推荐。",
                    "同一人每年只推荐一次：如确是同一人，请与另一推荐单位协商只保留一个文件；"
                    "如是同名的两个人，可忽略此警告。",
                    "warning",
                ))


def _own_list(n: NominationRecord, own: list[NominationRecord]) -> Finding:
    """The same person twice in one recommending unit's list: the list would name them twice."""
    me = _form(n)
    where = "、".join(f"{o.path}（{_form(o).unit}，{_why(me, _form(o))}）" for o in own)
    listed = (f"本市{SUMMARY_FORM.label}《{SUMMARY_FORM.title}》会把此人列两次" if n.source.kind == "city"
              else "本单位的推荐名单会把此人列两次")
    return at(
        n, ("姓名",), "D001",
        f"同一推荐单位两次推荐了可能是同一人的「{me.name}」（{me.unit}）：也在 {where}中推荐，{listed}。",
        "同一人只推荐一次：如确是同一人，请删去其中一个文件（单位以现用名称为准）；"
        "如确是同名的两个人，请在「单位」里写明各自的全称并核对性别、年龄。",
    )


def _why(a: Individual, b: Individual) -> str:
    return "性别、年龄相同" if (a.gender, a.age) == (b.gender, b.age) else "主要事迹几乎相同"


def _selected_twice(registry: Registry, campaign: Campaign, units: Units, result: Result) -> None:
    """Both passed: one person honored twice, an error on the decisions file."""
    decisions = campaign.decisions
    if decisions is None:
        return
    assert campaign.decisions_path is not None  # set with the decisions it locates
    seen: list[NominationRecord] = []
    chosen = {id(e) for e in decisions.passed()}
    for i, entry in enumerate(decisions.entries):
        n = campaign.by_rel(entry.nomination)
        if id(entry) not in chosen or n is None or not isinstance(n.form, Individual):
            continue
        first = next((o for o in seen if o.rel != n.rel and same_person(_form(o), n.form, units)), None)
        seen.append(n)
        if first is not None:
            _on_decisions(campaign, ("表彰名单", i, "推荐材料"),
                          f"「{n.form.name}」（{n.rel}）与「{_form(first).name}」（{first.rel}）可能是同一人，"
                          "同一人只能表彰一次。", result)
    for i, honor in enumerate(decisions.liaisons):
        city = registry.city(honor.city)
        if not honor.passed or city is None:
            continue  # D005 reports an unknown city
        same = next((o for o in seen if norm(_form(o).name) == norm(honor.name)
                     and units.key(_form(o).unit) == units.key(city.committee_library)
                     and not (is_liaison(o, registry) and o.source.code == city.code)), None)
        if same is not None:  # the city's own liaison nomination is D006's
            _on_decisions(campaign, ("联络人表彰", i, "姓名"),
                          f"联络人「{honor.name}」已作为先进个人列入表彰名单（{same.rel}），同一人只能表彰一次。",
                          result)


def _on_decisions(campaign: Campaign, key: tuple[str | int, ...], message: str, result: Result) -> None:
    assert campaign.decisions_path is not None and campaign.decisions_doc is not None
    line, col = campaign.decisions_doc.where(key)
    result.add(Finding(campaign.decisions_path, line, col, "D001", "error", message,
                       "请从表彰名单中删去其中一项，或写「结论: 不通过」。"))


def _honored_before(campaign: Campaign, earlier: Sequence[Campaign], units: Units, result: Result) -> None:
    """D011: honored in an earlier closed year for near-identical deeds. The notice forbids no
    second honor, so the meeting is told, no more."""
    # Only a person of the same name, or a case of the same unit, can have the same deeds:
    # this year's nominations by that key, so an archive of many years is not compared pairwise.
    by_key: dict[tuple[str, str], list[tuple[NominationRecord, str]]] = defaultdict(list)
    for n in campaign.nominations:
        if (deeds := _deeds(n, units)) is not None:
            by_key[deeds[0]].append((n, deeds[1]))
    for past in earlier:
        assert past.decisions is not None  # the caller passes closed years only
        for e in past.decisions.passed():
            old = past.by_rel(e.nomination)
            if old is None or (deeds := _deeds(old, units)) is None:
                continue
            for n, text in by_key.get(deeds[0], ()):
                if near(deeds[1], text):
                    result.add(at(
                        n, (KEY[n.award],), "D011",
                        f"与 {past.year} 年度已表彰的 {old.path} 内容几乎相同：同一{_what(n)}以相同的事迹再次参评。",
                        "评审会将据此审议；请写明本年度（考核期内）的新工作和新成绩。",
                        "warning",
                    ))


def _deeds(n: NominationRecord, units: Units) -> tuple[tuple[str, str], str] | None:
    """Who or what the deeds are of (a person's name, a case's unit as the registry knows it,
    former names included), and the deeds: two records can only have the same deeds when the
    first part is equal."""
    if isinstance(n.form, Individual):
        return ("individual", norm(n.form.name)), n.form.deeds
    if isinstance(n.form, ServiceCase):
        return ("case", units.key(n.form.unit)), n.form.body
    return None


def _what(n: NominationRecord) -> str:
    return "人" if n.award == "individual" else "案例"
