"""Round 41: Gulf oil fields, terminals and islands the tables lack, as curated places. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from geo_helpers import km as _km

from eventwire.geoparsing import Geoparser
from eventwire.model import PlaceMention


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _named(gp: Geoparser, text: str, name: str) -> PlaceMention:
    """The parsed mention whose text is `name`."""
    hits = [m for m in gp.parse(text) if m.text == name]
    assert hits, f"{name!r} not found in {text!r}"
    return hits[0]


def test_a_renamed_offshore_field_is_in_the_gulf(gp: Geoparser) -> None:
    # Shape: "platforms at the <field> field", a field no GeoNames record names (read before as nothing).
    m = _named(gp, "Two warships shelled the oil platforms at Rashadat on Monday, a navy statement said.", "Rashadat")
    assert m.feature_code == "OILF" and m.country_code == "IR"
    assert _km(m, 26.0, 52.8) < 40


def test_a_field_in_a_list_of_fields(gp: Geoparser) -> None:
    # Shape: "Iran's A and B offshore oilfields were attacked".
    text = "Shipping sources said Iran's Sassan and Rakhsh offshore oilfields were hit by jets at dawn."
    assert _named(gp, text, "Sassan").feature_code == "OILF"
    assert _named(gp, text, "Rakhsh").feature_code == "OILF"


def test_an_oil_terminal_island(gp: Geoparser) -> None:
    # Shape: "<name> Island", an island the tables hold only as its town or not at all.
    m = _named(gp, "A tanker loading at Sirri Island was hit by a missile on Tuesday.", "Sirri Island")
    assert m.feature_code == "ISL" and _km(m, 25.9, 54.5) < 25
    k = _named(gp, "Warplanes struck a jetty of Iran's Kharg Island oil terminal.", "Kharg Island")
    assert _km(k, 29.25, 50.32) < 10


@pytest.mark.parametrize("text", [
    "Tehran lit bonfires for Nowruz on Tuesday night.",
    "The poet Ardeshir read his verses in Tehran.",
    "Rostam Ghasemi, the oil minister, visited Tehran.",
])
def test_given_names_and_festivals_stay_no_field(gp: Geoparser, text: str) -> None:
    # Bare "Nowruz", "Ardeshir" and "Rostam" are a festival and given names: only "<name> Field" names a field.
    assert all(m.feature_code != "OILF" for m in gp.parse(text))
