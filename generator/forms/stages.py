"""Which after-decision documents a year's stage calls for, and why the others wait.

推荐中 / 审议中: the review sheet for the working groups' meeting. 公示中 (a 拟表彰 list): also the
公示 notice. 已表彰: also the 表彰决定, the certificates and the plaque list.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.load.records import Campaign

PUBLIC_STAGES = ("公示中", "已表彰")
FINAL = "已表彰"


@dataclass(frozen=True)
class Due:
    notice: bool
    final: bool
    waiting: list[str] = field(default_factory=list)  # for the clerk: what is not written, and why


def documents_due(campaign: Campaign) -> Due:
    """What to write for this year, by its stage and its decisions file."""
    decisions, stage = campaign.decisions, campaign.stage
    folder = campaign.folder
    if decisions is None:
        return Due(False, False, [
            f"{folder}/decisions.yaml 还没有拟表彰名单：公示通知、表彰决定、证书和奖牌清单在名单审定后生成。"])
    notice = stage in PUBLIC_STAGES
    final = stage == FINAL and decisions.status == FINAL
    waiting = []
    if not notice:
        waiting.append(f"本年度处于「{stage}」阶段：公示通知在 {folder}/campaign.yaml 的「阶段」"
                       "改为「公示中」后生成。")
    if not final and decisions.status != FINAL:
        mismatch = f"（campaign.yaml 的阶段已是「{FINAL}」）" if stage == FINAL else ""
        waiting.append(f"表彰决定、证书和奖牌清单在 {folder}/decisions.yaml 的「状态」改为「{FINAL}」"
                       f"后生成{mismatch}。")
    elif not final:
        waiting.append(f"表彰决定、证书和奖牌清单在 {folder}/campaign.yaml 的「阶段」改为「{FINAL}」后生成。")
    return Due(notice, final, waiting)
