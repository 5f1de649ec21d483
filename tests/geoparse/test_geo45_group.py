"""Geoparsing round 45: towns a text names with no state read as a tight group in one state. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import Geoparser
from eventwire.model import PlaceMention


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _all(gp: Geoparser, text: str, names: list[str]) -> list[PlaceMention | None]:
    """The readings of the given names' occurrences, in text order, given as spans."""
    spans, at = [], 0
    for n in names:
        s = text.index(n, at)
        spans.append((s, s + len(n)))
        at = s + len(n)
    return gp.resolve_given(text, spans, guesses=True)


def test_three_towns_with_no_state_read_in_the_state_that_holds_them_all(gp: Geoparser) -> None:
    # Shape: a school sports result naming three towns and no state (before: Maryland, Ohio and Ohio).
    text = "Hagerstown won the girls' meet at Columbus on Saturday, and New Castle finished third."
    got = _all(gp, text, ["Hagerstown", "Columbus", "New Castle"])
    assert all(m is not None and m.admin1 == "Indiana" and m.name == n
               for m, n in zip(got, ["Hagerstown", "Columbus", "New Castle"], strict=True))


def test_a_list_of_towns_reads_in_one_state(gp: Geoparser) -> None:
    # Shape: "from A and B to C" (before: Columbus, Ohio, between two Indiana towns 30 and 50 km from Columbus, Indiana).
    text = "Bus lines from Seymour and Columbus to Edinburgh will run again in May."
    got = _all(gp, text, ["Seymour", "Columbus", "Edinburgh"])
    assert [m.admin1 for m in got if m is not None] == ["Indiana"] * 3


def test_two_towns_are_no_group(gp: Geoparser) -> None:
    text = "Hagerstown won the girls' meet at Columbus on Saturday."
    hag, col = _all(gp, text, ["Hagerstown", "Columbus"])
    assert hag is not None and col is not None and hag.admin1 == "Maryland" and col.admin1 == "Ohio"


def test_a_state_the_text_names_keeps_its_readings(gp: Geoparser) -> None:
    text = "Hagerstown won the girls' meet at Columbus, Ohio, on Saturday, and New Castle finished third."
    got = _all(gp, text, ["Hagerstown", "Columbus", "Ohio", "New Castle"])
    assert got[1] is not None and got[1].admin1 == "Ohio" and got[0] is not None and got[0].admin1 == "Maryland"


def test_towns_read_in_two_countries_are_no_group(gp: Geoparser) -> None:
    # A town read abroad in the same text: no story about one state's towns.
    text = ("Hagerstown won the girls' meet at Columbus on Saturday, and New Castle finished third. "
            "The judges had flown in from Toulouse.")
    got = _all(gp, text, ["Hagerstown", "Columbus", "New Castle", "Toulouse"])
    assert got[3] is not None and got[3].country_code == "FR"
    assert got[0] is not None and got[0].admin1 == "Maryland"


def test_a_town_already_near_the_group_keeps_its_reading(gp: Geoparser) -> None:
    # Rubizhne, the Luhansk Oblast city 100 km from Izyum, is not moved to a Kharkiv Oblast village of that name
    # (the group's first form did so).
    text = ("Russian troops are advancing along the road from Izyum to Rubizhne, and other columns are pushing toward "
            "Barvinkove.")
    got = {m.text: m for m in gp.parse(text)}
    assert got["Rubizhne"].admin1 == "Luhansk Oblast" and got["Izyum"].admin1 == "Kharkiv Oblast"


def test_a_city_is_not_moved_to_a_village_by_another_of_its_names(gp: Geoparser) -> None:
    # "Mykolaiv City" in a text naming Donetsk Oblast towns is the city, not a Mykolaivka near them.
    text = "Russian forces shelled Avdiivka, Marinka and Bakhmut, and struck Mykolaiv City with drones."
    got = {m.text: m for m in gp.parse(text)}
    assert got["Mykolaiv"].admin1 == "Mykolaiv Oblast"  # (the span is the name; "City" is read as its hint)
