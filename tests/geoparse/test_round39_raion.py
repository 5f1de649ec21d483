"""Round 39: an event told in a raion named after its seat town is placed at that town."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.gazetteer.index import haversine_km

PUB = date(2022, 10, 27)


def _places(text: str) -> list[tuple[str, float, float]]:
    return [(e.location.name or "", e.location.lat, e.location.lon) for e in extract(text, published=PUB)
            if e.location is not None and e.location.lat is not None and e.location.lon is not None]


def test_a_raion_named_after_its_town_goes_at_the_town() -> None:
    got = _places("Ukrainian officials said that Ukrainian airstrikes hit Russian equipment in the Beryslav Raion on "
                  "October 26.")
    assert [n for n, _, _ in got] == ["Beryslav"]
    assert haversine_km(got[0][1], got[0][2], 46.84, 33.43) < 5  # the town, not the unit's point 34 km north


def test_a_lower_case_district_word_also_names_the_seat() -> None:
    got = _places("Regional officials reported that Russian forces shelled settlements in Nikopol district on "
                  "October 26.")
    assert [n for n, _, _ in got] == ["Nikopol"]


def test_an_oblast_is_no_raion() -> None:
    # Only a second-level unit moves to its town: an oblast-level event stays at the oblast.
    got = [e.location for e in extract("Russian forces shelled Kherson Oblast on October 26.", published=PUB)]
    assert [(p.name, p.feature_code) for p in got if p is not None] == [("Kherson Oblast", "ADM1")]


def test_a_raion_placed_at_its_town_keeps_district_precision() -> None:
    # Review s13a D2: the text names the district, not the town: ACLED's precision 2 at the seat's point.
    got = [e.location for e in extract("Ukrainian airstrikes hit Russian equipment in the Beryslav Raion on October "
                                       "26.", published=PUB) if e.location is not None]
    assert [(p.name, p.precision) for p in got] == [("Beryslav", 2)]
    town = [e.location for e in extract("Ukrainian airstrikes hit Russian equipment in Beryslav on October 26.",
                                        published=PUB) if e.location is not None]
    assert [(p.name, p.precision) for p in town] == [("Beryslav", 1)]


def test_a_district_word_after_the_mention_also_keeps_district_precision() -> None:
    # Review s13c C5: "Nikopol district" (the unit word after the mention) is the district too, not the town.
    got = [e.location for e in extract("Russian artillery shelled villages in Nikopol district on October 26.",
                                       published=PUB) if e.location is not None]
    assert [(p.name, p.precision) for p in got] == [("Nikopol", 2)]
