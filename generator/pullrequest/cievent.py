"""What a CI run knows about itself, from the forge's event payload or plain variables.

GitHub Actions, Gitea Actions and Forgejo Actions all hand a job the event that started it as
a JSON file named by GITHUB_EVENT_PATH. Other forges (GitLab CI, Jenkins, …) have no such
file: there the commands read plain HONORS_* variables that a pipeline sets from its own
(see docs/office/forges.md). Nothing here talks to a server.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.core.errors import UserError

EVENT_PATH = "GITHUB_EVENT_PATH"  # the name Gitea and Forgejo Actions use too
VISIBILITY = "HONORS_REPO_VISIBILITY"


def load_event(env: Mapping[str, str] | None = None) -> dict[str, Any] | None:
    """The event payload of this run, or None outside an Actions-style runner."""
    env = os.environ if env is None else env
    where = env.get(EVENT_PATH, "").strip()
    if not where:
        return None
    try:
        data = json.loads(Path(where).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise UserError(f"读不出 CI 事件文件 {EVENT_PATH}（{where}）：{err.__class__.__name__}。",
                        f"这个变量由 CI 设置；在本机运行时请取消它（unset {EVENT_PATH}）。") from None
    return data if isinstance(data, dict) else None


def dig(data: Any, *keys: str) -> Any:
    """data[k1][k2]…, or None where any level is missing."""
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def visibility(env: Mapping[str, str] | None = None) -> tuple[str | None, str]:
    """(public | private | internal | None, where it was read).

    The event payload (repository.visibility, else repository.private) is the server's own
    word and comes first; HONORS_REPO_VISIBILITY serves forges without one (GitLab:
    `HONORS_REPO_VISIBILITY: $CI_PROJECT_VISIBILITY`).
    """
    env = os.environ if env is None else env
    repo = dig(load_event(env), "repository")
    if isinstance(repo, dict):
        word = repo.get("visibility")
        if isinstance(word, str) and word.strip():
            return _normal(word), "CI 事件中的 repository.visibility"
        if isinstance(repo.get("private"), bool):
            return ("private" if repo["private"] else "public"), "CI 事件中的 repository.private"
    word = env.get(VISIBILITY, "").strip()
    if word:
        return _normal(word), f"环境变量 {VISIBILITY}"
    return None, ""


WORDS = {"public": "public", "公开": "public", "private": "private", "私有": "private",
         "internal": "internal", "内部": "internal", "limited": "internal"}


def _normal(word: str) -> str:
    """The three visibilities; Gitea's `limited` (signed-in users only) counts as internal."""
    key = word.strip().lower()
    if key not in WORDS:
        raise UserError(f"看不懂仓库可见性「{word}」。",
                        f"{VISIBILITY} 只能是 public、private 或 internal（公开、私有、内部）。")
    return WORDS[key]
