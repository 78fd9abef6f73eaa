"""Who is a committee library's liaison (联络人), for quotas, counts, the roll and the forms.

「各委员馆联盟工作联络人不占此名额，联盟办将对联盟工作联络人另外进行表彰」: the liaison is a role of
the committee library, held for some years. A city's individual nomination is its liaison when
the person is the liaison the registry records for that city in the campaign's year, by name
(models.names.norm) and unit alike. A namesake at another library is an ordinary individual: a
quota place, the caps, never 「（联络人）」, whatever 是否联络人 says (E010 reports the flag; a
registered liaison who forgot it still takes no place, E012 warns).
"""

from __future__ import annotations

from pathlib import PurePosixPath

from generator.load.records import NominationRecord
from generator.models import Individual, Registry
from generator.models.names import norm


def campaign_year(n: NominationRecord) -> int:
    """The year of the campaign folder the nomination lives in (submissions/<year>/<rel>)."""
    return int(PurePosixPath(n.path.removesuffix(n.rel)).name)


def registered_liaison(n: NominationRecord, registry: Registry) -> bool:
    """Whether n (an individual) is the liaison the registry records for its city that year."""
    assert isinstance(n.form, Individual)
    city = registry.city(n.source.code) if n.source.kind == "city" else None
    liaison = city.liaison_for(campaign_year(n)) if city else None
    return bool(city and liaison and norm(liaison.name) == norm(n.form.name)
                and norm(city.liaison_unit(liaison)) == norm(n.form.unit))


def is_liaison(n: NominationRecord, registry: Registry) -> bool:
    """Whether n is a city's liaison nomination (outside the city's quota of individuals)."""
    if n.source.kind != "city" or not isinstance(n.form, Individual):
        return False
    return registered_liaison(n, registry)
