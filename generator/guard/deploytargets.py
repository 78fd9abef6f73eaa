"""The deploy workflow's three targets and the repository variables and secrets that choose them.

One table for the workflow's test, `honors doctor` and the office's set-up guide: a target is
used when its variable is set, and skipped otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DEPLOY_WORKFLOW = Path(".github") / "workflows" / "deploy.yml"
KNOWN_HOSTS = "HONORS_DEPLOY_SSH_KNOWN_HOSTS"


@dataclass(frozen=True)
class Target:
    job: str  # the job in deploy.yml
    label: str
    variable: str  # set = the target is used
    example: str
    extra_variables: tuple[str, ...] = ()
    secrets: tuple[str, ...] = ()


TARGETS = (
    Target("pages", "本仓库的 GitHub Pages", "HONORS_DEPLOY_PAGES", "true"),
    Target("repository", "另一个公开仓库的 Pages（部署密钥）", "HONORS_DEPLOY_REPO",
           "git@github.com:sxlib/honors-site.git",
           ("HONORS_DEPLOY_REPO_BRANCH", KNOWN_HOSTS), ("HONORS_DEPLOY_REPO_KEY",)),
    Target("server", "联盟自己的网站服务器（rsync over SSH）", "HONORS_DEPLOY_RSYNC",
           "deploy@www.example.org.cn:/var/www/honors/",
           (KNOWN_HOSTS, "HONORS_DEPLOY_SSH_PORT"), ("HONORS_DEPLOY_SSH_KEY",)),
)
VARIABLE_REF = re.compile(r"\bvars\.([A-Z][A-Z0-9_]*)")
SECRET_REF = re.compile(r"\bsecrets\.([A-Z][A-Z0-9_]*)")


def all_variables() -> set[str]:
    return {name for t in TARGETS for name in (t.variable, *t.extra_variables)}


def referenced(text: str, pattern: re.Pattern[str] = VARIABLE_REF) -> set[str]:
    """The repository variables (or secrets) a workflow text reads."""
    return set(pattern.findall(text))
