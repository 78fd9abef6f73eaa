"""Where each generated page lives (ASCII paths) and how pages link to each other."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

GUIDE = "guide/index.md"
GUIDE_TEMPLATES = "guide/templates.md"
GUIDE_FIELDS = "guide/fields.md"
CONTRIBUTING = "guide/contributing.md"
YEARS = "years/index.md"  # an index: the 往年评选 section opens on it, its years below
DATA = "data/index.md"
ABOUT = "about/index.md"
VERIFY = "verify/index.md"  # 证书查验: every final year's certificate and plaque numbers
VERIFY_DATA = "verify/certificates.json"
HOME = "index.md"


@dataclass(frozen=True)
class CampaignPaths:
    """The source paths of one campaign's pages; the newest campaign's overview is the home."""

    year: int
    newest: bool

    @property
    def prefix(self) -> str:
        return str(self.year)

    @property
    def overview(self) -> str:
        return HOME if self.newest else f"{self.prefix}/index.md"

    @property
    def year_home(self) -> str:
        """The year's own URL (for the newest year, a pointer to the home page)."""
        return f"{self.prefix}/index.md"

    @property
    def rules(self) -> str:
        return f"{self.prefix}/rules.md"

    @property
    def cities(self) -> str:
        return f"{self.prefix}/cities/index.md"

    def city(self, code: str) -> str:
        return f"{self.prefix}/cities/{code}/index.md"

    @property
    def special(self) -> str:
        return f"{self.prefix}/special.md"

    @property
    def cases(self) -> str:
        return f"{self.prefix}/cases/index.md"

    def case(self, slug: str) -> str:
        return f"{self.prefix}/cases/{slug}.md"

    def nomination(self, key: str) -> str:
        """A nomination's page mirrors its file: cities/xian/a.yaml -> 2024/cities/xian/a.md."""
        return f"{self.prefix}/{key.removesuffix('.yaml')}.md"

    @property
    def honors(self) -> str:
        return f"{self.prefix}/honors.md"

    @property
    def roll_csv(self) -> str:
        """The honor roll as open data (public fields only)."""
        return f"{self.prefix}/honor-roll-{self.year}.csv"


def page_url(src: str, use_directory_urls: bool = True) -> str:
    """The URL MkDocs gives a Markdown source path (relative to the site root)."""
    stem = src.removesuffix(".md")
    if not use_directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


def relative_url(from_src: str, to_src: str, use_directory_urls: bool = True) -> str:
    """A link from one page to another that works under any site prefix."""
    here = page_url(from_src, use_directory_urls)
    there = page_url(to_src, use_directory_urls)
    base = here if here.endswith("/") or not here else posixpath.dirname(here)
    rel = posixpath.relpath(there or ".", base.rstrip("/") or ".")
    if there.endswith("/") or not there:
        return "./" if rel == "." else rel + "/"
    return rel


def asset_url(from_src: str, asset: str, use_directory_urls: bool = True) -> str:
    """A link from a page to a file of the site (an image), relative to the page."""
    here = page_url(from_src, use_directory_urls)
    base = here.rstrip("/") if use_directory_urls else posixpath.dirname(here)
    return posixpath.relpath(asset, base or ".")
