"""A wire dateline word naming a town and the area around it of the same name reads as the town (session 32)."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import default_geoparser


def _bureau(text: str) -> tuple[str | None, str | None]:
    first = default_geoparser().parse(text)[0]
    return first.name, first.feature_code


@pytest.mark.parametrize(("word", "town"), [
    ("LVIV", "Lviv"),  # not Lviv Oblast
    ("KYIV", "Kyiv"),  # not the ADM1 "Kyiv City"
    ("NEW YORK", "New York City"),  # not the state
    ("SAO PAULO", "São Paulo"),  # not the state
    ("LIMA", "Lima"),  # not Lima Province
    ("ZURICH", "Zürich"),  # not the canton
    ("KUWAIT", "Kuwait City"),  # a city-state's capital
])
def test_a_dated_bureau_is_the_town_not_its_area(word: str, town: str) -> None:
    name, code = _bureau(f"{word}, June 3 - A bomb exploded at a market on Monday, police said.")
    assert name == town and code is not None and code.startswith("PPL")


def test_an_agency_dateline_is_the_town_too() -> None:
    assert _bureau("LVIV (Reuters) - A bomb exploded at a market on Monday, police said.")[0] == "Lviv"


@pytest.mark.parametrize("word", ["BAHRAIN", "EL SALVADOR"])
def test_a_country_holding_no_bureau_town_of_its_name_stays_the_country(word: str) -> None:
    # No town of Bahrain is called so; the towns called El Salvador lie in the Philippines and Mexico.
    assert _bureau(f"{word}, June 3 - A bomb exploded at a market on Monday, police said.")[1] == "PCLI"

def test_a_given_dateline_span_reads_as_parse_reads_it() -> None:
    got = default_geoparser().resolve_given("LVIV, June 3 - A bomb exploded at a market on Monday.", [(0, 4)])[0]
    assert got is not None and got.name == "Lviv"
