"""`honors doctor`: what the office's set-up still lacks, checked offline, with the next step.

Each check says what it found and, when something is to do, what to do next in Chinese. What
only the forge knows (repository variables, visibility) is read from the environment when a
run provides it, else left as a reminder: doctor never talks to a server.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from generator.authoring.closing import closed_years_on_disk
from generator.check.validate import validate_repository
from generator.core.findings import Result
from generator.guard import deploytargets, repoguard
from generator.guard.scans import stamped_scans
from generator.load.campaign import REGISTRY_FILE, SUBMISSIONS
from generator.load.records import Campaign, Repository
from generator.pullrequest import cievent, owners

REGISTRY = f"{SUBMISSIONS}/{REGISTRY_FILE}"
CODEOWNERS = ".github/CODEOWNERS"
PLACEHOLDER_HOSTS = ("example.com", "example.org", "example.net", "localhost")
MAX_NAMES = 8


@dataclass(frozen=True)
class Check:
    """One item: ok True (ready), False (to do), None (only the forge can tell: a reminder)."""

    title: str
    ok: bool | None
    detail: str
    next_step: str = ""


@dataclass
class Context:
    root: Path
    repo: Repository
    result: Result
    today: date
    env: Mapping[str, str]


def _names(items: list[str]) -> str:
    shown = "、".join(items[:MAX_NAMES])
    return shown + (f" 等 {len(items)} 个" if len(items) > MAX_NAMES else "")


def check_demo(ctx: Context) -> Check:
    registry = ctx.repo.registry
    if registry is None:
        return Check("联盟名录", False, f"{REGISTRY} 有错误，读不出来。",
                     "运行 honors validate，按提示修正联盟名录。")
    if registry.demo:
        return Check("演示数据", False, f"{REGISTRY} 写着「演示数据: 是」：仓库里是虚构的演示数据。",
                     "换成联盟真实的名录后，把这一行改为「演示数据: 否」；演示年度的文件夹请删除或移出仓库。"
                     "仓库须先改为私有（见“仓库可见性”一项）。")
    return Check("演示数据", True, "联盟名录是真实数据（演示数据: 否）。")


def check_accounts(ctx: Context) -> Check:
    registry = ctx.repo.registry
    if registry is None:
        return Check("账号", False, "联盟名录读不出来，无法检查账号。", "先修正联盟名录。")
    missing = ([] if registry.office.editors else ["联盟办"]) \
        + [c.committee_library for c in registry.cities if not c.editors] \
        + [g.name for g in registry.groups if not g.editors]
    bad = owners.bad_handles(registry)
    if missing or bad:
        parts = []
        if missing:
            parts.append(f"没有登记账号：{_names(missing)}")
        if bad:
            parts.append(f"不是有效的账号名：{_names(bad)}")
        return Check("账号", False, "；".join(parts) + "。",
                     f"在 {REGISTRY} 各单位的「账号」下登记负责填报老师的平台账号（只含英文字母、数字和连字符，"
                     "不带 @），再邀请这些账号加入仓库。")
    count = len(registry.office.editors) + sum(len(c.editors) for c in registry.cities) \
        + sum(len(g.editors) for g in registry.groups)
    return Check("账号", True, f"联盟办、{len(registry.cities)} 个委员馆和 {len(registry.groups)} 个工作组"
                 f"都登记了账号（共 {count} 个）。")


def check_codeowners(ctx: Context) -> Check:
    registry = ctx.repo.registry
    if registry is None:
        return Check("CODEOWNERS", False, "联盟名录读不出来，无法核对。", "先修正联盟名录。")
    target = ctx.root / CODEOWNERS
    fix = "运行 honors owners codeowners 重新生成，提交到主分支。"
    if not target.is_file():
        return Check("CODEOWNERS", False, f"没有 {CODEOWNERS}：平台不会按单位请求审核。", fix)
    if target.read_text(encoding="utf-8") != owners.codeowners_text(registry, closed_years_on_disk(ctx.root)):
        return Check("CODEOWNERS", False, f"{CODEOWNERS} 与联盟名录的账号不一致。", fix)
    return Check("CODEOWNERS", True, f"{CODEOWNERS} 与联盟名录一致。")


def _url_problem(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        return "没有设置"
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"「{value}」不是 http(s) 网址"
    if any(parts.hostname == h or parts.hostname.endswith("." + h) for h in PLACEHOLDER_HOSTS):
        return f"「{value}」还是示例网址"
    return ""


def check_site_config(ctx: Context) -> Check:
    path = ctx.root / "mkdocs.yml"
    try:
        config = YAML(typ="rt").load(path.read_text(encoding="utf-8"))
    except (OSError, YAMLError):
        return Check("网站地址", False, "读不出 mkdocs.yml。", "请从主分支恢复 mkdocs.yml。")
    config = config if isinstance(config, dict) else {}
    found_extra = config.get("extra")
    extra: dict[str, object] = found_extra if isinstance(found_extra, dict) else {}
    if config.get("repo_url"):
        # Material would then show the repository in every page's header and fetch its figures
        # from GitHub: a request to another host, which the public site never makes.
        return Check("网站地址", False, "mkdocs.yml 顶层写了 repo_url：网站每个页面都会去 GitHub 读取仓库信息。",
                     "把这一行移到 extra: 下面（extra.repo_url），在线填报照样使用它。")
    problems = {"site_url": _url_problem(config.get("site_url")),
                "extra.repo_url": _url_problem(extra.get("repo_url"))}
    bad = [f"{key} {why}" for key, why in problems.items() if why]
    if bad:
        return Check("网站地址", False, "mkdocs.yml 中 " + "；".join(bad) + "。",
                     "在 mkdocs.yml 中写 site_url: 公开网站的网址（如 https://honors.联盟域名/）；"
                     "在 extra: 下写 repo_url: 提交材料的仓库网址（成员登录后才能打开）。")
    return Check("网站地址", True, f"网站 {config['site_url']}，仓库 {extra['repo_url']}。")


# A year still open this long after its deadline is a to-do, not a running campaign: the scheme's
# own timeline (「4月8日前」 reported, decided, 「经公示」 commended) ends within weeks.
LONG_PAST_DAYS = 120


def _open_campaign(repo: Repository) -> Campaign | None:
    """The newest year not closed (honors close froze no registry for it)."""
    return next((c for c in repo.campaigns if c.frozen_registry_path is None), None)


def finish_steps(campaign: Campaign) -> str:
    """How a year still open gets finished and closed, from where it stands."""
    year, folder = campaign.year, campaign.folder
    close = f"运行 honors close --year {year} 结束该年度（冻结名录、封存文件），再按它的提示开始新一年度。"
    if campaign.decisions is None:
        return f"审定后在 {folder}/decisions.yaml 写拟表彰名单，公示期满改为「已表彰」，然后{close}"
    if campaign.decisions.status != "已表彰":
        return f"公示期满后把 {folder}/decisions.yaml 的「状态」改为「已表彰」，然后{close}"
    return close


def check_open_year(ctx: Context) -> Check:
    config_errors = sorted((f for f in ctx.result.errors if f.file.endswith("/campaign.yaml")),
                           key=lambda f: f.sort_key())
    if config_errors:
        first = config_errors[0]
        where = ":".join(str(x) for x in (first.file, first.line, first.column) if x is not None)
        more = f"等 {len(config_errors)} 处" if len(config_errors) > 1 else ""
        return Check("本届评选", False, f"评选方案有错误：{where} {first.message}{more}",
                     "运行 honors validate，按提示修正评选方案。")
    if not ctx.repo.campaigns:
        return Check("本届评选", False, "还没有任何年度的评选方案。",
                     "新建 submissions/<年度>/campaign.yaml（见联盟办设置指南）。")
    campaign = _open_campaign(ctx.repo)
    if campaign is None:
        latest = ctx.repo.campaigns[0]
        return Check("本届评选", False, f"最新的 {latest.year} 年度已结束，没有正在进行的评选。",
                     "新一届按「新年度」指南：联盟名录有变动的先改 submissions/registry.yaml，再运行 "
                     f"honors year new {latest.year + 1} --deadline <新通知的截止日期>，"
                     "然后运行 honors owners codeowners 重新生成 CODEOWNERS。")
    config = campaign.config  # its dates in order: honors validate checks them (D014), above
    days = (config.deadline - ctx.today).days
    if campaign.stage == "已表彰":
        return Check("本届评选", False, f"{config.title}已表彰，但还没有结束。", finish_steps(campaign))
    if -days > LONG_PAST_DAYS:
        return Check("本届评选", False, f"{config.title}：{campaign.stage}，报送截止 {config.deadline}"
                     f"（已截止 {-days} 天），还没有结束。", finish_steps(campaign))
    when = f"还有 {days} 天" if days >= 0 else f"已截止 {-days} 天，联盟办审核中"
    return Check("本届评选", True, f"{config.title}：{campaign.stage}，报送截止 {config.deadline}（{when}）。")


def check_deploy(ctx: Context) -> list[Check]:
    workflow = ctx.root / deploytargets.DEPLOY_WORKFLOW
    if not workflow.is_file():
        return [Check("发布网站", False, f"没有 {deploytargets.DEPLOY_WORKFLOW.as_posix()}。",
                      "请从本项目的主分支恢复发布工作流。")]
    named = deploytargets.referenced(workflow.read_text(encoding="utf-8"))
    lacking = sorted(deploytargets.all_variables() - named)
    if lacking:
        return [Check("发布网站", False, f"发布工作流没有读取这些变量：{_names(lacking)}。",
                      "请从本项目的主分支恢复发布工作流。")]
    chosen = [t for t in deploytargets.TARGETS if ctx.env.get(t.variable, "").strip()]
    listing = "；".join(f"{t.label}：{t.variable}（如 {t.example}）" for t in deploytargets.TARGETS)
    if not chosen:
        return [Check("发布网站", None, "无法离线读取仓库变量，不知道网站发布到哪里。",
                      "在仓库 Settings → Secrets and variables → Actions → Variables 中至少设置一项："
                      f"{listing}。本机核对时可把同名环境变量设好再运行 honors doctor。")]
    return [_deploy_target(t, ctx.env) for t in chosen]


def _deploy_target(target: deploytargets.Target, env: Mapping[str, str]) -> Check:
    value = env[target.variable].strip()
    title = f"发布到{target.label}"
    secrets = "、".join(target.secrets)
    if target.job == "pages":
        if value != "true":
            return Check(title, False, f"{target.variable} 是「{value}」。", "要启用请写 true；不用请删除这个变量。")
        return Check(title, True, "已启用（仓库 Settings → Pages 的来源须选 GitHub Actions）。")
    if not env.get(deploytargets.KNOWN_HOSTS, "").strip():
        return Check(title, False, f"设置了 {target.variable}，但没有 {deploytargets.KNOWN_HOSTS}：发布时无法核实服务器身份。",
                     f"把服务器的公钥行（ssh-keyscan 主机名 的输出，核对指纹后）写进变量 {deploytargets.KNOWN_HOSTS}。")
    if target.job == "server" and (":" not in value or value.startswith(("-", "/"))):
        return Check(title, False, f"{target.variable}「{value}」不是 用户@服务器:/目录/ 的形式。",
                     f"例如 {target.example}。")
    return Check(title, True, f"{value}（另须在 Secrets 中设置 {secrets}，doctor 无法离线核对）。")


def check_visibility(ctx: Context) -> Check:
    visibility, source = cievent.visibility(ctx.env)
    demo = ctx.repo.registry is not None and bool(ctx.repo.registry.demo)
    scans = len(stamped_scans(ctx.root))
    if visibility is None and scans:
        verdict = repoguard.judge(demo, visibility, source, scans)
        return Check("仓库可见性", None, verdict.message, verdict.hint)
    if visibility is None:
        return Check("仓库可见性", None, "无法离线知道仓库是否私有。",
                     "真实数据的仓库必须是私有的（仓库 Settings → General → Danger Zone）；本机核对时可设置环境变量 "
                     "HONORS_REPO_VISIBILITY=private 再运行。CI 中 honors privacy repo 会自动检查。")
    verdict = repoguard.judge(demo, visibility, source, scans)
    return Check("仓库可见性", verdict.code == 0, verdict.message, verdict.hint)


CHECKS: tuple[Callable[[Context], Check | list[Check]], ...] = (
    check_demo, check_visibility, check_accounts, check_codeowners, check_site_config,
    check_open_year, check_deploy,
)


def diagnose(root: Path, today: date, env: Mapping[str, str] | None = None) -> list[Check]:
    """Every check, in the order of the set-up guide."""
    repo, result = validate_repository(root)
    ctx = Context(root, repo, result, today, os.environ if env is None else env)
    found: list[Check] = []
    for check in CHECKS:
        outcome = check(ctx)
        found.extend(outcome if isinstance(outcome, list) else [outcome])
    return found
