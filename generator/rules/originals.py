"""Rule E020: the office's record of stamped paper originals (campaign.yaml 「纸质原件」).

The notice's forms carry 「（盖章）」 (附件1-1, 1-2, 1-4) and 「推荐单位（章）」 (附件1-3), and
「填写《推荐对象汇总表》及正式推荐意见、拟推荐单位和个人《推荐表》于4月8日前报送联盟办公室」: the
paper route is the office recording, per nominating folder, which stamped forms arrived and when.
A record that names no folder of the year, a file that is not in it, or a day before the notice
was published cannot be true, and `honors stamped` would show a nomination as covered wrongly.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from generator.core.findings import Finding, Result
from generator.load.records import Campaign

FOLDER = re.compile(r"^(?:(?:cities|groups)/[^/]+|office)$")


def clean(folder: str) -> str:
    """A folder as the office may write it (./cities/xian/, cities\\xian) in one spelling."""
    return folder.strip().replace("\\", "/").removeprefix("./").strip("/")


def folder_files(root: Path, campaign: Campaign, folder: str) -> list[str] | None:
    """The .yaml files of a nominating folder of this campaign, or None when it is none."""
    path = root / campaign.folder / folder
    if not FOLDER.match(folder) or not path.is_dir():
        return None
    return sorted(f.name for f in path.iterdir() if f.suffix == ".yaml" and f.is_file())


def _folders(root: Path, campaign: Campaign) -> list[str]:
    base = root / campaign.folder
    return sorted([f"{kind}/{d.name}" for kind in ("cities", "groups") if (base / kind).is_dir()
                   for d in (base / kind).iterdir() if d.is_dir()] + ["office"])


def _finding(campaign: Campaign, loc: tuple[str | int, ...], message: str, hint: str) -> Finding:
    line, col = campaign.config_doc.where(("纸质原件", *loc))
    return Finding(campaign.config_path, line, col, "E020", "error", message, hint)


def check(root: Path, campaign: Campaign, result: Result) -> None:
    for i, record in enumerate(campaign.config.paper_originals):
        def add(loc: tuple[str | int, ...], message: str, hint: str, i: int = i) -> None:
            result.add(_finding(campaign, (i, *loc), message, hint))

        folder = clean(record.folder)
        files = folder_files(root, campaign, folder)
        if files is None:
            near = difflib.get_close_matches(folder, _folders(root, campaign), n=1, cutoff=0.5)
            add(("文件夹",), f"纸质原件记录的文件夹「{record.folder}」不是本年度的城市、工作组或联盟办文件夹。",
                (f"是否想写「{near[0]}」？" if near else "")
                + "请写推荐文件夹相对于本年度文件夹的路径，如 cities/xian 或 groups/reading。")
            continue
        for j, name in enumerate(record.files):
            written = name.strip().rsplit("/", 1)[-1]
            wanted = written if written.endswith(".yaml") else f"{written}.yaml"
            if wanted not in files:
                near = difflib.get_close_matches(wanted, files, n=1, cutoff=0.5)
                add(("材料", j), f"纸质原件记录的材料「{name}」不在 {folder} 文件夹中。",
                    (f"是否想写「{near[0]}」？" if near else "")
                    + "请写该文件夹中推荐材料的文件名：" + ("、".join(files[:3]) or "该文件夹中还没有推荐材料") + "。")
        published = campaign.config.published_on
        if published is not None and record.delivered_on < published:
            add(("送达日期",), f"纸质原件的送达日期 {record.delivered_on:%Y-%m-%d} 早于通知发布日期"
                f" {published:%Y-%m-%d}，不可能在通知发布前收到推荐原件。",
                "请核对送达日期（写联盟办实际收到纸质原件的那一天）。")
