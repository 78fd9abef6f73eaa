"""Who is a committee library's liaison (联络人), for quotas, counts, the roll and the forms.

「各委员馆联盟工作联络人不占此名额，联盟办将对联盟工作联络人另外进行表彰」: a city's individual
nomination is its liaison when the file says 是否联络人: 是, or when the person is the liaison the
registry records for that city (a file that forgot the flag still takes no place; E012 warns).
"""

from __future__ import annotations

from generator.load.records import NominationRecord
from generator.models import Individual, Registry
from generator.models.names import norm


def registered_liaison(n: NominationRecord, registry: Registry) -> bool:
    """Whether n (an individual) names the liaison the registry records for its city."""
    assert isinstance(n.form, Individual)
    city = registry.city(n.source.code) if n.source.kind == "city" else None
    return bool(city and city.liaison and norm(city.liaison.name) == norm(n.form.name))


def is_liaison(n: NominationRecord, registry: Registry) -> bool:
    """Whether n is a city's liaison nomination (outside the city's quota of individuals)."""
    if n.source.kind != "city" or not isinstance(n.form, Individual):
        return False
    return n.form.is_liaison or registered_liaison(n, registry)
