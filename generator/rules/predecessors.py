"""A merged or renamed working group's 前身 (D017, D018).

「各工作组根据年度业务工作开展情况，做好…推荐工作」: a group's nominations, projects and honours
belong to it from year to year. When groups merge or one is renamed, the registry records the
predecessor (代码, 名称, 变更年份) on the group that continues it; the archive keeps the old name (a
closed year's frozen registry), and the site links old and new names (site/renames.py).

D017 (warning): a 前身 that no year before its 变更年份 knows (no registry, project or folder of
that code or name): a typo, or a group that never took part; the link to the past is lost.
D018 (error): 前身 links that lead back to the group itself (甲 ← 乙 ← 甲, or the group naming
itself): which group is the present one can no longer be told.
"""

from __future__ import annotations

from generator.core.findings import Finding, Result
from generator.load.records import Campaign, Repository
from generator.models.registry import Predecessor, Registry, WorkingGroup

GROUPS = "工作组"
FIELD = "前身"


def check(repo: Repository, result: Result) -> None:
    """D017 and D018 for the current registry's working groups."""
    registry = repo.registry
    if registry is None:
        return
    edges = predecessor_edges([registry, *(c.registry for c in repo.campaigns
                                           if c.frozen_registry_path is not None and c.registry is not None)])
    reported: set[frozenset[str]] = set()
    for i, group in enumerate(registry.groups):
        for j, pred in enumerate(group.predecessors):
            _check_known(repo, i, j, group, pred, result)
        cycle = cycle_from(group.code, edges)
        if cycle is not None and frozenset(cycle) not in reported:
            reported.add(frozenset(cycle))
            result.add(_cycle_finding(repo, i, group, cycle, registry))


def is_rename_only(group: WorkingGroup, pred: Predecessor) -> bool:
    """The same code under a former name: a renaming, not a link to another group."""
    return pred.code == group.code and pred.name != group.name


def predecessor_edges(registries: list[Registry]) -> dict[str, set[str]]:
    """Each group's code -> the codes of its predecessors, over every registry given."""
    edges: dict[str, set[str]] = {}
    for registry in registries:
        for group in registry.groups:
            for pred in group.predecessors:
                if not is_rename_only(group, pred):
                    edges.setdefault(group.code, set()).add(pred.code)
    return edges


def cycle_from(start: str, edges: dict[str, set[str]]) -> list[str] | None:
    """The codes of a chain of predecessors from start back to start (start first, each code
    followed by its predecessor), or None."""
    successor: dict[str, str] = {}  # a code reached -> the code whose predecessor it is
    frontier = [start]
    while frontier:
        following = []
        for code in frontier:
            for pred in sorted(edges.get(code, ())):
                if pred not in successor:
                    successor[pred] = code
                    following.append(pred)
        frontier = following
    if start not in successor:
        return None
    back = [start]
    code = successor[start]
    while code != start:
        back.append(code)
        code = successor[code]
    return [start, *reversed(back[1:])]


def known_groups(campaigns: list[Campaign]) -> tuple[set[str], set[str]]:
    """The codes and names of working groups the given years know: their registries, their
    projects' 工作组 and their group folders."""
    codes: set[str] = set()
    names: set[str] = set()
    for campaign in campaigns:
        groups = campaign.registry.groups if campaign.registry is not None else []
        codes.update(g.code for g in groups)
        names.update(g.name for g in groups)
        codes.update(p.group for p in campaign.config.special_projects)
        codes.update(n.source.code for n in campaign.nominations if n.source.kind == "group")
    return codes, names


def _check_known(repo: Repository, i: int, j: int, group: WorkingGroup, pred: Predecessor,
                 result: Result) -> None:
    earlier = [c for c in repo.campaigns if c.year < pred.changed]
    if not earlier:
        return  # no year before the change in this repository: nothing to compare with
    codes, names = known_groups(earlier)
    if pred.code in codes or pred.name in names:
        return
    years = "、".join(str(c.year) for c in sorted(earlier, key=lambda c: c.year))
    line, col = _where(repo, (GROUPS, i, FIELD, j))
    result.add(Finding(
        repo.registry_path, line, col, "D017", "warning",
        f"工作组「{group.name}」的前身「{pred.name}」（代码 {pred.code}）不在 {pred.changed} 年以前的任何年度"
        f"（{years} 年度）中：这些年度的联盟名录、专项工作和工作组文件夹里都没有这个代码或名称，"
        "往年的推荐与表彰接不上现在的工作组。",
        "请按往年的联盟名录改正前身的「代码」和「名称」（往年文件夹 submissions/<年度>/groups/ 下的名字即代码）；"
        "如果它不是往年参加评选的工作组，请删除这条前身。",
    ))


def _cycle_finding(repo: Repository, i: int, group: WorkingGroup, cycle: list[str],
                   registry: Registry) -> Finding:
    line, col = _where(repo, (GROUPS, i, FIELD))
    names = {g.code: f"{g.name}（{g.code}）" for g in registry.groups}
    chain = "，".join(f"{names.get(a, a)}的前身是{names.get(b, b)}"
                     for a, b in zip(cycle, [*cycle[1:], cycle[0]], strict=True))
    if len(cycle) == 1:
        what = f"工作组「{group.name}」把自己（代码 {group.code}）写成了前身"
    else:
        what = f"工作组的前身绕回了自身（{chain}）"
    return Finding(
        repo.registry_path, line, col, "D018", "error",
        f"{what}，分不清哪个是现在的工作组。",
        "「前身」只写合并或更名以前的工作组：现在的工作组不能再是它自己前身的前身。"
        "请删除写错的那条前身（只改了名称、代码不变时，前身写原来的名称）。",
    )


def _where(repo: Repository, loc: tuple[str | int, ...]) -> tuple[int, int]:
    """A loaded registry always has its document (load/campaign.py keeps it)."""
    assert repo.registry_doc is not None
    line, col = repo.registry_doc.where(loc)
    return line, col
