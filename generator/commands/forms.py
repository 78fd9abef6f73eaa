"""`honors forms`: the filled official forms, the workbook and the roll CSV; the review sheet, and
by the year's stage the 公示 notice, the 表彰决定, the certificates and the plaque list."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from generator.check.validate import validate_repository
from generator.commands._arguments import add_root
from generator.core.errors import UserError
from generator.core.workspace import find_root
from generator.load.campaign import SEAL_FILE
from generator.models.awards import FORMS

if TYPE_CHECKING:
    from generator.forms import Scope
    from generator.load.records import Campaign, Repository

CERTIFICATES = "证书"
NO_PDF = "证书只生成了 Word 文件（--no-pdf）；需要 PDF 时去掉 --no-pdf 重新运行，或用 Word 另存为 PDF。"
NO_LIBREOFFICE = "没有找到 LibreOffice，证书只生成了 Word 文件；安装 LibreOffice 后重新运行可同时得到 PDF。"
PRIVACY_NOTE = "注意：这些文件含个人信息（年龄、学历、电话等），仅供联盟办内部使用，请勿公开或提交到仓库。"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "forms",
        help="生成正式表格、审议评分表、会议材料，以及按阶段生成会议纪要、公示通知、表彰决定、证书和奖牌清单",
        description=f"按推荐材料填好{FORMS[0].label} 至 {FORMS[-1].number}（.docx，可直接打印盖章），并生成推荐汇总.xlsx、"
        "表彰名单.csv、工作组会议的审议评分表.xlsx 和会议材料.docx（议程、回避名单）；记有会议时生成"
        "会议纪要，有拟表彰名单时生成公示通知，已表彰时再生成表彰决定、证书（Word 和 PDF，印有编号）"
        "和奖牌清单。默认生成最新年度的全部文件，写入 output/ 文件夹。",
    )
    p.add_argument("--year", metavar="年度", help="评选年度，如 2024（默认最新）")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--city", metavar="城市", help="只生成一个市的表格，如 xian 或 西安市")
    scope.add_argument("--group", metavar="工作组", help="只生成一个工作组的表格，如 reading")
    p.add_argument("--out", type=Path, default=None, metavar="文件夹",
                   help="输出文件夹（默认为仓库下的 output/）")
    p.add_argument("--no-pdf", action="store_true",
                   help="证书只生成 Word 文件，不转换为 PDF（未安装 LibreOffice 时自动如此）")
    p.add_argument("--verify", action="store_true",
                   help="重新生成已结束年度的表格（不写入输出文件夹），与结束评选时记在 closed.yaml 的摘要逐份核对")
    add_root(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: every honors command (validate in pre-commit) would pay for docx/openpyxl.
    from generator.assessment.campaign import assess, previous_campaign
    from generator.forms import generate
    from generator.forms.convert import soffice
    from generator.forms.select import output_folder, pick_campaign, pick_scope, refuse_errors
    from generator.forms.stages import documents_due

    root = find_root(args.root)
    repo, result = validate_repository(root)
    if repo.registry is None:
        raise UserError("联盟名录无法读取，不能生成表格。", "请先运行 honors validate 查看问题。")
    campaign = pick_campaign(repo, args.year, result)
    refuse_errors(result, repo, campaign)
    if args.verify:
        return verify(root, repo, campaign)
    registry = campaign.registry or repo.registry  # a closed year prints with its frozen registry
    scope = pick_scope(registry, args.city, args.group)
    target = output_folder(root, args.out, campaign, scope)
    pdf = not args.no_pdf and soffice() is not None
    assessment = assess(root, campaign, previous_campaign(repo, campaign))
    written = generate(registry, campaign, scope, target, pdf=pdf, assessment=assessment)
    notes = documents_due(campaign).waiting if scope.kind == "campaign" else []
    if not pdf and any(p.parent.name == CERTIFICATES for p in written):
        notes.append(NO_PDF if args.no_pdf else NO_LIBREOFFICE)
    print(summary(campaign.year, scope, target, written, notes))
    if scope.kind == "campaign":
        print(next_step(campaign, documents_due(campaign).final))
    return 0


def verify(root: Path, repo: Repository, campaign: Campaign) -> int:
    """Regenerate a closed year's documents and compare them with its recorded 表格摘要."""
    from generator.forms.fingerprint import compare, document_digests, report_lines
    from generator.load.seal import read_seal

    seal_path = root / campaign.folder / SEAL_FILE
    try:
        seal = read_seal(seal_path)
    except ValueError as err:
        raise UserError(f"{campaign.folder}/{SEAL_FILE} 读不出来。", "请从主分支恢复这个文件。") from err
    if seal is None or not seal.documents:
        why = "还没有结束" if seal is None else "结束时没有记下表格摘要"
        raise UserError(f"{campaign.year} 年度{why}，没有可核对的表格摘要。",
                        f"已表彰的年度请运行 honors close --year {campaign.year}（结束评选并记下表格摘要）。")
    result = compare(seal.documents, document_digests(root, repo, campaign))
    print("\n".join(report_lines(campaign.year, result, len(seal.documents))))
    if result.same:
        return 0
    print(f"提示：表格由 {campaign.folder} 的文件和程序生成。若这些文件有改动，honors validate 会指出（D013）；"
          "若文件未改，多半是程序或其依赖的版本变了，请用结束评选时的版本重新生成后再核对。")
    return 1


def next_step(campaign: Campaign, final: bool) -> str:
    """The office's next step after this run, in the order of docs/office/forms.md's route:
    review → 公示 (拟表彰) → 表彰 (已表彰) → honors close."""
    folder, year = campaign.folder, campaign.year
    decisions = campaign.decisions
    if decisions is None:
        return (f"下一步：工作组会议用审议评分表审议后，把结果写入 {folder}/decisions.yaml（「状态」写「拟表彰」），"
                f"在 {folder}/campaign.yaml 中填写「公示」、把「阶段」改为「公示中」，"
                "运行 honors validate，再运行 honors forms 生成公示。")
    if not final:
        return (f"下一步：公示期满后，把 {folder}/decisions.yaml 的「状态」和 campaign.yaml 的「阶段」改为「已表彰」，"
                "填写文号和成文日期，运行 honors validate，再运行 honors forms 生成表彰决定和证书。")
    if campaign.frozen_registry_path is None:
        return (f"下一步：表彰决定印发后，运行 honors close --year {year} 结束本年度"
                "（冻结联盟名录、封存文件），再按它的提示提交并开始新年度。")
    return f"{year} 年度已结束（联盟名录已冻结），不需要再做什么。"


def _shown(path: Path) -> str:
    """Relative to the current folder when inside it, else the full path."""
    here = Path.cwd().resolve()
    return path.relative_to(here).as_posix() if path.is_relative_to(here) else str(path)


def summary(year: int, scope: Scope, target: Path, written: list[Path],
            notes: list[str] | None = None) -> str:
    """What was written and where, for the clerk; notes: what waits for a later stage."""
    what = {"campaign": "全部城市和工作组", "city": f"城市 {scope.code}",
            "group": f"工作组 {scope.code}"}[scope.kind]
    lines = [f"已生成 {year} 年度的表格（{what}），共 {len(written)} 个文件，保存在 {_shown(target)}："]
    lines += sorted(f"  {p.relative_to(target).as_posix()}" for p in written)
    if scope.kind != "campaign":
        lines.append("推荐汇总.xlsx、表彰名单.csv、审议评分表和表彰材料只在生成全年度表格"
                     "（不加 --city、--group）时输出。")
    lines += notes or []
    lines.append("优秀服务案例没有推荐表，列在推荐汇总.xlsx 的「全部推荐」工作表中。")
    lines.append(PRIVACY_NOTE)
    return "\n".join(lines)
