"""Commented nomination templates (`honors new`), also shown in the 填报指南."""

from __future__ import annotations

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from generator.models import FILE_MODELS, CampaignConfig

KIND_TITLES = {
    "collective": "联盟工作先进集体推荐表（附件 1-1）",
    "individual": "联盟工作先进个人推荐表（附件 1-2）",
    "special": "联盟专项工作先进集体推荐表（附件 1-4）",
    "case": "联盟优秀服务案例",
    "summary": "推荐对象汇总表（附件 1-3）表头",
}
KIND_ALIASES = {
    "collective": "collective", "先进集体": "collective",
    "individual": "individual", "先进个人": "individual",
    "special": "special", "专项": "special", "专项集体": "special",
    "case": "case", "案例": "case",
    "summary": "summary", "汇总表": "summary",
}
LONG_FIELDS = {"主要工作成绩", "主要事迹", "案例正文"}
PREFILLED = {"是否馆长": "否", "是否联络人": "否"}


def schema_modeline(kind: str, depth: int) -> str:
    """The yaml-language-server line for a file `depth` folders below the repository root."""
    return f"# yaml-language-server: $schema={'../' * depth}schema/{kind}.schema.json"


def _placeholder(label: str, info: FieldInfo, config: CampaignConfig, kind: str) -> str:
    if label == "推荐奖项":
        award = config.award_by_type(kind)
        return f" {award.name}" if award else ""
    if label in PREFILLED:
        return f" {PREFILLED[label]}"
    if label in LONG_FIELDS or label == "案例简介":
        return " |-"
    annotation = str(info.annotation)
    if "list" in annotation:
        return " []"
    return ""


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


def _choices(label: str, config: CampaignConfig, kind: str) -> str:
    options = allowed_values(label, config, kind)
    return f" 可选：{'、'.join(options)}。" if options and label != "推荐奖项" else ""


def template_text(kind: str, config: CampaignConfig, depth: int = 4) -> str:
    """A commented YAML template for one file kind, valid once every blank is filled."""
    model: type[BaseModel] = FILE_MODELS[kind]
    lines = [
        schema_modeline(kind, depth),
        f"# {config.year}年度 {KIND_TITLES[kind]}",
        "# 填写方法：在每个英文冒号「:」后空一格再填内容；「#」开头的行是说明，可以保留。",
        "# 多行文字（带「|-」的字段）请在下一行起每行缩进两个空格书写。",
        "",
    ]
    for name, info in model.model_fields.items():
        label = info.alias or name
        need = "必填" if info.is_required() else "选填"
        note = (info.description or "").rstrip("。")
        limit = ""
        if label == "主要事迹":
            limit = f" 不超过 {config.quotas.deeds_max_chars} 字。"
        lines.append(f"# {label}（{need}）：{note}。{_choices(label, config, kind)}{limit}".rstrip())
        lines.append(f"{label}:{_placeholder(label, info, config, kind)}")
        if label in LONG_FIELDS or label == "案例简介":
            lines.append("  ")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
