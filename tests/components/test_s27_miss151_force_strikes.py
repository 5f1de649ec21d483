"""In a report of many acts, a bare strike word told as an armed force's act on a named town, with no weapon and no
harm told, is a shelling (gold README: strikes with the means unstated are Shelling). Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire import extract

DAY = date(2022, 11, 18)
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
# Five typed acts, each its own trigger: a front report.
FRONT = ("Russian forces shelled Izyum on November 18. Russian forces launched airstrikes on Lyman. "
         "Russian troops conducted ground attacks near Siversk. Russian forces fired artillery at Bakhmut. "
         "Ukrainian forces repelled a Russian assault near Vuhledar. ")


def _places(text: str) -> set[str]:
    return {e.location.name for e in extract(text, published=DAY)
            if e.location is not None and (e.event_type, e.sub_event_type) == SHELL}


def test_forces_striking_named_towns_is_shelling() -> None:
    text = FRONT + "Russian troops again struck villages on the eastern shore, including Bilozerka and Stanislav."
    assert {"Bilozerka", "Stanislav"} <= _places(text)


def test_a_peoples_strikes_around_a_town_is_shelling() -> None:
    assert "Kupyansk" in _places(FRONT + "The General Staff reported Russian strikes around Kupiansk.")


def test_no_front_report_no_force_or_no_place_makes_no_event() -> None:
    assert "Kupyansk" not in _places("The General Staff reported Russian strikes around Kupiansk on November 18.")
    assert "Kherson" not in _places(FRONT + "Workers struck at the Kherson port over unpaid wages.")
    assert not _places(FRONT + "Russian forces continued to strike.") - _places(FRONT)
    assert "Odesa" not in _places(FRONT + "The union said its members would strike in Odesa.")


def test_a_camp_with_an_article_is_a_target() -> None:
    # "struck camp" has no article; "struck a tent camp" is a strike (lead, session 27).
    assert "Kupyansk" in _places(FRONT + "Russian forces struck a tent camp near Kupiansk.")


def test_struck_camp_and_a_movement_are_no_strike() -> None:
    assert "Kupyansk" not in _places(FRONT + "Russian units struck camp near Kupiansk before dawn.")
    assert "Kupyansk" not in _places(FRONT + "Russian units struck north toward Kupiansk.")
