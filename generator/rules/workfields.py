"""S006: 业务领域 outside the scheme's list — a warning, the field stays open.

「在技术支持、地方文献联合征集、特色数据库建设、数字资源服务、阅读推广、联合参考咨询、会展服务、特殊群体服务
工作中态度积极…」: a person may work in one field or several, and a special project's own name
(「联合阅读推广」) names its field too. The field is optional and the form only describes the person,
so a value the scheme does not list is shown to the office, never refused.
"""

from __future__ import annotations

import re

from generator.core.findings import Result
from generator.load.records import NominationRecord
from generator.models import CampaignConfig, Individual
from generator.models.names import norm
from generator.rules.context import at

SEPARATORS = re.compile(r"[、，,；;／/\s]+")


def check(n: NominationRecord, form: Individual, cfg: CampaignConfig, result: Result) -> None:
    if not form.field or not cfg.fields:
        return
    known = {norm(f) for f in cfg.fields}
    unknown = [
        part for part in SEPARATORS.split(form.field)
        if part and norm(part) not in known and cfg.project(part) is None
    ]
    if unknown:
        result.add(at(
            n, ("业务领域",), "S006",
            "「业务领域」里的" + "、".join(f"「{u}」" for u in unknown) + "不在评选方案所列的业务领域之中。",
            "方案所列：" + "、".join(cfg.fields) + "；专项工作的名称也可以。若属其中之一，请照抄名称；"
            "否则可保留，由联盟办审议。",
            "warning",
        ))
