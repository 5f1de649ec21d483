"""A passive's agent, a ship's flag or a blamed party is never where an event happened; a foiled bomb has no victims;
an attack whose toll is soldiers is a battle (issues #4, #5)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

_DAY = date(2024, 5, 1)


def _events(text: str) -> list[Event]:
    return [e for e in extract(text, published=_DAY) if e.event_type]


def _places(text: str) -> list[str | None]:
    return [e.location.country_code if e.location else None for e in _events(text)]


def test_a_counted_attackers_demonym_after_by_is_no_place() -> None:
    assert _places("The rig was heavily shelled by four American destroyers.") == [None]
    assert _places("The village was heavily shelled by Russian artillery.") == [None]


def test_a_counted_passive_agent_is_the_actor_not_the_recipient() -> None:
    [e] = _events("The rig was heavily shelled by four American destroyers.")
    assert [(a.role, a.country_code) for a in e.actors if a.role in ("actor", "recipient")] == [("actor", "US")]


def test_the_struck_town_stays_with_a_passive_agent() -> None:
    [e] = _events("Kharkiv was heavily shelled by Russian artillery.")
    assert e.location is not None and e.location.name == "Kharkiv"


def test_a_ships_flag_is_no_place() -> None:
    assert set(_places("On March 3 a Libyan rocket strike on the U.S. frigate Dauntless killed 9 sailors.")) == {None}
    assert _places("Houthi missiles struck a British oil tanker, killing two crew.") == [None]


def test_the_party_blamed_is_no_place() -> None:
    assert _places("Israel carried out the consulate attack, but the US is responsible, Iran says.") == [None]
    assert _places("Rebels bombed the pipeline, but Venezuela is to blame, Colombia says.") == [None]


def test_the_real_setting_and_the_victims_land_stay() -> None:
    assert _places("Israeli jets struck Syria on Tuesday.") == ["SY"]
    [e] = _events("Gunmen killed three Syrian villagers near Idlib.")
    assert e.location is not None and e.location.name == "Idlib"
    [e] = _events("Shelling hit the Iraqi city of Basra.")
    assert e.location is not None and e.location.country_code == "IQ"


def test_a_defused_bomb_near_a_market_has_no_civilian_recipient() -> None:
    [e] = _events("Police defused a bomb near the market in Kano.")
    assert e.sub_event_type == "Disrupted weapons use"
    assert not [a for a in e.actors if a.role == "recipient"]
    [e] = _events("A bomb exploded near the market in Kano, killing three people.")
    assert [a.name for a in e.actors if a.role == "recipient"] == ["Civilians (Nigeria)"]


def test_an_attack_that_kills_soldiers_is_a_battle() -> None:
    assert [e.event_type for e in _events("Attack on Armenia by Azerbaijan kills 49 soldiers.")] == ["Battles"]
    assert [e.event_type for e in _events("Attack by militants kills 12 soldiers in Niger.")] == ["Battles"]
    assert [e.event_type for e in _events("Gunmen attack kills 12 villagers in Zamfara.")] == [
        "Violence against civilians"]


def test_a_trigger_ending_in_by_takes_the_agent_as_actor() -> None:
    [e] = _events("Officials say 40 rockets were fired by two Hezbollah units.")
    assert [(a.role, a.name) for a in e.actors if a.role in ("actor", "recipient")] == [("actor", "Hezbollah")]


def test_a_country_after_by_that_names_a_weapons_land_stays() -> None:
    text = "Four Guards Hurt by Egypt Roadside Bomb\n\nA roadside bomb wounded four border guards in Egypt on Monday."
    assert "EG" in _places(text)

