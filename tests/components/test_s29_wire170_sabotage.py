"""Session 29, wire170: an armed group's charge on a pylon, pipeline, tower or rail line is a remote explosive, placed
at a measured offset from a town when the text gives one. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import haversine_km
from eventwire.model import Event, is_violent

DAY = date(1987, 3, 10)
IED = "Remote explosive/landmine/IED"


def _violent(text: str) -> list[Event]:
    return [e for e in extract(text, published=DAY) if is_violent(e)]


def _types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _violent(text)]


def test_rebels_blowing_up_a_pylon_is_a_remote_explosive() -> None:
    assert _types("Rebels blew up a power pylon near Esteli on Monday, the army said.") == [IED]


def test_guerrillas_dynamiting_a_pipeline_is_a_remote_explosive() -> None:
    evs = _violent("Leftist guerrillas dynamited an oil pipeline near Arauca on Sunday, halting exports.")
    assert [e.sub_event_type for e in evs] == [IED]
    assert evs[0].location is not None and evs[0].location.name == "Arauca"
    assert evs[0].date.start == date(1987, 3, 8)


def test_towers_and_a_tried_blast_by_contras() -> None:
    assert _types("Guerrillas blew up two electricity towers in Usulutan province.") == [IED]
    assert _types("Insurgents tried to blow up a high-voltage tower outside Leon on Sunday.") == [IED]


def test_a_pipeline_blown_up_by_guerrillas_in_the_passive() -> None:
    assert _types("The oil pipeline was blown up by leftist guerrillas near Arauca on Sunday.") == [IED]


def test_works_bombed_by_aircraft_stay_an_air_strike() -> None:
    # "Was bombed" with no doer is no planted charge either (review D2: a strike told nearby bombs it).
    assert _types("The Kirkuk pipeline was bombed by Iranian jets on Sunday.") == ["Air/drone strike"]


def test_a_force_blowing_up_its_own_bridge_or_quarrying_is_no_attack() -> None:
    assert _types("Government troops blew up a bridge near Jaffna as they withdrew.") == []
    assert _types("The bridge was blown up by retreating troops near Jaffna.") == []
    assert _types("Workers dynamited a quarry near Arauca.") == []
    assert _types("Authorities blew up the building near Arauca.") == []


def test_a_transformer_sabotaged_during_a_raid_is_no_blast_of_its_own() -> None:
    # "Sabotaged" tells no charge set off: the raid is the event, not a second explosion.
    assert IED not in _types("Rebels raided a police post in the village of Tenancingo for two hours, and in that "
                             "time the rebels also sabotaged a substation.")


def test_works_told_by_their_offset_from_a_town_lie_at_that_point() -> None:
    evs = _violent("Rebels blew up a power pylon 25 km west of Matagalpa, the army said on Monday.")
    assert [e.sub_event_type for e in evs] == [IED]
    loc = evs[0].location
    assert loc is not None and loc.lat is not None and loc.lon is not None
    # Matagalpa is at 12.93 N, 85.92 W: the point lies 25 km west of it, not in the town.
    assert abs(haversine_km(12.9256, -85.9175, loc.lat, loc.lon) - 25) < 3
    assert loc.lon < -86.1
