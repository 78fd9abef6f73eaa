"""The 在线填报 section: an index page and one page per form, plus the data file they load."""

from __future__ import annotations

from generator.load.records import Repository
from generator.site import onlineform
from generator.site.pages import Renderer


def add_form_pages(renderer: Renderer, repo: Repository, repo_url: str | None) -> None:
    """Add the form pages and their data to what the renderer has made (nothing without a campaign)."""
    campaign = onlineform.open_campaign(repo.campaigns)
    if campaign is None:
        return
    registry = campaign.registry or repo.registry
    data = onlineform.form_data(campaign, registry, repo_url)
    renderer.content.downloads[onlineform.DATA] = onlineform.data_bytes(data)
    context = {
        "c": campaign.config, "stage": campaign.stage, "forms": onlineform.FORMS,
        "page_of": onlineform.page_of, "data_file": onlineform.DATA,
        "script": onlineform.SCRIPT, "style": onlineform.STYLE, "repo_url": data["repo_url"],
        "owner_words": onlineform.OWNER_WORDS, "allowed_kinds": onlineform.allowed_kinds,
    }
    renderer.add(onlineform.INDEX, "form_index.md.j2", "在线填报", **context)
    wide = {"hide": ["navigation", "toc"], "search": {"boost": 0.5}}
    for kind, title in onlineform.FORMS:
        renderer.add(onlineform.page_of(kind), "form_page.md.j2", title, wide, kind=kind,
                     **context)
