"""Round 8: cross-border namesakes follow the article's setting; distance anchors; unit lists."""

from __future__ import annotations

from eventwire.geoparsing import default_geoparser
from eventwire.model import PlaceMention


def _parse(text: str) -> list[PlaceMention]:
    return [m for m in default_geoparser().parse(text) if m.role != "demonym"]


def test_city_is_not_inside_a_smaller_town_after_in() -> None:
    text = ("Russian forces shelled Mariupol, Izyum and Kramatorsk, Donetsk Oblast. "
            "A Russian column moved west toward Donetsk in Matveev Kurgan, Rostov Oblast.")
    got = [(m.text, m.country_code) for m in _parse(text) if m.text == "Donetsk"]
    assert got == [("Donetsk", "UA")]


def test_coordinated_admin_word_marks_a_unit() -> None:
    m = next(m for m in _parse("Fighting went on in Donetsk and Luhansk Oblasts.") if m.text == "Donetsk")
    assert (m.country_code, m.feature_code) == ("UA", "ADM1")


def test_two_provinces_after_a_comma_are_a_list() -> None:
    got = {m.text: m.name for m in _parse("Russian forces shelled Southern Kharkiv, Donetsk, Luhansk Oblasts.")}
    assert got["Donetsk"] == "Donetsk Oblast" and got["Luhansk"] == "Luhansk Oblast"  # the units, not the cities


def test_distance_anchor_prefers_its_own_name_over_an_alias() -> None:
    text = "Russian troops tried to advance from Pasika to Dolyna, about 20 km northwest of Slovyansk."
    m = next(m for m in _parse(text) if m.text == "Dolyna")
    assert m.admin1 == "Donetsk Oblast"  # not the larger Dolyna of Ivano-Frankivsk Oblast


def test_a_city_keeps_its_reading_next_to_a_distance_phrase() -> None:
    text = ("Russian forces attacked north of Donetsk on June 25 and shelled a village 15 km north of Bakhmut. "
            "Donetsk was quiet later.")
    assert {m.name for m in _parse(text) if m.text == "Donetsk"} == {"Donetsk"}
