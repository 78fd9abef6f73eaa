"""The alliance registry: cities, libraries, working groups, liaisons, editors."""

from __future__ import annotations

from functools import cached_property

from pydantic import Field

from generator.models.base import FormModel, JoinMonth, Text, YesNo, alias
from generator.models.names import norm

CODE_PATTERN = "^[a-z][a-z0-9-]*$"


class FormerName(FormModel):
    """A library's name before a renaming (撤县设市, 区划调整): files may still use it."""

    name: Text = alias("名称", "更名前的全称")
    changed: int = alias("更名年份", "改用现名的年份，如 2021", ge=1900, le=2200)


class MemberLibrary(FormModel):
    name: Text = alias("名称", "图书馆全称")
    joined: JoinMonth = alias("加盟时间", "加入联盟的时间，如 2016-05")
    population: float | None = alias("服务人口", "服务人口（万人，可空；专项考核按人均调整时使用）", gt=0, default=None)
    former: list[FormerName] = alias("曾用名", "更名前的名称及更名年份（可空）", default_factory=list)

    @property
    def names(self) -> list[str]:
        """The current name first, then the former ones: a file may use any of them."""
        return [self.name, *(f.name for f in self.former)]


class Liaison(FormModel):
    name: Text = alias("姓名", "联络人姓名")
    position: Text | None = alias("职务", "职务（可空）", default=None)
    # 「各委员馆联盟工作联络人」: a role of the committee library, held for some years.
    unit: Text | None = alias("单位", "联络人所在单位（不写为本市委员馆）", default=None)
    years: list[int] = alias("年度", "担任联络人的年度，如 [2023, 2024]（不写为未另行登记的各年度）",
                             default_factory=list)


class City(FormModel):
    code: str = alias("代码", "文件夹名（小写英文字母）", pattern=CODE_PATTERN)
    name: Text = alias("名称", "城市名称，如 西安市")
    committee_library: Text = alias("委员馆", "本市委员馆全称")
    committee_joined: JoinMonth = alias("委员馆加盟时间", "委员馆加入联盟的时间")
    committee_population: float | None = alias(
        "委员馆服务人口", "委员馆的服务人口（万人，可空；专项考核按人均调整时使用）", gt=0, default=None,
    )
    editors: list[str] = alias("账号", "可修改本市文件夹的 GitHub 账号", default_factory=list)
    liaison: Liaison | None = alias("联络人", "委员馆联盟工作联络人", default=None)
    members: list[MemberLibrary] = alias("成员馆", "本市的成员馆", default_factory=list)
    former_liaisons: list[Liaison] = alias(
        "历任联络人", "此前的联络人及其年度（联络人更换后，任内的年度仍可表彰）", default_factory=list
    )

    def liaison_for(self, year: int) -> Liaison | None:
        """The liaison who served in that year: a former one registered for it, else the current
        one (unless the current one's 年度 leaves that year out)."""
        former = next((f for f in self.former_liaisons if year in f.years), None)
        if former is not None:
            return former
        current = self.liaison
        return current if current is not None and (not current.years or year in current.years) else None

    def liaison_unit(self, liaison: Liaison) -> str:
        return liaison.unit or self.committee_library

    committee_former: list[FormerName] = alias(
        "委员馆曾用名", "委员馆更名前的名称及更名年份（可空）", default_factory=list
    )

    @property
    def committee_names(self) -> list[str]:
        """The committee library's current name first, then its former ones."""
        return [self.committee_library, *(f.name for f in self.committee_former)]

    @property
    def library_names(self) -> list[str]:
        """Every name of the city's libraries, committee library first, former names included."""
        return [*self.committee_names, *(n for m in self.members for n in m.names)]


class Predecessor(FormModel):
    """A working group this one continues (merged into it, or itself before a renaming)."""

    code: str = alias("代码", "前身工作组的代码（往年的文件夹名）", pattern=CODE_PATTERN)
    name: Text = alias("名称", "前身工作组的名称")
    changed: int = alias("变更年份", "合并或更名生效的年份，如 2025", ge=1900, le=2200)


class WorkingGroup(FormModel):
    code: str = alias("代码", "文件夹名（小写英文字母）", pattern=CODE_PATTERN)
    name: Text = alias("名称", "工作组名称")
    lead_library: Text = alias("牵头馆", "牵头图书馆")
    editors: list[str] = alias("账号", "可修改本组文件夹的 GitHub 账号", default_factory=list)
    # §4 continuity: 「工作组」 merged or renamed keeps its history; the archive keeps the old name.
    predecessors: list[Predecessor] = alias(
        "前身", "合并或更名前的工作组（代码、名称、变更年份；可空）", default_factory=list
    )


class Office(FormModel):
    name: Text = alias("名称", "联盟办全称")
    host_library: Text = alias("所在单位", "联盟办所在图书馆")
    editors: list[str] = alias("账号", "联盟办的 GitHub 账号", default_factory=list)


class Registry(FormModel):
    """submissions/registry.yaml."""

    alliance: Text = alias("联盟名称", "联盟全称")
    demo: YesNo = alias("演示数据", "「是」表示名录与推荐均为虚构的演示数据，网站会显示提示横幅", default=False)
    office: Office = alias("联盟办", "联盟工作委员会办公室")
    cities: list[City] = alias("城市", "各市及其委员馆、成员馆", min_length=1)
    groups: list[WorkingGroup] = alias("工作组", "联盟工作组", default_factory=list)
    other_libraries: list[MemberLibrary] = Field(
        default_factory=list,
        alias="其他成员馆",
        description="不属于任何一市委员馆管辖的成员馆（如省馆）",
    )

    def city(self, code: str) -> City | None:
        return self.city_index.get(code)

    def group(self, code: str) -> WorkingGroup | None:
        return self.group_index.get(code)

    def successor(self, code: str, year: int) -> WorkingGroup | None:
        """The group that continues a former group's code from `year` on (its 前身 names the code,
        changed by then), unless the code is still a group of its own."""
        if code in self.group_index:
            return None
        return next((g for g in self.groups for p in g.predecessors
                     if p.code == code and p.changed <= year), None)

    # Look-ups by code are made once per nomination and page: an index, not a scan of
    # hundreds of cities each time. First entry wins, as a scan would. (pydantic keeps
    # cached properties out of fields, dumps, the JSON Schema and equality.)
    @cached_property
    def city_index(self) -> dict[str, City]:
        index: dict[str, City] = {}
        for city in self.cities:
            index.setdefault(city.code, city)
        return index

    @cached_property
    def city_by_library(self) -> dict[str, City]:
        """Each library's name (by models.names.norm; former names too) -> its city."""
        index: dict[str, City] = {}
        for city in self.cities:
            for name in city.library_names:
                index.setdefault(norm(name), city)
        return index

    @cached_property
    def group_index(self) -> dict[str, WorkingGroup]:
        index: dict[str, WorkingGroup] = {}
        for group in self.groups:
            index.setdefault(group.code, group)
        return index
