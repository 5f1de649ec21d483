"""Geoparsing round 103: a container the text states for a name outranks a co-mention elsewhere in the text.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.geoparsing import Geoparser


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _read(gp: Geoparser, text: str, names: list[str], name: str) -> tuple[str | None, str | None]:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    m = gp.resolve_given(text, spans, guesses=True)[names.index(name)]
    assert m is not None
    return m.country_code, m.admin1


def test_a_stated_country_outranks_a_namesakes_province_named_elsewhere(gp: Geoparser) -> None:
    # Shape: "X is a town in C. ... came from <a province and region of another country>". Before, "Zamora" and
    # "Castile and León" gave Toro, Spain 4.5 co-mention points and beat the definition's Toro, Colombia.
    text = "Toro is a town in Colombia. Its first settlers came from Zamora in Castile and León."
    names = ["Toro", "Colombia", "Zamora", "Castile and León"]
    assert _read(gp, text, names, "Toro")[0] == "CO"
    assert _read(gp, text, names, "Zamora")[0] == "ES"  # the co-mention itself keeps its own reading


def test_the_co_mention_still_counts_for_the_reading_the_container_holds(gp: Geoparser) -> None:
    text = "Toro is a town in Spain. Its first settlers came from Zamora in Castile and León."
    assert _read(gp, text, ["Toro", "Spain", "Zamora", "Castile and León"], "Toro") == ("ES", "Castille and Leon")


def test_without_a_stated_container_the_co_mention_decides(gp: Geoparser) -> None:
    # No container is stated for Toro here: the province named beside it is the evidence, as before.
    text = "Toro lies near Zamora in Castile and León. Its wine sells well in Colombia."
    assert _read(gp, text, ["Toro", "Zamora", "Castile and León", "Colombia"], "Toro")[0] == "ES"
