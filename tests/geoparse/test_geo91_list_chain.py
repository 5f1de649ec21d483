"""Geoparsing round 52: a list item the gazetteer holds only as far namesakes is read after a read place (the chain
across unread items was dropped in review, session 21)."""
from eventwire import geoparse
from eventwire.gazetteer import haversine_km
from eventwire.geoparsing.listchain import listed

_IZYUM = (49.207, 37.277)


def _places(text: str) -> dict[str | None, tuple[float | None, float | None]]:
    return {p.name: (p.lat, p.lon) for p in geoparse(text)}


def test_a_village_after_a_dropped_namesake_is_read_with_the_list():
    text = ("Guns shelled trenches around Topolske, Kamyanka, and Sukha Kamyanka overnight, officials near Izyum "
            "said. Balakliia and Kharkiv stayed quiet.")
    got = _places(text)
    assert "Sukha Kamyanka" in got
    lat, lon = got["Sukha Kamyanka"]
    assert lat is not None and lon is not None and haversine_km(lat, lon, *_IZYUM) < 30


def test_a_far_namesake_dropped_from_a_list_is_read_from_the_register():
    text = ("Guns shelled trenches around Topolske, Kamyanka, and Sukha Kamyanka overnight, officials near Izyum "
            "said. Balakliia and Kharkiv stayed quiet.")
    got = _places(text)
    assert "Kamyanka" in got
    lat, lon = got["Kamyanka"]
    assert lat is not None and lon is not None and haversine_km(lat, lon, *_IZYUM) < 30


def test_a_town_list_keeps_its_towns_at_their_own_records():
    text = "Shelling of Severodonetsk, Popasna, and Rubizhne went on through the night, Luhansk officials said."
    got = _places(text)
    assert {"Popasna", "Rubizhne"} <= set(got)
    lat, lon = got["Rubizhne"]
    assert lat is not None and lon is not None and haversine_km(lat, lon, 49.01, 38.38) < 10


def test_listed_needs_a_read_place_right_before_the_separator():
    text = "around Topolske, Kamyanka and near Kamyanka"
    ends = {text.index(", Kamyanka")}
    assert listed(text, text.index("Kamyanka"), ends)
    assert not listed(text, text.rindex("Kamyanka"), ends)
    assert not listed(text, text.index("Kamyanka"), set())
