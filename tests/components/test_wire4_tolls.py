"""Wire stories round 4 (session 17): a toll told with its own report's act; rebels' claimed destruction."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import fatalities_of, is_violent

_DAY = date(1987, 4, 7)


def _events(text: str) -> list[tuple[str | None, int | None]]:
    return sorted(((e.sub_event_type, fatalities_of(e)) for e in extract(text, published=_DAY) if is_violent(e)),
                  key=lambda x: str(x[0]))


def test_rebels_who_say_they_destroyed_a_site_shell_it() -> None:
    text = "MANILA, April 7 - Communist rebels said they destroyed a big army radio tower in the north, police said."
    assert _events(text) == [("Shelling/artillery/missile attack", None)]
    # Without the claim's object, or said of others, it is no act.
    assert _events("MANILA, April 7 - The rebels said they destroyed nothing, police said.") == []


def test_a_toll_goes_to_the_act_of_its_own_report() -> None:
    text = ("MANILA, April 7 - Communist rebels said they destroyed a big army radio tower in the north and an army "
            "spokesman said five rebels were killed in a gun battle in the south.")
    assert _events(text) == [("Armed clash", 5), ("Shelling/artillery/missile attack", None)]


def test_a_toll_told_with_two_acts_of_one_report_keeps_the_first() -> None:
    # No second report between them: the toll stays with the sentence's first act, as before.
    text = "KABUL, April 7 - Rebels shelled the airport and fought troops near the gate, killing four soldiers."
    evs = _events(text)
    assert sum(1 for _, k in evs if k == 4) == 1, evs
