"""The repository guard: real nominations (with 性别、年龄、学历、电话) never sit in a public repository.

Form 1-2 holds a person's gender, age, education and phone in plain text; in a public
repository that is every nominee's personal data published to the world (个人信息保护法).
The office's private folder (private/<year>/objections.yaml: who objected during the 公示) is
real data under the same rule: with a real registry it may only live in a private repository.
Demo data is fictional and may be public. A private repository is safe whatever it holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.core.findings import Result
from generator.load.campaign import REGISTRY_FILE, SUBMISSIONS, load_registry
from generator.load.private import PRIVATE
from generator.load.yamlload import LoadError, load_file

REGISTRY = f"{SUBMISSIONS}/{REGISTRY_FILE}"
SETTINGS = "仓库 Settings → General → Danger Zone → Change repository visibility → Private"


@dataclass(frozen=True)
class Verdict:
    """exit 0 safe, 1 personal data exposed, 2 cannot tell; what to say and what to do."""

    code: int
    message: str
    hint: str = ""


def is_demo(root: Path) -> bool:
    """Whether the registry says 演示数据: 是. A registry that cannot be read is not demo:
    when in doubt the data is taken to be real."""
    registry = load_registry(root, Result())
    if registry is not None:
        return bool(registry.demo)
    try:
        data = load_file(root / REGISTRY, REGISTRY).data
    except (LoadError, OSError):
        return False
    return isinstance(data, dict) and data.get("演示数据") in ("是", True)


def judge(demo: bool, visibility: str | None, source: str, scans: int = 0) -> Verdict:
    """The verdict for the data (demo or real) and the stamped scans (a count) in a repository of
    this visibility. A scan carries a unit's seal (「（盖章）」): never public, not even in a demo."""
    if visibility == "private":
        kind = "演示数据" if demo else "真实推荐材料"
        return Verdict(0, f"仓库是私有的（{source}），{kind}只有仓库成员能看到。")
    if demo and scans:
        return _demo_with_scans(visibility, source, scans)
    if demo:
        where = {"public": "公开", "internal": "内部可见"}.get(visibility or "", "可见性未知")
        return Verdict(0, f"{REGISTRY} 标明是演示数据（虚构），可以放在{where}的仓库中。")
    if visibility is None:
        return Verdict(
            2, f"无法判断仓库是否公开，而 {REGISTRY} 不是演示数据。",
            "在 GitHub、Gitea、Forgejo 的 Actions 中会自动读取；其他平台请设置环境变量 "
            "HONORS_REPO_VISIBILITY（public、private 或 internal），GitLab 可写 "
            "HONORS_REPO_VISIBILITY: $CI_PROJECT_VISIBILITY。",
        )
    who = ("所有人（包括搜索引擎）" if visibility == "public"
           else "本平台上所有登录用户（不只是联盟成员）")
    return Verdict(
        1,
        f"仓库是{'公开' if visibility == 'public' else '内部可见'}的（{source}），但 {REGISTRY} 不是演示数据"
        f"（演示数据: 否）：推荐表中每个人的性别、年龄、学历、联系电话，以及 {PRIVATE}/ 中异议人的身份"
        + (f"和 {scans} 份盖章扫描件上推荐单位的印章" if scans else "") + "，"
        f"{who}都能看到，违反个人信息保护的要求。",
        f"请联盟办立即把仓库改为私有（{SETTINGS}），公开网站改由单独的发布方式提供（见联盟办设置指南）。"
        f"如果仓库里确实只是虚构的演示数据，请在 {REGISTRY} 中写「演示数据: 是」。",
    )


def _demo_with_scans(visibility: str | None, source: str, scans: int) -> Verdict:
    """Demo data may be public; a scan of a stamped form may not: its seal is a real unit's."""
    hint = (f"请删除 stamped/ 中的扫描件（演示不需要扫描件），或把仓库改为私有（{SETTINGS}）；"
            "已经推送的扫描件还留在历史记录中，请联系技术人员清除。")
    if visibility is None:
        return Verdict(2, f"仓库中有 {scans} 份盖章扫描件（stamped/），而无法判断仓库是否公开。",
                       "扫描件上有推荐单位的印章，只能放在私有仓库中。请设置环境变量 HONORS_REPO_VISIBILITY"
                       "（public、private 或 internal）后再检查。" + hint)
    where = "公开" if visibility == "public" else "内部可见"
    return Verdict(1, f"仓库是{where}的（{source}），其中有 {scans} 份盖章扫描件（stamped/）：即使是演示数据，"
                   "扫描件上推荐单位的印章和签名也会被任何能看到仓库的人复制。", hint)
