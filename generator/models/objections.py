"""The office's private record of objections raised during the 公示 (never published).

「公开、公平、公正」 and 「广泛听取基层意见」: anyone may object to a listed entry; the office checks
the objector's real name, looks into it and records what it found and how it was resolved. The file
lives in the office's private folder (private/<year>/objections.yaml), outside submissions/, so
neither the site nor a public repository carries the objector's identity.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator

from generator.models.base import FormModel, Text, YesNo, alias

# 维持: the entry stays on the roll; 撤销: it is taken off; 待定: still being looked into.
Resolution = Literal["待定", "维持", "撤销"]


def _relative_path(value: Any) -> Any:
    return value.replace("\\", "/").removeprefix("./") if isinstance(value, str) else value


class Objection(FormModel):
    received_on: date = alias("收到日期", "收到异议的日期")
    objector: Text = alias("异议人", "异议人姓名及单位（不公开）")
    real_name_checked: YesNo = alias("实名核实", "是否已核实异议人的真实身份：是 / 否")
    nomination: Annotated[Text, AfterValidator(_relative_path)] = alias(
        "推荐材料", "异议所涉推荐文件路径（相对于本年度文件夹）")
    content: Text = alias("异议内容", "异议的主要内容")
    finding: Text | None = alias("核实情况", "联盟办核实的情况", default=None)
    resolution: Resolution = alias("处理结果", "待定 / 维持 / 撤销", default="待定")
    resolved_on: date | None = alias("处理日期", "作出处理结果的日期", default=None)


class Objections(FormModel):
    """private/<year>/objections.yaml."""

    objections: list[Objection] = alias("异议", "公示期收到的异议", default_factory=list)
