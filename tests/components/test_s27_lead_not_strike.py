"""A force's bare strike on a camp or on a place named by a compass word is a strike; 'struck camp' and 'struck north'
(movement) are not. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire import extract

DAY = date(2022, 11, 18)
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
FRONT = ("Russian forces shelled Izyum on November 18. Russian forces launched airstrikes on Lyman. "
         "Russian troops conducted ground attacks near Siversk. Russian forces fired artillery at Bakhmut. "
         "Ukrainian forces repelled a Russian assault near Vuhledar. ")


def _places(text: str) -> set[str]:
    return {e.location.name for e in extract(text, published=DAY)
            if e.location is not None and (e.event_type, e.sub_event_type) == SHELL}


def test_a_camp_with_an_article_is_a_target() -> None:
    assert "Kupyansk" in _places(FRONT + "Russian forces struck a tent camp near Kupiansk.")


def test_struck_camp_and_a_movement_are_no_strike() -> None:
    assert "Kupyansk" not in _places(FRONT + "Russian units struck camp near Kupiansk before dawn.")
    assert "Kupyansk" not in _places(FRONT + "Russian units struck north toward Kupiansk.")
