"""Wire stories round 4 (session 17): a toll told with its own report's act; rebels' claimed destruction."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import fatalities_of, is_violent

_DAY = date(1987, 4, 7)
_SHELL = "Shelling/artillery/missile attack"


def _events(text: str) -> list[tuple[str | None, int | None]]:
    return sorted(((e.sub_event_type, fatalities_of(e)) for e in extract(text, published=_DAY) if is_violent(e)),
                  key=lambda x: str(x[0]))


def test_rebels_who_say_they_destroyed_a_site_shell_it() -> None:
    text = "COTABATO, April 7 - Muslim guerrillas said they destroyed an army relay mast on a hill, officials said."
    assert _events(text) == [(_SHELL, None)]
    # Without the claim's object, or said of others, it is no act.
    assert _events("COTABATO, April 7 - The guerrillas said they destroyed nothing, officials said.") == []
    assert _events("COTABATO, April 7 - Guerrillas said it destroyed an army relay mast on a hill.") == []


def test_rebels_who_say_they_destroyed_no_site_tell_no_act() -> None:
    for what in ("the maps before soldiers reached the hideout", "three hectares of poppy fields on the slopes",
                 "about 150 of their own guns under the truce", "a note from the governor asking for talks"):
        assert _events(f"COTABATO, April 7 - Guerrillas said they destroyed {what}.") == [], what


def test_rebels_who_say_they_destroyed_a_site_with_a_stated_means_or_denied_tell_no_shelling() -> None:
    assert _events("COTABATO, April 7 - Guerrillas said they destroyed a power pylon near the town.") == [(_SHELL, None)]
    assert _events("COTABATO, April 7 - Guerrillas said they destroyed a power pylon near the town, but the army "
                   "denied it.") == []
    assert _events("COTABATO, April 7 - Guerrillas said they destroyed a power pylon near the town with "
                   "explosives.") == []
    assert _events("SAN MIGUEL, April 7 - THE GUERRILLAS SAID THEY DESTROYED A POWER PYLON NEAR THE TOWN.") == []


def test_a_side_claiming_it_destroyed_a_bridge_is_one_act() -> None:
    # The bridge rule and the rebels' claim both see it: one event, not two.
    assert _events("COTABATO, April 7 - Guerrillas claimed they destroyed a bridge near the town.") == [(_SHELL, None)]


def test_a_toll_goes_to_the_act_of_its_own_report() -> None:
    text = ("COTABATO, April 7 - Guerrillas said they destroyed a police radio station in the hills while a navy "
            "officer said three guerrillas were killed in a firefight off the coast.")
    assert _events(text) == [("Armed clash", 3), (_SHELL, None)]


def test_an_acts_own_attribution_is_no_second_report() -> None:
    # ", officials said, killing six": the toll stays with the ambush it follows.
    text = ("COTABATO, April 7 - Guerrillas ambushed a police jeep near the town, officials said, killing six "
            "policemen, and shelled a village nearby.")
    assert _events(text) == [("Armed clash", 6), (_SHELL, None)]


def test_a_toll_told_with_two_acts_of_one_report_keeps_the_first() -> None:
    # No second report between them: the toll stays with the sentence's first act, as before.
    text = "KABUL, April 7 - Rebels shelled the airport and fought troops near the gate, killing four soldiers."
    assert _events(text) == [("Armed clash", None), (_SHELL, 4)]
