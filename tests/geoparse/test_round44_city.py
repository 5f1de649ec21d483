"""Round 44: a village namesake far from the city its sentence names takes the record of its name near that city."""

from __future__ import annotations

from functools import lru_cache

from eventwire.gazetteer import haversine_km
from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.city_namesakes import _DISTANCE, city_moves
from eventwire.model import PlaceMention

_LEAD = "Russian forces shelled Kherson, Snihurivka and Bashtanka on April 28.\n"


@lru_cache(maxsize=1)
def _gp() -> Geoparser:
    return Geoparser()


def _read(text: str, name: str) -> PlaceMention:
    """The mention of the name's last occurrence."""
    return next(m for m in _gp().parse(text) if m.start == text.rindex(name))


def _km(m: PlaceMention, lat: float, lon: float) -> float:
    assert m.lat is not None and m.lon is not None
    return haversine_km(m.lat, m.lon, lat, lon)


def test_a_city_of_the_sentence_picks_the_namesake_near_it() -> None:
    text = _LEAD + "Russian troops captured the outskirts of Tavriyske and assaulted nearby villages on the road to Mykolaiv."
    near = _read(text, "Tavriyske")
    assert near.admin1 == "Mykolaiv Oblast" and _km(near, 46.976, 31.993) < 40  # Mykolaiv City
    plain = _read(_LEAD + "Russian troops captured the outskirts of Tavriyske and assaulted nearby villages.", "Tavriyske")
    assert plain.admin1 == "Kherson Oblast"  # no city in the sentence: resolution's reading stands


def test_a_distance_phrase_names_the_only_anchor() -> None:
    text = ("Russian forces attacked Avdiivka and Marinka and shelled Vuhledar on October 31.\n"
            "Fighting continued in Pervomaiske and Vodyane and near Opytne (all about 15km northwest of Donetsk City).")
    assert _km(_read(text, "Opytne"), 48.016, 37.802) < 25  # Donetsk City
    # A city elsewhere in the sentence is no anchor when the phrase measures from another town.
    gp = _gp()
    for tail, moved in ((" (approximately 40km northwest of Izyum) on the road to Slovyansk.", False),
                        (" on the road to Slovyansk.", True)):
        text = "Russian aircraft struck Husarivka" + tail
        village = PlaceMention(start=24, end=33, text="Husarivka", name="Husarivka", lat=49.36, lon=36.82,
                               country_code="UA", feature_class="P", feature_code="PPL", population=1352)
        city = PlaceMention(start=text.index("Slovyansk"), end=len(text) - 1, text="Slovyansk", name="Slovyansk",
                            lat=48.852, lon=37.604, country_code="UA", feature_class="P", population=124_800)
        got = city_moves(gp.gz, text, [village, city], [0])
        assert bool(got) is moved
    assert _DISTANCE.match(", about 20km east of Mariupol", 0) is not None
    assert _DISTANCE.match(" and Myrne", 0) is None


def test_no_city_or_no_clear_margin_moves_nothing() -> None:
    gp = _gp()
    text = "Russian troops captured Tavriyske."
    ms = gp.parse(text)
    assert city_moves(gp.gz, text, ms, list(range(len(ms)))) == {}


def test_an_oblast_told_after_the_village_holds_it() -> None:
    gp = _gp()
    for tail, moved in ((" areas in Mykolaiv Oblast.", False), (" areas.", True)):
        text = "Russian forces shelled Marhanets and Shyroke" + tail
        city = PlaceMention(start=23, end=32, text="Marhanets", name="Marhanets", lat=47.648, lon=34.628,
                            country_code="UA", feature_class="P", population=45_000)
        village = PlaceMention(start=37, end=44, text="Shyroke", name="Shyroke", lat=47.686, lon=33.261,
                               country_code="UA", feature_class="P", feature_code="PPL", population=800)
        assert bool(city_moves(gp.gz, text, [city, village], [1])) is moved
