"""The honor roll is published as open data (CSV) beside its page, with public fields only."""

from __future__ import annotations

import csv
import io

from sitetools import BuiltSite, find_all

from generator.forms.roll import PUBLIC_COLUMNS, public_rows
from generator.models import Individual
from generator.records import Repository


def test_each_decided_year_links_its_roll_csv(demo_site: BuiltSite, demo_repo: Repository) -> None:
    for campaign in demo_repo.campaigns:
        assert campaign.decisions is not None
        page = f"{campaign.year}/honors/"
        links = [a.attrs["href"] for a in find_all(demo_site.article(page), "a")
                 if a.attrs.get("href", "").endswith(".csv")]
        assert links == [f"../honor-roll-{campaign.year}.csv"]
        data = (demo_site.path / str(campaign.year) / f"honor-roll-{campaign.year}.csv").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")  # Excel on Windows reads the BOM as UTF-8
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        assert tuple(rows[0]) == PUBLIC_COLUMNS
        assert rows == public_rows(demo_repo.registry, campaign)
        assert len(rows) == len(campaign.decisions.entries) + len(campaign.decisions.liaisons)


def test_roll_csv_carries_no_private_field(demo_site: BuiltSite, demo_repo: Repository) -> None:
    campaign = demo_repo.campaigns[0]
    text = (demo_site.path / str(campaign.year) / f"honor-roll-{campaign.year}.csv").read_text("utf-8-sig")
    people = [n.form for n in campaign.nominations if isinstance(n.form, Individual)]
    assert people
    for person in people:
        if person.personal_phone:
            assert person.personal_phone not in text
        assert f"{person.name},{person.age}" not in text
    for summary in campaign.summaries.values():
        assert summary.phone not in text
