"""Prepare the two site builds the benchmark compares: ours, and bare MkDocs with plain pages.

Ours: the synthetic repository gets the project's mkdocs.yml and docs/, and `honors build`
runs on it. Bare: the same mkdocs.yml without the `honors` plugin and its nav placeholders
(same theme, theme layer and search plugin), over the same docs/ plus plain Markdown pages
(the nominations' own texts) until the page count equals ours.
"""

from __future__ import annotations

import re
import shutil
from itertools import cycle
from pathlib import Path

from generator.site.plugin import THEME_DIR

REPO = Path(__file__).resolve().parents[1]
PLUGIN_LINE = re.compile(r"^\s*-\s*honors\s*(#.*)?$")
PLACEHOLDER_LINE = re.compile(r"^\s*-\s*honors:\w+\s*(#.*)?$")
NAV_PAGE = re.compile(r"([\w./-]+\.md)\b")


def add_site_files(root: Path, repo: Path = REPO) -> None:
    """Give a synthetic repository the project's mkdocs.yml and hand-written docs/."""
    shutil.copy(repo / "mkdocs.yml", root / "mkdocs.yml")
    if (root / "docs").exists():
        shutil.rmtree(root / "docs")
    shutil.copytree(repo / "docs", root / "docs")


def bare_config(text: str) -> str:
    """mkdocs.yml minus our plugin and its nav placeholders, with our theme layer kept."""
    lines = [line for line in text.split("\n")
             if not PLUGIN_LINE.match(line) and not PLACEHOLDER_LINE.match(line)]
    at = lines.index("theme:")
    lines.insert(at + 1, f"  custom_dir: {THEME_DIR}")
    return "\n".join(lines)


def count_pages(site_dir: Path) -> int:
    """Built pages: every HTML file but the 404 page."""
    return sum(1 for p in site_dir.rglob("*.html") if p.name != "404.html")


def _nav_pages(config: str) -> list[str]:
    nav = config[config.index("\nnav:") :]
    end = re.search(r"\n\S", nav[1:])
    return NAV_PAGE.findall(nav[: end.start() + 1] if end else nav)


def _plain_texts(root: Path) -> list[str]:
    """Each nomination's title and block texts (already Markdown), as a plain page."""
    texts = []
    for file in sorted((root / "submissions").rglob("*.yaml")):
        lines = file.read_text(encoding="utf-8").split("\n")
        title = next((line.split(": ", 1)[1] for line in lines
                      if line.startswith(("姓名: ", "案例名称: ", "单位: "))), None)
        if title is None:
            continue
        body = [line[2:] for line in lines if line.startswith("  ") or line == ""]
        texts.append(f"# {title}\n\n" + "\n".join(body).strip() + "\n")
    return texts


def make_bare(root: Path, bare: Path, pages: int, years: list[int], repo: Path = REPO) -> int:
    """Write the bare site's sources under bare/; returns its page count (equal to `pages`)."""
    if bare.exists():
        shutil.rmtree(bare)
    # docs/tech/ is kept off the site (exclude_docs in mkdocs.yml): it is no page of either build.
    shutil.copytree(repo / "docs", bare / "docs", ignore=lambda folder, names:
                    ["tech"] if Path(folder) == repo / "docs" else [])
    config = bare_config((repo / "mkdocs.yml").read_text(encoding="utf-8"))
    (bare / "mkdocs.yml").write_text(config, encoding="utf-8")
    docs = bare / "docs"
    texts = cycle(_plain_texts(root))
    for page in _nav_pages(config):  # pages our plugin would have generated
        target = docs / page
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(next(texts), encoding="utf-8")
    have = sum(1 for _ in docs.rglob("*.md"))
    for i in range(pages - have):
        # Under /<year>/ like our nomination pages: outside the nav (not_in_nav).
        target = docs / str(years[i % len(years)]) / f"p{i:06d}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(next(texts), encoding="utf-8")
    return sum(1 for _ in docs.rglob("*.md"))
