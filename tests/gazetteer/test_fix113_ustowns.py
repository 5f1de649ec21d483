"""Round 104, second mends: no post office for a landmark's name, USPS cuts dropped, and the home rule needs
something American in the text (gazetteer/ustowns.py, geoparsing/footing.py). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.gazetteer.normalize import name_key
from eventwire.gazetteer.ustowns import _cut, us_towns, zip_towns


def _zip(city: str, state: str, lat: float, lon: float, accepted: tuple[str, ...] = ()) -> dict:
    return {"city": city, "state": state, "lat": str(lat), "long": str(lon), "county": "",
            "acceptable_cities": list(accepted), "zip_code_type": "STANDARD"}


@pytest.mark.parametrize("cut, full", [
    ("Cockysvil", "Cockeysville"), ("Staffordsvlle", "Staffordsville"), ("Constablevle", "Constableville"),
    ("New Marlborou", "New Marlborough"), ("Vab", "Virginia Beach"), ("Dfafs", "Duke Field Afs"),
])
def test_a_usps_shortening_of_another_name_of_the_zip_is_a_cut(cut: str, full: str) -> None:
    assert _cut(cut, full)


@pytest.mark.parametrize("name, other", [
    ("Newton", "North Newton"),  # a word of the other name
    ("Mckinney", "Mc Kinney"),  # the same letters spaced otherwise
    ("Eglin", "Eglin AFB"),  # the other name extends it by a word
    ("Hazleton", "Hazle Township"),  # too long to be initials
    ("Sautee", "Saute Nacoche"),  # lacks the second word's initial
])
def test_a_name_that_is_no_shortening_is_no_cut(name: str, other: str) -> None:
    assert not _cut(name, other)


def test_cut_names_give_no_town_but_a_zip_s_own_town_stays_though_another_zip_extends_it() -> None:
    rows = [_zip("Cockeysville", "MD", 39.48, -76.64, accepted=("Cockysvil", "Hunt Valley")),
            _zip("Newburyport", "MA", 42.81, -70.87, accepted=("Newbury",)), _zip("Newbury", "MA", 42.78, -70.87)]
    assert sorted(n for n, _ in zip_towns(rows)) == ["Cockeysville", "Hunt Valley", "Newbury", "Newburyport"]


def test_a_landmark_s_name_gives_no_post_office() -> None:
    rows = [_zip("Kremlin", "MT", 48.53, -110.1), _zip("Wall Street", "NY", 40.7, -74.0),
            _zip("Thackerville", "OK", 33.8, -97.1)]
    assert [p.name for p in us_towns([], {}, name_key, rows)] == ["Thackerville"]


@pytest.mark.parametrize("text", [
    "Kremlin spokesman Dmitry Peskov said on Monday that the talks had stalled.",
    "Kremlin officials denied the report on Monday.",
    "Drones struck targets near Silver Star on Monday, the army said.",  # names nothing American
    "Militants attacked a checkpoint near Rhine on Monday, the army said.",
    "Dana Cole, 41, of Ten Mile, said he was riding a bicycle.",  # no US cue: not read as a local paper
])
def test_a_short_item_naming_nothing_american_reads_no_post_office_town(us_town_reads: Callable[[str], list[str]], text: str) -> None:
    assert us_town_reads(text) == []


@pytest.mark.parametrize("text", [
    "Dana Cole, 41, of Ten Mile, said he was riding along County Road 225.",  # a US local unit
    "Dana Cole, 41, of Ten Mile, said he was riding a bicycle to Spring City.",  # a small US town
])
def test_a_local_text_with_an_american_cue_reads_its_post_office_town(us_town_reads: Callable[[str], list[str]], text: str) -> None:
    assert us_town_reads(text) == ["Ten Mile"]
