"""What one run writes: every file's place in the output folder and how to write it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from generator.forms.certificates import certificate, certified
from generator.forms.context import FORM_NUMBERS, SUMMARY_NUMBER, FormContext
from generator.forms.convert import soffice, to_pdfs
from generator.forms.decision import decision_document
from generator.forms.labels import display_name
from generator.forms.meeting import meeting_papers, minutes
from generator.forms.nomination_forms import BUILDERS
from generator.forms.notice import publicity_notice
from generator.forms.plaques import build_plaques
from generator.forms.review import build_review
from generator.forms.roll import Honor, honors, public_rows, roll_csv
from generator.forms.stages import documents_due
from generator.forms.summary import CityLists, all_city_lists, city_lists
from generator.forms.summary_form import summary_form
from generator.forms.text import file_name
from generator.forms.workbook import build_workbook
from generator.load.records import NominationRecord, Source

WORKBOOK_NAME = "推荐汇总.xlsx"
ROLL_NAME = "表彰名单.csv"
REVIEW_NAME = "审议评分表.xlsx"
NOTICE_NAME = "拟表彰名单公示.docx"
DECISION_NAME = "表彰决定.docx"
PLAQUES_NAME = "奖牌清单.xlsx"
PAPERS_NAME = "会议材料.docx"
MINUTES_NAME = "会议纪要.docx"
CERTIFICATE_FOLDER = PurePosixPath("证书")


@dataclass(frozen=True)
class Scope:
    """The whole campaign, one city's folder, or one working group's folder."""

    kind: Literal["campaign", "city", "group"]
    code: str = ""

    def folder(self) -> PurePosixPath:
        """Where this scope's files go, under the campaign's output folder."""
        if self.kind == "city":
            return PurePosixPath(self.code)
        if self.kind == "group":
            return PurePosixPath("groups", self.code)
        return PurePosixPath()

    def covers(self, source: Source) -> bool:
        return self.kind == "campaign" or (self.kind, self.code) == (source.kind, source.code)


@dataclass(frozen=True)
class Output:
    rel: PurePosixPath  # relative to the scope's folder: a file, or a folder written before
    write: Callable[[Path], object]


def source_folder(source: Source) -> PurePosixPath:
    """A nomination's folder in the output: xian/, groups/reading/, office/."""
    if source.kind == "group":
        return PurePosixPath("groups", source.code)
    return PurePosixPath(source.code)


def _nomination_outputs(ctx: FormContext, scope: Scope) -> list[Output]:
    outputs, taken = [], set()
    for record in ctx.campaign.nominations:
        if record.award not in BUILDERS or not scope.covers(record.source):
            continue
        folder = source_folder(record.source).relative_to(scope.folder())
        stem = f"{FORM_NUMBERS[record.award]}_{file_name(display_name(record))}"
        rel = folder / f"{stem}.docx"
        if rel.as_posix().casefold() in taken:  # two forms for one library or namesakes
            rel = folder / f"{stem}_{record.slug}.docx"
        taken.add(rel.as_posix().casefold())
        outputs.append(Output(rel, _docx_writer(ctx, record)))
    return outputs


def _docx_writer(ctx: FormContext, record: NominationRecord) -> Callable[[Path], object]:
    return lambda path: BUILDERS[record.award](ctx, record).save(str(path))


def _summary_output(ctx: FormContext, lists: CityLists, scope: Scope) -> Output:
    folder = PurePosixPath(lists.city.code).relative_to(scope.folder())
    rel = folder / f"{SUMMARY_NUMBER}_汇总表_{file_name(lists.city.name)}.docx"
    return Output(rel, lambda path: summary_form(ctx, lists).save(str(path)))


def _certificate_outputs(ctx: FormContext, pdf: bool) -> list[Output]:
    """One .docx per honoree, numbered in the list's order; then all of them to PDF at once."""
    chosen = certified(honors(ctx.registry, ctx.campaign))
    digits = max(2, len(str(len(chosen))))
    outputs = []
    for index, honor in enumerate(chosen, start=1):
        name = file_name(f"{index:0{digits}d}_{honor.award}_{honor.name}")
        outputs.append(Output(CERTIFICATE_FOLDER / f"{name}.docx", _certificate_writer(ctx, honor)))
    if pdf and outputs and soffice() is not None:
        outputs.append(Output(CERTIFICATE_FOLDER, _pdfs_of))
    return outputs


def _certificate_writer(ctx: FormContext, honor: Honor) -> Callable[[Path], object]:
    return lambda path: certificate(ctx, honor).save(str(path))


def _pdfs_of(folder: Path) -> list[Path]:
    return to_pdfs(sorted(folder.glob("*.docx")), folder)


def after_decision(ctx: FormContext, *, pdf: bool = True) -> list[Output]:
    """The review sheet and the meeting's papers always; the minutes once the meeting is recorded;
    the 公示 notice, the decision, certificates and plaques by stage."""
    due = documents_due(ctx.campaign)
    outputs = [Output(PurePosixPath(REVIEW_NAME), lambda path: build_review(ctx).save(path)),
               Output(PurePosixPath(PAPERS_NAME), lambda path: meeting_papers(ctx).save(str(path)))]
    decisions = ctx.campaign.decisions
    if decisions is not None and decisions.meeting is not None:
        outputs.append(Output(PurePosixPath(MINUTES_NAME), lambda path: minutes(ctx).save(str(path))))
    if due.notice:
        outputs.append(Output(PurePosixPath(NOTICE_NAME),
                              lambda path: publicity_notice(ctx).save(str(path))))
    if due.final:
        outputs.append(Output(PurePosixPath(DECISION_NAME),
                              lambda path: decision_document(ctx).save(str(path))))
        outputs.append(Output(PurePosixPath(PLAQUES_NAME), lambda path: build_plaques(ctx).save(path)))
        outputs += _certificate_outputs(ctx, pdf)
    return outputs


def plan(ctx: FormContext, scope: Scope, *, pdf: bool = True) -> list[Output]:
    """Every file of the run, in a stable order; pdf: certificates also as PDF (LibreOffice)."""
    outputs = _nomination_outputs(ctx, scope)
    registry, campaign = ctx.registry, ctx.campaign
    if scope.kind == "city":
        city = registry.city(scope.code)
        if city is not None:
            outputs.append(_summary_output(ctx, city_lists(registry, campaign, city), scope))
        return outputs
    if scope.kind == "group":
        return outputs
    cities = all_city_lists(registry, campaign)
    outputs += [_summary_output(ctx, lists, scope) for lists in cities]
    outputs.append(Output(PurePosixPath(WORKBOOK_NAME),
                          lambda path: build_workbook(registry, campaign, cities).save(path)))
    rows = public_rows(registry, campaign)
    if rows:
        outputs.append(Output(PurePosixPath(ROLL_NAME),
                              lambda path: path.write_bytes(roll_csv(rows))))
    return outputs + after_decision(ctx, pdf=pdf)
