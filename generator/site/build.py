"""Run MkDocs on the repository's mkdocs.yml: the body of `honors build` and `honors serve`."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError

from generator.core.errors import UserError
from generator.site import engine

CONFIG_FILE = "mkdocs.yml"
LEVEL_WORDS = {"WARNING": "警告", "ERROR": "错误", "CRITICAL": "错误", "INFO": "信息"}


class _ChineseLevels(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{LEVEL_WORDS.get(record.levelname, record.levelname)}：{record.getMessage()}"


def show_mkdocs_log(level: int) -> logging.Handler:
    """Print the site engine's own messages (plugin errors included) to stderr.

    ProperDocs logs under its own name; Material and plugins log under `mkdocs.…` in both."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_ChineseLevels())
    handler.setLevel(level)
    for name in engine.LOGGERS[engine.IN_USE]:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(min(level, logging.INFO))
        logger.propagate = False
    return handler


def config_path(root: Path) -> Path:
    path = root / CONFIG_FILE
    if not path.is_file():
        raise UserError(f"找不到 {CONFIG_FILE}。", "请在仓库根目录运行，或用 --root 指定仓库根目录。")
    return path


def build_site(root: Path, site_dir: Path, *, file_urls: bool = False, preview: bool = False) -> None:
    """Build the site strictly into site_dir; UserError (nothing published) on any problem.

    The data is validated before MkDocs touches site_dir, so invalid data leaves an
    existing site as it was. With preview, errors in the data do not stop the build: each
    page shows the findings about it (site/preview.py), for a pull request's preview only.
    """
    engine.check()
    try:
        # file_urls: links end in index.html (use_directory_urls off), so a downloaded preview
        # opened from disk (file://) goes from page to page instead of to folder listings.
        extra: dict[str, Any] = {"use_directory_urls": False} if file_urls else {}
        config = load_config(str(config_path(root)), strict=True, site_dir=str(site_dir), **extra)
        if preview:
            _honors_plugin(config).preview = True
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except (Abort, ConfigurationError) as err:
        raise UserError(
            "网站未生成。",
            "原因见上方的错误信息；推荐材料的问题可运行 honors validate 查看详情。",
        ) from err


def _honors_plugin(config: Any) -> Any:
    """The configured `honors` plugin (the preview is its setting, not mkdocs.yml's)."""
    plugin = config.plugins.get("honors")
    if plugin is None:
        raise UserError(f"{CONFIG_FILE} 没有启用 honors 插件，无法生成预览。",
                        f"请在 {CONFIG_FILE} 的 plugins 中保留「- honors」。")
    return plugin
