"""Generated pages before MkDocs: their Markdown bodies, and what Python-Markdown makes of them.

Shared by the tests that check a quicker path (compiled pages, search tokenizing) against
the ordinary one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import markdown

from generator.check.validate import validate_repository
from generator.site.fastpath.rawblocks import stash, unstash
from generator.site.pages import Renderer

KEY = "honorsrawtestx"  # placeholder prefix for raw-HTML blocks


def page_bodies(root: Path) -> dict[str, str]:
    """Every generated page of the repository at root: source path -> Markdown body."""
    repo, result = validate_repository(root)
    assert not result.has_errors
    return {src: page.body for src, page in Renderer(root, True).render(repo).pages.items()}


def with_markdown(body: str, config: Any) -> tuple[str, list[dict[str, Any]]]:
    """The page's HTML and toc tokens the way the plugin gets them from Python-Markdown."""
    md = markdown.Markdown(extensions=config.markdown_extensions,
                           extension_configs=config.mdx_configs)
    text, blocks = stash(body, KEY)
    return unstash(md.convert(text), KEY, blocks), md.toc_tokens
