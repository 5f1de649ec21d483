"""Round 23: bearing asides with no distance, pairs of towns before a front word, village pairs, role words."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import haversine_km
from eventwire.geoparsing import default_geoparser
from eventwire.geoparsing.nearby import directions
from eventwire.model import PlaceMention

# Sentences written for these tests (no third-party text); the place names and coordinates are facts.
_CHERNIHIV = (51.505, 31.287)
_MYKOLAIV = (46.976, 31.993)
_SEVERODONETSK = (48.944, 38.488)


def _parse(text: str) -> list[PlaceMention]:
    return default_geoparser().parse(text)


def _at(ms: list[PlaceMention], text: str) -> PlaceMention:
    (m,) = [x for x in ms if x.text == text]
    return m


def _km(m: PlaceMention, point: tuple[float, float]) -> float:
    assert m.lat is not None and m.lon is not None
    return haversine_km(m.lat, m.lon, *point)


@pytest.mark.parametrize(("text", "name", "anchor"), [
    # Sloboda's only readings lie in other oblasts (Sumy, ...): the aside puts it by Chernihiv.
    ("Ukrainian officials said fighting went on in Sloboda, just south of Chernihiv, on Tuesday.", "Sloboda",
     _CHERNIHIV),
    # The Blahodatne of Donetsk Oblast is 500 km away: "east of Mykolaiv City" measures from Mykolaiv.
    ("Ukrainian troops pushed toward Blahodatne, east of Mykolaiv City, on Sunday.", "Blahodatne", _MYKOLAIV),
])
def test_a_bearing_aside_places_a_village_near_its_town(text: str, name: str, anchor: tuple[float, float]) -> None:
    assert _km(_at(_parse(text), name), anchor) <= 60


def test_bracketed_asides_and_nearness() -> None:
    # "(near Popasna)": the Mykolaivka of Luhansk Oblast in the tables lies 85 km east of Popasna.
    ms = _parse("A commander died near Mykolaivka, Luhansk Oblast (near Popasna), on Sunday.")
    assert _km(_at(ms, "Mykolaivka"), (48.633, 38.383)) <= 20
    # "(both south of Zaporizhzhia City)" measures from the city, not from a village named Zaporizhzhia, and a
    # town that fits stays itself.
    ms = _parse("Troops massed in Kamyanske and Vasylivka (both south of Zaporizhzhia City) on Monday.")
    for name in ("Vasylivka", "Kamyanske"):
        m = _at(ms, name)
        assert m.name == name and m.admin1 == "Zaporizhzhia Oblast"
    # Without "both" or "all" the aside is about the last name only.
    text = "Russian troops attacked Pisky and Marinka (on the southwestern outskirts of Donetsk)."
    asides, owners = directions(text)
    assert [text[slice(*o)] for o in owners.values()] == ["Marinka"]


def test_an_aside_describes_only_the_names_listed_right_before_it() -> None:
    text = "Russian forces attacked southeast of Siversk, south of Bakhmut, on Monday. Shelling hit Siversk again."
    # "southeast of Siversk, south of Bakhmut" lists two bearings: Siversk is no village south of Bakhmut.
    assert all(m.name == "Siversk" for m in _parse(text) if m.text == "Siversk")
    # "... west of Avdiivka near Nevelske, north of Avdiivka near Stepove": the bearing opens the next clause.
    assert directions("Attacks west of Avdiivka near Nevelske, north of Avdiivka near Stepove failed.") == ({}, {})


def test_an_aside_owns_its_list_and_skips_rivers_and_borders() -> None:
    text = "Troops took back Vesele and Tsupivka, both north of Kharkiv City, then shelled Lozove."
    asides, owners = directions(text)
    ((end, (km, bearing)),) = asides.items()
    assert text[end:].startswith("Kharkiv") and bearing == 0.0 and km > 15
    assert text[slice(*owners[end])] == "Vesele and Tsupivka"
    assert directions("Strikes hit Skadovsk and Lazurne (both south of the Dnipro River) overnight.") == ({}, {})
    assert directions("Troops held Arkhanhelske, just south of the border of Kherson and Dnipropetrovsk Oblasts.") == ({}, {})


def test_a_names_only_reading_in_the_stated_direction_stays_however_far() -> None:
    # Baturyn (Chernihiv Oblast) lies 150 km west of Sumy: the aside does not move it to Sumy.
    m = _at(_parse("Russian forces attacked toward Hlukhiv and Baturyn, west of Sumy, on Monday."), "Baturyn")
    assert m.name == "Baturyn" and m.admin1 == "Chernihiv Oblast"


def test_a_common_village_name_is_no_anchor_for_an_aside() -> None:
    # "just north of Ukrainka": a dozen villages and one town bear the name; none is sure enough to measure from.
    text = "Russian sources claimed strikes on Veremiivka, just north of Ukrainka, on Sunday."
    m = _at(_parse(text), "Veremiivka")
    assert m.name != "Ukrayinka"


def test_a_pair_of_towns_before_a_front_word_reads_the_known_town() -> None:
    text = "Russian forces shelled positions along the Kharkiv City-Izyum line and near the Stryapivka-Soledar area."
    ms = _parse(text)
    assert _at(ms, "Izyum").admin1 == "Kharkiv Oblast"
    assert _at(ms, "Soledar").admin1 == "Donetsk Oblast"
    # Without a front word a hyphenated name keeps its first part: "Mar-a-Lago" is no Lago.
    assert [m.text for m in _parse("The resort is at Mar-a-Lago in Palm Beach, Florida.")] == ["Palm Beach", "Florida"]


def test_two_villages_the_text_calls_villages_stand_in_at_their_town() -> None:
    text = ("Ukrainian units recaptured Syrotne and Lisna Dacha, villages at the southern edge of Severodonetsk, "
            "on Sunday.")
    ms = _parse(text)
    for name in ("Syrotne", "Lisna Dacha"):
        assert _km(_at(ms, name), _SEVERODONETSK) <= 25


def test_a_first_name_after_a_role_word_is_a_person() -> None:
    # Artem is a town of 100,000 in Russia's Far East; "commandant Artem Bardin" is a person.
    ms = _parse("A car bomb wounded the occupation commandant Artem Bardin in Berdyansk on Tuesday.")
    assert [m.text for m in ms] == ["Berdyansk"]


def test_a_town_near_a_stated_city_keeps_its_own_record() -> None:
    # Muridke (Punjab, 254,000 people) lies 28 km from Lahore: "a town near the city of Lahore" is its neighbour,
    # not a sign that the name stands for Lahore.
    m = _at(_parse("A missile struck a seminary in Muridke, a town close to the eastern city of Lahore, on Wednesday."),
            "Muridke")
    assert m.name == "Muridke" and m.country_code == "PK"
