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
    assert _types("Rebels blew up a power pylon near Managua on Monday, the army said.") == [IED]


def test_guerrillas_dynamiting_a_pipeline_is_a_remote_explosive() -> None:
    evs = _violent("Leftist guerrillas dynamited an oil pipeline near Arauca on Sunday, halting exports.")
    assert [e.sub_event_type for e in evs] == [IED]
    assert evs[0].location is not None and evs[0].location.name == "Arauca"
    assert evs[0].date.start == date(1987, 3, 8)


def test_towers_and_a_tried_blast_by_contras() -> None:
    assert _types("Guerrillas blew up two electricity towers in Usulutan province.") == [IED]
    assert _types("Contra rebels tried to blow up an electricity pylon outside Managua on Sunday.") == [IED]


def test_a_pipeline_blown_up_by_guerrillas_in_the_passive() -> None:
    assert _types("The oil pipeline was blown up by leftist guerrillas near Arauca on Sunday.") == [IED]


def test_a_pipeline_bombed_with_no_doer_is_a_planted_charge_not_an_air_strike() -> None:
    evs = _violent("The state oil company said Colombia's main oil pipeline was bombed again near Arauca.")
    assert [e.sub_event_type for e in evs] == [IED]
    # Aircraft told in the sentence keep it an air strike.
    assert _types("The Kirkuk pipeline was bombed by Iranian jets on Sunday.") == ["Air/drone strike"]


def test_a_force_blowing_up_its_own_bridge_or_quarrying_is_no_attack() -> None:
    assert _types("Government troops blew up a bridge near Jaffna as they withdrew.") == []
    assert _types("The bridge was blown up by retreating troops near Jaffna.") == []
    assert _types("Workers dynamited a quarry near Arauca.") == []
    assert _types("Authorities blew up the building near Arauca.") == []


def test_a_transformer_sabotaged_during_a_raid_is_no_blast_of_its_own() -> None:
    # "Sabotaged" tells no charge set off: the raid is the event, not a second explosion.
    assert IED not in _types("Guerrillas attacked army units in the town of Chinameca for an hour, during which time "
                             "the guerrillas also sabotaged a transformer.")


def test_works_told_by_their_offset_from_a_town_lie_at_that_point() -> None:
    evs = _violent("Rebels blew up a power pylon 40 km north of Managua, the army said on Monday.")
    assert [e.sub_event_type for e in evs] == [IED]
    loc = evs[0].location
    assert loc is not None and loc.lat is not None and loc.lon is not None
    # Managua is at 12.13 N, 86.25 W: the point lies 40 km north of it, not in the town.
    assert abs(haversine_km(12.1364, -86.2514, loc.lat, loc.lon) - 40) < 3
    assert loc.lat > 12.4
