"""Attacks at sea and measured from a place (issue #4): placed where the text says, not at the wire dateline."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.gazetteer.index import haversine_km
from eventwire.model import Location, is_violent

_DAY = date(2024, 1, 12)


def _where(text: str) -> list[Location | None]:
    return [e.location for e in extract(text, published=_DAY) if is_violent(e)]


def _only(text: str) -> Location:
    [loc] = _where(text)
    assert loc is not None
    return loc


def test_a_ship_struck_a_measured_distance_from_the_town_lies_at_the_told_point() -> None:
    loc = _only("LONDON, Jan 12 - A bulk carrier was struck by a missile 57 nautical miles northwest of Hodeidah "
                "on Friday, the maritime agency said.")
    assert loc.name == "57 nautical miles northwest of Hodeidah"  # was Hodeidah itself, 105 km away
    assert loc.lat is not None and loc.lon is not None
    assert 95 < haversine_km(14.798, 42.955, loc.lat, loc.lon) < 115 and loc.lon < 42.6  # out in the Red Sea


def test_maritime_notices_write_nautical_miles_as_nm() -> None:
    nm = _only("LONDON, Jan 12 - A bulk carrier was struck by a missile 57 nm northwest of Hodeidah on Friday.")
    assert nm.name == "57 nm northwest of Hodeidah"
    full = _only("LONDON, Jan 12 - A bulk carrier was struck by a missile 57 nautical miles northwest of Hodeidah "
                 "on Friday.")
    assert (nm.lat, nm.lon) == (full.lat, full.lon)


def test_a_tanker_hit_miles_south_of_an_island_lies_at_the_told_point() -> None:
    loc = _only("BAHRAIN, June 29 - Iraqi jets hit a tanker 60 miles south of Kharg Island on Saturday, shipping "
                "sources said.")
    assert loc.name == "60 miles south of Kharg Island" and loc.country_code == "IR"  # was Kharg Island
    assert loc.lat is not None and abs(loc.lat - 28.37) < 0.05


def test_on_land_an_offset_with_no_village_stays_at_the_town() -> None:
    # A front's extent ("pushed ... 40 km east of"): the gold labels it at the town or a village told nearby.
    loc = _only("Ukrainian troops pushed Russian forces roughly 40 km east of Kharkiv on Friday, killing ten.")
    assert loc.name == "Kharkiv"


def test_a_village_told_before_the_offset_is_still_the_village() -> None:
    loc = _only("Russian forces shelled Kozatske, 10 km south of Kherson, on Friday, killing two civilians.")
    assert loc.name == "Kozatske"


def test_the_red_sea_told_with_the_is_the_sea_not_sudans_state() -> None:
    sea = _only("WASHINGTON, Jan 12 - A missile struck a freighter in the Red Sea on Friday, killing two sailors, "
                "the Pentagon said.")
    assert sea.name == "Red Sea" and not sea.country_code  # was Sudan's Red Sea state
    state = _only("Gunmen killed five villagers in the southern Red Sea region of Sudan on Friday.")
    assert state.country_code == "SD"


def test_the_black_sea_and_the_gulf_of_aden_are_water_points() -> None:
    black = _only("KYIV, Jan 12 - Ukrainian sea drones struck a Russian patrol ship in the Black Sea on Friday, "
                  "the navy said.")
    aden = _only("DUBAI, Jan 12 - Pirates attacked a merchant vessel in the Gulf of Aden on Friday, wounding two "
                 "crew members.")
    assert (black.name, aden.name) == ("Black Sea", "Gulf of Aden")


def test_off_a_countrys_coast_is_that_country_not_the_dateline() -> None:
    loc = _only("DUBAI, Jan 12 - A tanker was attacked by gunboats off the Saudi coast on Friday, killing two "
                "sailors.")
    assert loc.country_code == "SA"  # was Dubai, where the story was filed


def test_a_ship_hit_in_the_gulf_is_not_at_the_bureaus_town() -> None:
    gulf = _only("BAHRAIN, June 29 - Iranian gunboats attacked a supertanker in the Gulf on Saturday, shipping "
                 "sources said.")
    assert gulf.name == "Persian Gulf"  # was Bahrain, the dateline
    target = _only("NICOSIA, March 3 - Iraq said its warplanes attacked a large naval target in the Gulf on "
                   "Tuesday.")
    assert target.name == "Persian Gulf"  # was Nicosia


def test_the_gulf_far_from_any_place_of_the_story_stays_unplaced() -> None:
    # "the Gulf" read as the Persian Gulf only where the story names a place of that region.
    assert _where("HOUSTON, Jan 12 - Gunmen attacked an oil rig in the Gulf on Friday, killing one worker.") == [None]


def test_a_ship_hit_in_the_dateline_towns_port_stays_there() -> None:
    loc = _only("BEIRUT, Jan 12 - Gunmen shelled the port, hitting a ship and killing two dockers.")
    assert loc.name == "Beirut"


def test_each_offshore_field_of_a_list_is_placed_when_a_later_sentence_opens_with_the() -> None:
    # "The Sassan and Rakhsh fields ..." no longer makes "Sassan" a person's name in the whole story.
    got = _where("BAHRAIN, Oct 19 - Jets attacked Iran's Sassan and Rakhsh offshore oilfields on Monday, shipping "
                 "sources said. The Sassan and Rakhsh fields were hit by Iraqi jets in the past.")
    assert sorted(loc.name for loc in got if loc is not None) == ["Rakhsh field", "Sassan field"]  # was Rakhsh only


def test_targets_in_the_gulf_are_at_sea_but_the_gulf_war_is_no_sea() -> None:
    got = _where("WASHINGTON, Oct 19 - Navy ships shelled Iranian targets in the Gulf on Monday, officials said.")
    assert [loc.name if loc else None for loc in got] == ["Persian Gulf"]  # was Washington, the dateline
    war = _only("BAGHDAD, Oct 19 - Iranian troops attacked targets in the Gulf war's southern front on Monday, "
                "killing ten.")
    assert war.name == "Baghdad"
