"""Geoparsing round 52: a register village in a list a read place opens, across list items left unread."""
from eventwire import geoparse
from eventwire.geoparsing import villages
from eventwire.geoparsing.listchain import anchored
from eventwire.gazetteer import haversine_km

_IZYUM = (49.207, 37.277)


def _places(text: str) -> dict[str | None, tuple[float | None, float | None]]:
    return {p.name: (p.lat, p.lon) for p in geoparse(text)}


def test_a_village_after_an_unread_list_item_is_read_with_the_list_anchor():
    text = ("Guns shelled trenches around Topolske, Kamyanka, and Sukha Kamyanka overnight, officials near Izyum "
            "said; Balakliia and Kharkiv stayed quiet.")
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
