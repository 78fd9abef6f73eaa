"""Load and validate the repository, or stop the build with every error listed."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from generator.check.validate import validate_repository
from generator.core.findings import Finding
from generator.load.records import Repository

MAX_LISTED = 30


def _line(f: Finding) -> str:
    place = f.file + (f":{f.line}" if f.line else "") + (f":{f.column}" if f.column else "")
    hint = f"（{f.hint}）" if f.hint else ""
    return f"  {f.code} {place} {f.message}{hint}"


def load_or_refuse(root: Path) -> Repository:
    """The validated repository; a PluginError (no site written) if any finding is an error."""
    repo, result = validate_repository(root)
    errors = [f for f in result.sorted() if f.severity == "error"]
    if errors:
        lines = [_line(f) for f in errors[:MAX_LISTED]]
        if len(errors) > MAX_LISTED:
            lines.append(f"  ……另有 {len(errors) - MAX_LISTED} 个错误，请运行 honors validate 查看全部。")
        raise PluginError(
            f"推荐材料有 {len(errors)} 个错误，网站未生成（不发布未通过校验的数据）：\n"
            + "\n".join(lines)
            + "\n请先修正以上问题（可运行 honors validate 查看详情），再重新生成网站。"
        )
    return require_campaigns(repo)


def require_campaigns(repo: Repository) -> Repository:
    """The repository, if it holds a campaign; a PluginError otherwise."""
    if not repo.campaigns:
        raise PluginError("submissions/ 下没有任何年度评选（如 submissions/2024/campaign.yaml），网站未生成。")
    return repo
