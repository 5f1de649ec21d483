"""Session 24, geo120: an island the definition puts a place on stands in before the state around it.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.geoparsing import Geoparser


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _read(gp: Geoparser, text: str, name: str) -> tuple[str | None, str | None, str | None]:
    i = text.index(name)
    m = gp.resolve_given(text, [(i, i + len(name))], guesses=True)[0]
    assert m is not None
    return m.name, m.country_code, m.feature_code


def test_a_place_on_an_island_of_the_stated_territory_is_read_on_the_island(gp: Geoparser) -> None:
    # No Eureka lies in Nunavut: before, the territory's middle (1,700 km south) stood in; now the island does.
    text = "Eureka is a weather station on Ellesmere Island, in the territory of Nunavut. Its winters are long."
    assert _read(gp, text, "Eureka") == ("Ellesmere Island", "CA", "ISL")


def test_the_island_may_follow_a_peninsula_after_on(gp: Geoparser) -> None:
    text = "Eureka is a weather station on Fosheim Peninsula, Ellesmere Island, in the territory of Nunavut."
    assert _read(gp, text, "Eureka")[0] == "Ellesmere Island"


def test_an_island_not_said_to_hold_the_place_does_not_stand_in(gp: Geoparser) -> None:
    # "across from" the island: no "on", so the territory stands in as before.
    text = "Eureka is a weather station in the territory of Nunavut, across the sound from Ellesmere Island."
    assert _read(gp, text, "Eureka")[2] == "ADM1"


def test_a_town_named_in_the_state_still_stands_in_before_the_island(gp: Geoparser) -> None:
    # Guard (town_inside, "Mogo ... south of Batemans Bay"): a town the article names in the state is kept.
    text = ("Mogo is a village on the coast of New South Wales, Australia. It lies south of Batemans Bay, "
            "and visitors come from Batemans Bay in summer.")
    assert _read(gp, text, "Mogo")[0] == "Batemans Bay"
