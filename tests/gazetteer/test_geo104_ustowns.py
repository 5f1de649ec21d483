"""US post-office towns from the zipcodes package (gazetteer/ustowns.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import haversine_km
from eventwire.gazetteer import sources as S
from eventwire.gazetteer.normalize import name_key
from eventwire.gazetteer.ustowns import US_TOWN_BASE, us_towns
from eventwire.geoparsing import Geoparser


def _zip(city: str, state: str, lat: float, lon: float, county: str = "", accepted: tuple[str, ...] = (),
         kind: str = "STANDARD") -> dict:
    return {"city": city, "state": state, "lat": str(lat), "long": str(lon), "county": county,
            "acceptable_cities": list(accepted), "zip_code_type": kind}


def _city(name: str, lat: float, lon: float) -> dict:
    return {"name": name, "alternatenames": [], "countrycode": "US", "latitude": lat, "longitude": lon}


def test_a_town_cities500_lacks_becomes_a_populated_place_with_state_county_and_mean_point() -> None:
    rows = [_zip("Lanexa", "VA", 37.40, -76.90, "New Kent County"),
            _zip("Lanexa", "VA", 37.44, -76.92, "New Kent County")]
    [p] = us_towns([], {("US.VA", "New Kent County"): "US.VA.127"}, name_key, rows)
    assert (p.name, p.cc, p.fclass, p.fcode, p.admin1, p.admin2) == ("Lanexa", "US", "P", "PPL", "US.VA", "US.VA.127")
    assert p.population == 0 and p.gid >= US_TOWN_BASE  # a real cities500 town always has the larger prior
    assert (p.lat, p.lon) == (37.42, -76.91)


def test_a_cities500_town_of_the_name_nearby_is_the_same_place_and_a_far_one_is_not() -> None:
    rows = [_zip("Ashland", "VA", 37.76, -77.48), _zip("Ashland", "ME", 46.63, -68.41)]
    got = us_towns([_city("Ashland", 37.759, -77.479), _city("Ashland", 42.195, -122.710)], {}, name_key, rows)
    assert [(p.name, p.admin1) for p in got] == [("Ashland", "US.ME")]


def test_zips_of_one_name_far_apart_in_a_state_are_two_towns() -> None:
    rows = [_zip("Lanexa", "VA", 37.40, -76.90), _zip("Lanexa", "VA", 38.90, -78.20)]
    assert len(us_towns([], {}, name_key, rows)) == 2


def test_abbreviations_unit_words_campus_and_base_offices_territories_and_military_codes_are_left_out() -> None:
    rows = [_zip("Vly Cottage", "NY", 41.1, -73.9), _zip("E Smethport", "PA", 41.8, -78.4),
            _zip("George AFB", "CA", 34.6, -117.4), _zip("Lanexa", "PR", 18.4, -66.1),
            _zip("State University", "AR", 35.8, -90.7), _zip("Luke Air Force Base", "AZ", 33.5, -112.4),
            _zip("Lanexa", "AE", 0.0, 0.0, kind="MILITARY"),
            _zip("Callisburg", "TX", 33.7, -97.0, accepted=("Woodland Washington County", "Lemoore Naval Air Station"))]
    assert [p.name for p in us_towns([], {}, name_key, rows)] == ["Callisburg"]


def test_a_town_named_like_a_word_or_a_person_gets_no_row() -> None:
    """'Orient' (a word), 'Susan' (a first name), 'Rogers' (a common surname): text means those far more often."""
    rows = [_zip("Orient", "OH", 39.8, -83.2), _zip("Susan", "VA", 37.4, -76.3), _zip("Rogers", "KY", 37.7, -83.6),
            _zip("Thackerville", "OK", 33.8, -97.1)]
    assert [p.name for p in us_towns([], {}, name_key, rows)] == ["Thackerville"]


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def test_a_small_town_from_the_package_is_read_with_its_state(gp: Geoparser) -> None:
    assert not any(c["name"] == "Lanexa" for c in S.load_cities())  # cities500 has no record of it
    [m, _] = gp.parse("Deputies drove to Lanexa, Va., on Monday.")
    assert (m.text, m.admin1, m.country_code) == ("Lanexa", "Virginia", "US")
    assert haversine_km(m.lat, m.lon, 37.42, -76.90) < 10


def test_the_cities500_town_of_the_name_wins_without_a_cue_and_the_small_one_with_its_state(gp: Geoparser) -> None:
    [bare] = gp.parse("Police in Waco said the road was closed.")
    assert (bare.admin1, bare.geonameid) == ("Texas", 4739526)  # Waco, Texas (132,356 people)
    cued = gp.parse("A driver from Waco, Ky., was hurt in the crash.")[0]
    assert cued.admin1 == "Kentucky" and haversine_km(cued.lat, cued.lon, 37.74, -84.14) < 15


def test_a_town_named_like_a_county_of_its_state_gets_no_row() -> None:
    """'Oconee' in Georgia: text naming it means Oconee County far more often than the post office elsewhere."""
    rows = [_zip("Oconee", "GA", 32.85, -82.95), _zip("Oconee", "IL", 39.29, -89.11)]
    got = us_towns([], {("US.GA", "Oconee County"): "US.GA.219"}, name_key, rows)
    assert [(p.name, p.admin1) for p in got] == [("Oconee", "US.IL")]


def test_a_name_one_cities500_town_bears_gets_no_post_office_namesake() -> None:
    """Danielsville, Georgia is the name's one record: the anchor that places "Madison County" beside it."""
    rows = [_zip("Danielsville", "PA", 40.79, -75.53)]
    assert us_towns([_city("Danielsville", 34.124, -83.221)], {}, name_key, rows) == []
