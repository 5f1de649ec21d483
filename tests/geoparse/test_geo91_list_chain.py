"""Geoparsing round 52: list items read with the list's first read place, across items left unread."""
from eventwire import geoparse
from eventwire.gazetteer import haversine_km
from eventwire.geoparsing import villages
from eventwire.geoparsing.listchain import anchored, listed

_IZYUM = (49.207, 37.277)


def _places(text: str) -> dict[str | None, tuple[float | None, float | None]]:
    return {p.name: (p.lat, p.lon) for p in geoparse(text)}


def test_a_village_after_an_unread_list_item_is_read_with_the_list_anchor():
    text = ("Guns shelled trenches around Topolske, Kamyanka, and Sukha Kamyanka overnight, officials near Izyum "
            "said. Balakliia and Kharkiv stayed quiet.")
    got = _places(text)
    assert "Sukha Kamyanka" in got
    lat, lon = got["Sukha Kamyanka"]
    assert lat is not None and lon is not None and haversine_km(lat, lon, *_IZYUM) < 30


def test_anchored_crosses_unread_items_back_to_a_read_place():
    text = "shells fell on Topolske, Kamyanka, Zarichne, and Sukha Kamyanka"
    sep = text.index("and Sukha")
    assert anchored(text, sep, {text.index(", Kamyanka")})


def test_anchored_needs_a_read_place_to_open_the_list():
    text = "shells fell on Topolske, Kamyanka, Zarichne, and Sukha Kamyanka"
    assert not anchored(text, text.index("and Sukha"), set())


def test_anchored_stops_after_too_many_unread_items():
    text = "reports named Topolske, Aaa, Bbb, Ccc, Ddd, and Sukha Kamyanka"
    assert not anchored(text, text.index("and Sukha"), {text.index(", Aaa")})


def test_a_name_after_an_organisation_is_no_list_item():
    text = "Near Izyum, the Ukrainian General Staff and Sukha Kamyanka"
    assert not anchored(text, text.index("and Sukha"), {text.index(", the")})


def test_a_misspelt_name_is_not_read_across_an_unread_item():
    text = "shells fell on Topolske, Kamyanka, and Sukha Kamyanka"
    s, ends = text.index("Sukha"), {text.index(", Kamyanka")}
    assert villages._cued(text, s, ends, chain=True)
    assert not villages._cued(text, s, ends, chain=False)


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
