"""Session 29, wire170 after review: civil "planes" are no air strike, a works passive with no doer is no planted
charge, a country told in keeps one event and no owner's place, a compass part is judged by the country's extent, a
power station told by its offset lies there, and a failed try sets nothing off. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import haversine_km
from eventwire.model import Event, is_violent

DAY = date(2024, 3, 10)
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"


def _violent(text: str, day: date = DAY) -> list[Event]:
    return [e for e in extract(text, published=day) if is_violent(e)]


def _types(text: str, day: date = DAY) -> list[str | None]:
    return [e.sub_event_type for e in _violent(text, day)]


def _places(text: str, day: date = DAY) -> list[tuple[str | None, str]]:
    return [(e.sub_event_type, e.location.name if e.location else "") for e in _violent(text, day)]


def test_civil_planes_are_no_air_strike() -> None:
    assert _types("Three passenger planes hit strong turbulence over Boise on Saturday, hurting nine.") == []
    assert _types("Two charter planes hit by hail made an emergency landing in Omaha on Saturday.") == []
    assert _types("Two light planes struck each other on the ground at Wichita airport on Saturday.") == []
    assert _types("A pair of small jets hit power lines outside Fresno on Saturday, the sheriff said.") == []
    assert _types("Delivery planes hit record numbers at Memphis airport in February.") == []


def test_a_sides_planes_still_strike() -> None:
    assert _types("Syrian planes bombed a market in Idlib on Saturday, killing 11.") == [AIR]
    assert _types("Enemy planes attacked our trenches near Avdiivka on Saturday, the brigade said.") == [AIR]


def test_works_bombed_after_a_strike_is_no_second_blast() -> None:
    assert _types("Turkish jets raided Mosul on Saturday. The oil pipeline was bombed and burned for hours.") == [AIR]
    assert IED not in _types("The rail line was bombed near Sumy, the mayor said, after a missile attack at dawn.")
    assert _types("The pipeline was dynamited by soldiers near Mosul to stop the blaze spreading.") == []


def test_a_failed_try_sets_nothing_off() -> None:
    assert IED not in _types("Police said rebels had tried to blow up a gas pipeline near Tame but the charge failed "
                             "to explode.", date(1987, 3, 10))


def test_a_possessive_country_is_the_owner_not_where() -> None:
    text = ("DEIR AL-BALAH, Gaza Strip - Families in Deir al-Balah moved west again on Saturday. Deir al-Balah's clinics "
            "were full, Gaza officials said. An air strike in Israel's offensive killed six people, the officials said.")
    assert [p for _, p in _places(text)] == ["Gaza"]


def test_one_act_told_in_a_country_is_one_event_there() -> None:
    text = ("NEW DELHI - India said on Saturday it had hit militant camps. India's army called the strikes precise. "
            "India said the air strikes inside Pakistan killed eleven militants.")
    assert _places(text) == [(AIR, "Pakistan")]


def test_a_cause_told_after_retaliation_is_no_event_there() -> None:
    text = ("AMMAN - Jordan said jets raided a depot near Irbid on Saturday. Jordan said it would respond. Jordan's army "
            "said the raid in reprisal for a bombing in Syria killed four soldiers.")
    assert "Syria" not in [p for _, p in _places(text)]


def test_a_compass_part_is_judged_by_the_country_extent() -> None:
    # Tehran lies west of Iran's single point but in no "western Iran"; Santiago lies in no "southern Chile".
    assert _places("TEHRAN, May 4 - Iraqi jets bombed villages in western Iran on Monday, Tehran radio said.",
                   date(1987, 5, 4)) == [(AIR, "Iran")]
    assert [p for _, p in _places("SANTIAGO, May 4 - Gunmen killed three guards in southern Chile on Monday, police "
                                  "said.")] == ["Chile"]


def test_a_power_station_told_by_its_offset_lies_there() -> None:
    evs = _violent("Russian shelling hit a power station 20 km east of Sumy on Saturday.")
    assert len(evs) == 1
    loc = evs[0].location
    assert loc is not None and loc.lat is not None and loc.lon is not None
    # Sumy is at 50.92 N, 34.80 E: the point lies 20 km east of it.
    assert abs(haversine_km(50.9216, 34.8003, loc.lat, loc.lon) - 20) < 3 and loc.lon > 34.9


def test_a_bridge_shelled_at_an_offset_lies_there() -> None:
    evs = _violent("Russian troops shelled a bridge 12 km west of Kherson on Saturday.")
    assert len(evs) == 1
    loc = evs[0].location
    assert loc is not None and loc.lat is not None and loc.lon is not None
    # Kherson is at 46.64 N, 32.61 E.
    assert abs(haversine_km(46.6354, 32.6169, loc.lat, loc.lon) - 12) < 3 and loc.lon < 32.5
