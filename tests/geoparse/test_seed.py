"""The geoparser on the reference story and on small texts written for these tests."""

from __future__ import annotations

from datetime import date

from eventwire.geoparsing import Geoparser, default_geoparser
from eventwire.geoparsing.event_location import pick_event_location


def _by_text(mentions, text):  # type: ignore[no-untyped-def]
    return [m for m in mentions if m.text == text]


def test_seed_story_places(seed_text: str) -> None:
    ms = default_geoparser().parse(seed_text, article_id="a1", published=date(2025, 6, 6))
    assert all(m.article_id == "a1" for m in ms)
    assert {m.geonameid for m in _by_text(ms, "Kyiv")} == {703448}
    assert _by_text(ms, "Istanbul")[0].country_code == "TR"
    wash = _by_text(ms, "Washington")[0]
    assert (wash.geonameid, wash.feature_code) == (4140963, "PPLC")
    moscow = _by_text(ms, "Moscow")[0]
    assert moscow.geonameid == 524901 and moscow.role == "metonym"
    qatana = _by_text(ms, "Qatana")[0]
    assert qatana.country_code == "SY"
    # "Russian air bases" stays at the country level: a demonym of Russia, not some base.
    russian = [m for m in ms if m.text == "Russian" and seed_text[m.end : m.end + 10] == " air bases"][0]
    assert (russian.role, russian.feature_code, russian.country_code) == ("demonym", "PCLI", "RU")
    assert all(m.score > 0 for m in ms if m.geonameid)


def test_seed_event_location_is_kyiv(seed_text: str) -> None:
    ms = default_geoparser().parse(seed_text)
    i = seed_text.index("set on fire")
    loc = pick_event_location(seed_text, ms, (i, i + len("set on fire")))
    assert loc is not None and loc.geonameid == 703448


def test_event_location_skips_where_it_was_announced() -> None:
    text = "Speaking in Geneva, the minister said artillery shelled Kharkiv on Monday."
    ms = default_geoparser().parse(text)
    i = text.index("shelled")
    loc = pick_event_location(text, ms, (i, i + 7))
    assert loc is not None and loc.text == "Kharkiv"
    assert pick_event_location("Nothing happened there.", [], (0, 7)) is None


def test_context_hierarchy_and_metonyms() -> None:
    gp = default_geoparser()
    ms = gp.parse("Shelling hit Kramatorsk, Donetsk Oblast, and the town of Paris, Texas, was flooded.")
    assert _by_text(ms, "Kramatorsk")[0].country_code == "UA"
    assert _by_text(ms, "Paris")[0].admin1 == "Texas"
    ms = gp.parse("Washington's aid to Kyiv was debated while Kyiv was hit again.")
    assert _by_text(ms, "Washington")[0].role == "metonym"
    assert [m.role for m in _by_text(ms, "Kyiv")] == ["mentioned", "mentioned"]


def test_common_words_persons_and_casing() -> None:
    gp = default_geoparser()
    ms = gp.parse("Most residents left. Mayor Vitali Klitschko said Nice was calm.")
    assert [m.text for m in ms] == ["Nice"]
    caps = gp.parse("TERRORISTS ATTACKED A POWER STATION IN SAN MIGUEL, EL SALVADOR.")
    assert [m.text for m in caps] == ["SAN MIGUEL", "EL SALVADOR"] and caps[0].country_code == "SV"
    lower = gp.parse("protests spread from mumbai to delhi.")
    assert [m.country_code for m in lower] == ["IN", "IN"]


def test_resolve_given_returns_one_result_per_span() -> None:
    gp = Geoparser()
    text = "Aid reached Aleppo and Xyzzyville."
    spans = [(text.index("Xyzzyville"), text.index("Xyzzyville") + 10), (12, 18)]
    out = gp.resolve_given(text, spans, article_id="x", guesses=True)
    # Asked for guesses, a name the gazetteer lacks gets the article's focus as a low-confidence, marked guess.
    assert out[0] is not None and out[0].country_code == "SY" and (out[0].score or 1) <= 0.1
    assert out[0].role == "guess" and gp.resolve_given(text, spans)[0] is None
    assert out[1] is not None and out[1].geonameid == 170063 and out[1].article_id == "x"
