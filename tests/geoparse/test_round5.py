"""Round 5: names do not vote for themselves, far-fetched small namesakes need support, admin-1 points."""

from __future__ import annotations

from eventwire.gazetteer import haversine_km, load_gazetteer
from eventwire.geoparsing import Geoparser, default_geoparser
from eventwire.geoparsing.context import named_units
from eventwire.geoparsing.recognize import recognise


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    out = []
    for name in names:
        i = text.find(name)
        while i >= 0:
            out.append((i, i + len(name)))
            i = text.find(name, i + 1)
    return sorted(out)


def gp() -> Geoparser:
    return default_geoparser()


def _texts(text: str) -> list[str]:
    return [m.text for m in gp().parse(text)]


def test_a_repeated_name_does_not_outvote_its_county() -> None:
    # Richmond, Virginia is the biggest Richmond; five mentions of the name must not vote for it themselves.
    text = ("A Richmond man was charged on Sunday. Richmond police said he was taken to the Madison County jail. "
            "Richmond officers closed the road. The Richmond council met. Richmond residents were told to wait.")
    out = gp().resolve_given(text, _spans(text, "Richmond", "Madison County"))
    assert out and all(m is not None and m.admin1 == "Kentucky" for m in out)


def test_a_town_and_its_county_beat_a_foreign_capital() -> None:
    text = "Athens police arrested a man. He was held at the Henderson County jail. Athens officials said little."
    out = gp().resolve_given(text, _spans(text, "Athens", "Henderson County"))
    assert all(m is not None and m.country_code == "US" and m.admin1 == "Texas" for m in out)


def test_a_bare_name_does_not_name_its_unlikely_counties() -> None:
    gz = load_gazetteer()
    units = named_units(gz, recognise(gz, "Officials in Washington said so."))
    assert "a2:US.NY.115" not in units  # Washington County, New York: not what "Washington" names here
    units = named_units(gz, recognise(gz, "Officials in Washington County, New York said so."))
    assert "a2:US.NY.115" in units


def test_person_names_and_glued_words_are_not_places() -> None:
    assert _texts("Pictured are Bobby Cecil, Mary Loveless and others. Mary thanked them.") == []
    assert "Douglas" not in _texts("Police Chief Robert Douglas spoke. “We are not sure,” Douglas said.")
    assert _texts("She practised the Baha’i faith for years.") == []
    assert "Sens" not in _texts("Sens. Tim Grendell and Jim Smith voted no.")
    assert _texts("The disabled Gulf War veteran rode on.") == []


def test_common_words_that_are_small_foreign_places_need_support() -> None:
    upper = "SAN SALVADOR, 30 MAR 89 -- THE BLAST TOOK PLACE ON FIRST AVENUE, BETWEEN THE VICAS STORE AND THE BANK."
    assert _texts(upper) == ["SAN SALVADOR"]
    assert _texts("Mortars hit the Green Zone in Baghdad on Tuesday, police said.") == ["Baghdad"]
    caps = "BAGHDAD, 3 MAR 91 -- MORTAR ROUNDS HIT THE GREEN ZONE AND MATAAS NA LUPA RESIDENTS FLED BAGHDAD."
    assert _texts(caps) == ["BAGHDAD", "BAGHDAD"]


def test_an_introduced_small_place_is_kept() -> None:
    ms = gp().parse("Fighting was reported in the village of Robotyne and near Orikhiv in Zaporizhzhia Oblast.")
    assert [m.name for m in ms][:2] == ["Robotyne", "Orikhiv"] and all(m.country_code == "UA" for m in ms)


def test_large_admin1_units_have_their_gazetteer_points() -> None:
    gz = load_gazetteer()
    for name, lat, lon in (("Manitoba", 55.0, -97.0), ("Ontario", 49.25, -84.5), ("Alaska", 64.0, -150.0)):
        i = next(i for i in gz.candidates(name) if gz.fcode[i] == "ADM1")
        assert haversine_km(float(gz.lat[i]), float(gz.lon[i]), lat, lon) < 5
