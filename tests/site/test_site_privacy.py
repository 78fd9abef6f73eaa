"""No personal data beyond name, unit, department, position/title and award is published."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
from pathlib import Path

from sitetools import ROOT, BuiltSite, find_all, squash

from generator.forms.imagetext import embed_text, png_texts
from generator.guard.privacy import image_views, private_values, scan_images, scan_site
from generator.load.records import Repository
from generator.models import Collective, Individual, SpecialCollective
from generator.site.public import PRIVATE_FIELDS, PUBLIC_FIELDS, PublicEntry

PHONE = re.compile(r"(?<!\d)(0\d{2,3}-\d{7,8}|1[3-9]\d{9})(?!\d)")
PUBLISHED_FILES = (".html", ".json", ".xml", ".js")
# The 填报指南 shows how to write a phone number with these made-up examples.
GUIDE_EXAMPLES = {"029-85420000", "13800000000"}
ALLOWED_PERSON_ROWS = {"姓名", "工作单位", "所在部门", "职务", "职称", "业务领域", "所在城市", "推荐单位"}


def office_phones(repo: Repository) -> set[str]:
    """The office's own numbers, published on purpose: the contact and the 公示's objection line."""
    phones: set[str] = set()
    for c in repo.campaigns:
        phones.update(PHONE.findall(c.config.contact or ""))
        if c.config.publicity is not None:
            phones.add(c.config.publicity.phone)
    return phones


def site_text(site: BuiltSite) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in site.files(*PUBLISHED_FILES) if "javascripts" not in p.parts)


def test_public_view_reads_no_private_field() -> None:
    for kind, fields in PUBLIC_FIELDS.items():
        assert not set(fields) & set(PRIVATE_FIELDS), kind
    attributes = {f.name for f in dataclasses.fields(PublicEntry)}
    assert not attributes & {"gender", "age", "education", "personal_phone", "phone",
                             "years_in_role", "head", "is_director", "director_reason"}


def test_no_phone_number_anywhere_but_the_guides_examples(
    demo_site: BuiltSite, demo_repo: Repository
) -> None:
    allowed = GUIDE_EXAMPLES | office_phones(demo_repo)
    found = set(PHONE.findall(site_text(demo_site)))
    assert found <= allowed, sorted(found - allowed)[:5]
    used = {getattr(n.form, f, None) for c in demo_repo.campaigns for n in c.nominations
            for f in ("phone", "personal_phone")}
    used |= {s.phone for c in demo_repo.campaigns for s in c.summaries.values()}
    assert not used & allowed


def test_personal_phones_and_clerks_are_not_published(demo_site: BuiltSite, demo_repo: Repository) -> None:
    text = site_text(demo_site)
    checked = 0
    for campaign in demo_repo.campaigns:
        for n in campaign.nominations:
            for name in ("personal_phone", "phone"):
                value = getattr(n.form, name, None)
                if value:
                    assert value not in text, n.path
                    checked += 1
        for summary in campaign.summaries.values():
            assert summary.phone not in text
            checked += 1
    assert checked > 20


def test_person_pages_show_only_public_fields(demo_site: BuiltSite, demo_repo: Repository) -> None:
    people = [n for c in demo_repo.campaigns for n in c.nominations if n.award == "individual"]
    assert people
    for n in people:
        form: Individual = n.form  # type: ignore[assignment]
        url = f"{n.path.split('/')[1]}/{n.rel.removesuffix('.yaml')}/"
        page = demo_site.article(url)
        table = find_all(page, "table", **{"class": "honors-fields"})[0]
        rows = {squash(th.text) for th in find_all(table, "th")}
        assert rows <= ALLOWED_PERSON_ROWS, url
        text = squash(page.text)
        for label in ("性别", "年龄", "学历", "从事本工作时间", "联系电话"):
            assert label not in text, (url, label)
        assert form.years_in_role not in text, url


def test_unit_heads_are_not_published(demo_site: BuiltSite, demo_repo: Repository) -> None:
    """单位负责人 is on the paper forms only (unless the same person is public for another reason)."""
    text = site_text(demo_site)
    public_names = {n.form.name for c in demo_repo.campaigns for n in c.nominations
                    if isinstance(n.form, Individual)}
    assert demo_repo.registry is not None
    public_names |= {c.liaison.name for c in demo_repo.registry.cities if c.liaison}
    heads = {n.form.head for c in demo_repo.campaigns for n in c.nominations
             if isinstance(n.form, (Collective, SpecialCollective))} - public_names
    assert heads
    leaked = sorted(h for h in heads if h in text)
    assert not leaked, leaked


def test_search_index_has_no_private_data(demo_site: BuiltSite, demo_repo: Repository) -> None:
    index = json.loads((demo_site.path / "search" / "search_index.json").read_text(encoding="utf-8"))
    person_docs = [d for d in index["docs"] if re.match(r"20\d\d/(cities|groups|office)/.+/", d["location"])]
    assert person_docs
    allowed = GUIDE_EXAMPLES | office_phones(demo_repo)
    for doc in index["docs"]:
        found = set(PHONE.findall(doc["title"] + doc["text"]))
        assert found <= allowed, doc["location"]
    for doc in person_docs:
        text = (doc["title"] + doc["text"]).replace("\u200b", "")
        for label in ("性别", "年龄", "学历", "联系电话"):
            assert label not in text, (doc["location"], label)


# --- pictures: the alt texts and the text a PNG carries (the forms' previews) ----------------

PREVIEWS = sorted((ROOT / "docs" / "office" / "img").glob("*.png"))


def demo_person(repo: Repository) -> tuple[str, Individual]:
    return next((n.path, n.form) for n in repo.campaigns[0].nominations if isinstance(n.form, Individual))


def test_previews_carry_their_text_and_it_is_masked(demo_repo: Repository) -> None:
    assert PREVIEWS
    secrets = private_values(demo_repo)
    for png in PREVIEWS:
        texts = png_texts(png.read_bytes())
        assert texts and texts[0].strip(), f"{png.name} carries no text"
        if png.name.startswith("form-1-"):  # the nomination forms: personal fields masked
            assert "××" in texts[0], png.name
        for view in image_views(png):
            assert not [s for s in secrets if s.pattern.search(view)], png.name


def test_an_unmasked_preview_is_caught(demo_site: BuiltSite, demo_repo: Repository,
                                       tmp_path: Path) -> None:
    _, form = demo_person(demo_repo)
    site = tmp_path / "site"
    shutil.copytree(demo_site.path, site)
    picture = site / "office" / "img" / PREVIEWS[0].name
    assert picture.is_file(), "the previews are published with the guide"
    embed_text(picture, f"姓名\n{form.name}\n性别\n{form.gender}\n年龄\n{form.age}\n学历\n{form.education}")
    leaks = {(leak.file, leak.kind) for leak in scan_site(site, private_values(demo_repo))}
    rel = f"office/img/{PREVIEWS[0].name}"
    assert {(rel, "年龄"), (rel, "性别"), (rel, "学历")} <= leaks
    assert not scan_site(demo_site.path, private_values(demo_repo))


def test_an_alt_text_is_read(demo_site: BuiltSite, demo_repo: Repository, tmp_path: Path) -> None:
    _, form = demo_person(demo_repo)
    page = tmp_path / "page.html"
    page.write_text(f'<p>配图</p><img src="x.png" alt="{form.name}，{form.age}岁">', encoding="utf-8")
    assert [leak.kind for leak in scan_images(tmp_path, private_values(demo_repo))] == ["年龄"]
    page.write_text(f'<img src="x.png" alt="{form.name}在读者活动中">', encoding="utf-8")
    assert not scan_images(tmp_path, private_values(demo_repo))
