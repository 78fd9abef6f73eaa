"""What the public pages know of a nomination: a group's or the office's nomination is placed in
the city of its library, with the library's name compared as the validator compares it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.validate import validate_repository
from generator.models import SpecialCollective
from generator.site.public import public_entry

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("written", ["{unit}", "{city} {rest}", "{city}\u3000{rest}", " {unit} "])
def test_a_group_nomination_is_placed_in_its_librarys_city_however_spaced(written: str) -> None:
    repo, result = validate_repository(ROOT)
    assert not result.has_errors
    campaign = repo.campaigns[0]
    record = next(n for n in campaign.nominations if n.rel == "groups/digital/special-chanhe.yaml")
    registry = campaign.registry
    assert registry is not None
    form = record.form
    assert isinstance(form, SpecialCollective)
    city = next(c for c in registry.cities
                if any(m.name == form.unit for m in c.members))
    rest = form.unit.removeprefix(city.name)
    record.form = form.model_copy(
        update={"unit": written.format(unit=form.unit, city=city.name, rest=rest)})

    entry = public_entry(record, registry, campaign.config)

    assert entry.city_code == city.code


def test_a_library_outside_every_city_has_no_city() -> None:
    repo, _ = validate_repository(ROOT)
    campaign = repo.campaigns[0]
    record = next(n for n in campaign.nominations if n.rel == "groups/digital/special-chanhe.yaml")
    record.form = record.form.model_copy(update={"unit": "陕西省图书馆"})

    assert public_entry(record, campaign.registry, campaign.config).city_code is None
