"""Which site engine runs the build: MkDocs (the default) or ProperDocs, the maintained MkDocs 1.x
fork (docs/tech/site-engine.md says why and what else was weighed).

ProperDocs is a drop-in: it reads the same mkdocs.yml, loads plugins and themes from the same
`mkdocs.plugins` / `mkdocs.themes` entry points (our `honors` plugin, Material), and its
`properdocs.replacement` module makes every `import mkdocs…` resolve to `properdocs…`, so the
plugin's and Material's imports stay as they are. This module activates that before any MkDocs
module is imported (generator/site/__init__.py imports it first):

- HONORS_SITE_ENGINE=properdocs: ProperDocs (CI builds and tests the demo site with it);
- unset or `mkdocs`: MkDocs, unless it is not installed and ProperDocs is (a ProperDocs-only
  environment works without the variable).
"""

from __future__ import annotations

import importlib.util
import os

from generator.core.errors import UserError

VARIABLE = "HONORS_SITE_ENGINE"
ENGINES = ("mkdocs", "properdocs")
# The loggers an engine's messages come from (Material and plugins use `mkdocs.…` under both).
LOGGERS = {"mkdocs": ("mkdocs",), "properdocs": ("mkdocs", "properdocs")}


def requested() -> str:
    return os.environ.get(VARIABLE, "").strip().lower() or "mkdocs"


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def select() -> str:
    """Activate the engine asked for (or the only one installed); the name of the one in use."""
    name = requested()
    if name == "mkdocs" and not _installed("mkdocs") and _installed("properdocs"):
        name = "properdocs"
    if name == "properdocs" and _installed("properdocs"):
        import properdocs.replacement  # noqa: F401  (aliases mkdocs.* to properdocs.*)
    return name


def check() -> None:
    """UserError when the engine asked for is unknown or not installed (before a build starts)."""
    name = requested()
    if name not in ENGINES:
        raise UserError(f"环境变量 {VARIABLE} 的值「{name}」不是可用的网站引擎。",
                        "请写 mkdocs（默认）或 properdocs，或删除这个环境变量。")
    if name == "properdocs" and not _installed("properdocs"):
        raise UserError(f"环境变量 {VARIABLE} 要求用 ProperDocs 生成网站，但没有安装 ProperDocs。",
                        "请运行 pip install properdocs，或删除这个环境变量改用 MkDocs。")


IN_USE = select()
