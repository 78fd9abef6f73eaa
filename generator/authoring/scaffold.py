"""Commented nomination templates (`honors new`), also shown in the 填报指南.

A template for a known folder (a city, a working group, the office) carries what the registry
and the campaign config already know: the city's libraries and their 加盟时间, the group's own
special project, the committee library that signs the summary, the criteria's text. Every
explanation is a comment line of its own: a `# …` after a value on the same line would be
read as part of the file's syntax, and a librarian filling in the value could cut it short.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from generator.load.typewords import item_type
from generator.models import FILE_MODELS, CampaignConfig, City, Registry
from generator.models.awards import AWARDS, SUMMARY_FORM

KIND_TITLES: dict[str, str] = {a.type: a.title for a in AWARDS} | {"summary": f"{SUMMARY_FORM.heading}表头"}
# The words `honors new` takes for a kind: its type name, its label and its aliases.
KIND_ALIASES: dict[str, str] = {word: a.type for a in AWARDS for word in (a.type, a.label, *a.aliases)}
KIND_ALIASES |= {"summary": "summary", "汇总表": "summary"}
LONG_FIELDS = {"主要工作成绩", "主要事迹", "案例正文", "案例简介"}
PREFILLED = {"是否馆长": "否", "是否联络人": "否"}


@dataclass(frozen=True)
class Owner:
    """The folder a template is written for."""

    kind: Literal["city", "group", "office"]
    code: str


@dataclass(frozen=True)
class Context:
    """What a template may know beyond the config: the registry and the owning folder."""

    config: CampaignConfig
    kind: str
    registry: Registry | None = None
    owner: Owner | None = None

    @property
    def city(self) -> City | None:
        if self.registry is None or self.owner is None or self.owner.kind != "city":
            return None
        return self.registry.city(self.owner.code)


def schema_modeline(kind: str, depth: int) -> str:
    """The yaml-language-server line for a file `depth` folders below the repository root."""
    return f"# yaml-language-server: $schema={'../' * depth}schema/{kind}.schema.json"


def group_projects(config: CampaignConfig, group: str) -> list[str]:
    """The special projects the working group recommends for (campaign config 专项工作 → 工作组)."""
    return [p.name for p in config.special_projects if p.group == group]


def allowed_values(label: str, config: CampaignConfig, kind: str) -> list[str] | None:
    """The values a field may take, from the campaign config (None: free text)."""
    return {
        "推荐奖项": [a.name for a in config.awards if a.type == kind],
        "案例主题": config.case_themes,
        "专项工作": [p.name for p in config.special_projects],
        "推荐依据": config.bases,
        "业务领域": config.fields,
        "性别": ["男", "女"],
    }.get(label)


def _options(label: str, ctx: Context) -> list[str] | None:
    if label == "专项工作" and ctx.owner is not None and ctx.owner.kind == "group":
        return group_projects(ctx.config, ctx.owner.code)
    return allowed_values(label, ctx.config, ctx.kind)


def _value(label: str, info: FieldInfo, ctx: Context) -> str:
    """What follows "label:" — a known value, a block marker, or nothing to fill in."""
    options = _options(label, ctx)
    if label == "推荐奖项" or (label == "专项工作" and ctx.owner is not None):
        return f" {options[0]}" if options and len(options) == 1 else ""
    if label == "推荐单位" and ctx.city is not None:
        return f" {ctx.city.committee_library}"
    if label in PREFILLED:
        return f" {PREFILLED[label]}"
    if label in LONG_FIELDS:
        return " |-"
    if item_type(info.annotation) is not None:
        return " []"
    return ""


def _libraries(ctx: Context) -> list[str]:
    """Comment lines naming the libraries this folder may put in 单位, with their 加盟时间."""
    city = ctx.city
    if city is not None and ctx.kind == "collective":
        names = [f"{m.name}（{m.joined}）" for m in city.members]
        return [f"# {city.name}的成员馆（括号里是联盟名录中的加盟时间）：" + "、".join(names) + "。",
                "# 委员馆自身的先进集体由联盟办及各工作组推选，不占本市名额。"]
    if city is not None and ctx.kind in ("individual", "case"):
        names = [city.committee_library, *(m.name for m in city.members)]
        return [f"# {city.name}的联盟图书馆：" + "、".join(names) + "。"]
    if ctx.registry is not None and ctx.owner is not None and ctx.kind == "collective":
        names = [f"{c.committee_library}（{c.committee_joined}）" for c in ctx.registry.cities]
        return ["# 委员馆（括号里是联盟名录中的加盟时间）：" + "、".join(names) + "。"]
    return []


def _criteria(ctx: Context) -> list[str]:
    """The criteria's text and who may claim which, from the campaign config."""
    award = ctx.config.award_by_type(ctx.kind)
    if award is None or not award.criteria:
        return []
    lines = ["# 评奖条件（原文）："]
    lines += [f"# 条件 {c.number}：{' '.join(c.text.split())}" for c in award.criteria]
    if award.criteria_note:
        lines.append(f"# {award.criteria_note}")
    owner = ctx.owner.kind if ctx.owner is not None else None
    if owner == "city" and award.member_criteria:
        lines.append("# 本市推荐的是成员馆，可填：" + "、".join(map(str, award.member_criteria))
                     + f"，例如「评选条件: {list(award.member_criteria)}」。")
    elif owner in ("group", "office") and award.committee_criteria:
        lines.append("# 委员馆可填：" + "、".join(map(str, award.committee_criteria))
                     + f"，例如「评选条件: {list(award.committee_criteria)}」。")
    return lines


def _notes(label: str, ctx: Context) -> list[str]:
    """Extra comment lines above a field."""
    if label == "单位":
        return _libraries(ctx)
    if label == "评选条件":
        return _criteria(ctx)
    if label == "是否联络人" and ctx.city is not None and ctx.city.liaison is not None:
        return [f"# 联盟名录中{ctx.city.name}的联络人：{ctx.city.liaison.name}（联络人另行表彰，不占本市名额）。"]
    if label == "主要事迹":
        return [f"# 不超过 {ctx.config.quotas.deeds_max_chars} 字。"]
    return []


def _describe(label: str, info: FieldInfo, ctx: Context) -> str:
    need = "必填" if info.is_required() else "选填"
    note = (info.description or "").rstrip("。")
    options = _options(label, ctx)
    choices = f" 可选：{'、'.join(options)}。" if options and label != "推荐奖项" else ""
    return f"# {label}（{need}）：{note}。{choices}".rstrip()


def template_text(
    kind: str,
    config: CampaignConfig,
    depth: int = 4,
    *,
    registry: Registry | None = None,
    owner: Owner | None = None,
) -> str:
    """A commented YAML template for one file kind, valid once every blank is filled.

    With a registry and an owner, the template is the one for that folder; without, the
    general one shown in the guide.
    """
    ctx = Context(config, kind, registry, owner)
    model: type[BaseModel] = FILE_MODELS[kind]
    lines = [
        schema_modeline(kind, depth),
        f"# {config.year}年度 {KIND_TITLES[kind]}",
        "# 填写方法：在每个英文冒号「:」后空一格再填内容；「#」开头的行是说明，可以保留。",
        "# 说明一律单独成行：不要在内容后面再写「#」。",
        "# 多行文字（带「|-」的字段）请在下一行起每行缩进两个空格书写。",
        "",
    ]
    for name, info in model.model_fields.items():
        label = info.alias or name
        lines.append(_describe(label, info, ctx))
        lines += _notes(label, ctx)
        lines.append(f"{label}:{_value(label, info, ctx)}")
        if label in LONG_FIELDS:
            lines.append("  ")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
