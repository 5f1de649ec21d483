"""Round 35: Ukrainian villages the gazetteer lacks, placed at their hromada from the KATOTTG table (a fallback)."""

from __future__ import annotations

from eventwire.gazetteer import haversine_km, load_gazetteer
from eventwire.geoparsing import TOLD_POINT, Geoparser

_FRONT = ("Russian forces shelled Bakhmut, Soledar and Siversk on Tuesday. Ukrainian troops held positions near "
          "Kramatorsk and Sloviansk. ")


def _parse(text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for m in Geoparser().parse(text):
        out.setdefault(m.text, []).append(m)
    return out


def test_a_village_the_gazetteer_lacks_sits_at_its_hromada() -> None:
    assert not load_gazetteer().candidates("Stryapivka")
    got = _parse(_FRONT + "Russian forces seized Stryapivka, northeast of Bakhmut.")
    (m,) = got["Stryapivka"]
    assert m.feature_code == TOLD_POINT and m.geonameid is None and m.country_code == "UA"
    assert haversine_km(m.lat, m.lon, 48.70, 38.09) < 15  # Soledar hromada
    assert m.admin1 == "Donetsk Oblast"


def test_the_oblast_the_text_names_picks_among_namesakes() -> None:
    text = _FRONT + "Ukrainian forces repelled an assault on Turove, Kharkiv Oblast."
    (m,) = _parse(text)["Turove"]
    assert m.admin1 == "Kharkiv Oblast"


def test_a_shared_name_without_context_stays_unread() -> None:
    # Three hromadas hold a Turove; nothing in its sentence or paragraph says which.
    text = _FRONT + "\nThe governor said the shelling of Turove continued overnight."
    assert "Turove" not in _parse(text)


def test_a_place_in_the_same_sentence_picks_among_namesakes() -> None:
    # Shumy: one in Vinnytsia Oblast, one near Toretsk; Bakhmut in the sentence picks the second.
    (m,) = _parse(_FRONT + "Russian forces struck Shumy and Bakhmut.")["Shumy"]
    assert haversine_km(m.lat, m.lon, 48.39, 37.85) < 20


def test_a_text_not_about_ukraine_is_untouched() -> None:
    text = "The council met in Springfield on Monday. Officials drove to Stryapivka and Peoria afterwards."
    assert "Stryapivka" not in _parse(text)


def test_a_name_the_gazetteer_holds_keeps_its_record() -> None:
    got = _parse(_FRONT + "Russian forces attacked toward Izium.")
    assert all(m.geonameid is not None for m in got["Izium"])


def test_it_can_be_switched_off() -> None:
    text = _FRONT + "Russian forces seized Stryapivka, northeast of Bakhmut."
    assert all(m.text != "Stryapivka" for m in Geoparser(villages=False).parse(text))


def test_news_drops_the_i_after_a_vowel() -> None:
    (m,) = _parse(_FRONT + "Russian forces attacked Voevodivka, north of Severodonetsk.")["Voevodivka"]
    assert m.admin1 == "Luhansk Oblast"
