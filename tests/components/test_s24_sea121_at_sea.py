"""Attacks at sea measured from a place (issue #4): placed at the told point, and only where the text tells the sea."""

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


def test_each_offshore_field_of_a_list_is_placed_when_a_later_sentence_opens_with_the() -> None:
    # "The Sassan and Rakhsh fields ..." no longer makes "Sassan" a person's name in the whole story.
    got = _where("BAHRAIN, Oct 19 - Jets attacked Iran's Sassan and Rakhsh offshore oilfields on Monday, shipping "
                 "sources said. The Sassan and Rakhsh fields were hit by Iraqi jets in the past.")
    assert sorted(loc.name for loc in got if loc is not None) == ["Rakhsh field", "Sassan field"]  # was Rakhsh only


def test_off_a_coast_the_act_lies_at_its_measured_offset() -> None:
    # "off" a coast is a sea cue: the miles told from the town place the act, not the town.
    loc = _only("Pirates attacked a cargo ship off the Yemeni coast about 40 miles south of Mokha on Friday, "
                "killing a sailor.")
    assert loc.name == "40 miles south of Mokha"  # was Mokha
    far = _only("Pirates killed two sailors on a tanker off the Somali coast 60 miles east of Eyl on Friday.")
    assert far.name == "60 miles east of Eyl"  # was Eyl


def test_on_land_a_site_noun_is_no_sea_cue() -> None:
    # Oil fields, rigs, fuel tankers and river boats are on land too: with no sea cue the picked town stays.
    assert _only("Islamic State fighters attacked oil fields 40 km south of Kirkuk on Friday, killing six "
                 "guards.").name == "Kirkuk"
    assert _only("Gunmen attacked a drilling rig 20 miles north of Midland on Friday, killing one worker, the "
                 "sheriff said.").name == "Midland"
    assert _only("Taliban fighters attacked a convoy of fuel tankers 30 km south of Kandahar on Friday, killing "
                 "three drivers.").name == "Kandahār"
    assert _only("Militants ambushed a convoy of boats on the river 15 km south of Mopti on Friday, killing eight "
                 "soldiers.").name == "Mopti"


def test_off_in_a_phrasal_verb_is_no_sea_cue() -> None:
    assert _only("Insurgents set off a bomb 12 km west of Kandahar on Friday, killing two soldiers.").name == \
        "Kandahār"
    assert _only("Gunmen fended off Russian troops 20 km north of Kharkiv on Friday, killing three.").name == "Kharkiv"


def test_the_red_sea_before_a_noun_is_the_region() -> None:
    # "the Red Sea mountains / hills / city / coast" name the land region; only the bare name is the water.
    got = [_only(text).country_code for text in (
        "CAIRO, Jan 12 - Gunmen attacked a police checkpoint in the Red Sea mountains on Friday, killing three "
        "policemen.",
        "KHARTOUM, Jan 12 - Militiamen attacked villages in the Red Sea hills on Friday, killing nine people.",
        "PORT SUDAN, Jan 12 - Drones struck fuel depots in the Red Sea city on Friday, killing two people.",
        "KHARTOUM, Jan 12 - Militiamen attacked villages on the Red Sea coast on Friday, killing nine people.")]
    assert got == ["EG", "SD", "SD", "SD"]  # the branch's first cut gave the open sea with no country


def test_the_red_sea_before_another_water_is_the_sea() -> None:
    both = _where("WASHINGTON, Jan 12 - A missile struck a freighter in the Red Sea and the Gulf of Aden on Friday, "
                  "killing two sailors.")
    assert [(loc.name, loc.country_code) for loc in both if loc is not None][0] == ("Red Sea", "")
