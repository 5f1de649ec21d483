"""ISW round 80: a quoted act of forces ("are “clearing” Dovhenke", "had “partial success” in X") is a source's
word, not a figure of speech; an aside in brackets after the act does not make it a possibility."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded
from eventwire.components.trigger_status import short_quote

_DAY = date(2022, 6, 6)
_CLASH = "Armed clash"


def test_quoted_clearing_of_a_town_is_a_fight_there() -> None:
    text = ("Russian troops made small gains near Izium on June 6 and reportedly are “clearing” Dovhenke "
            "(so they are likely fighting street by street).")
    assert (_CLASH, "Dovhenke") in coded(text, _DAY)


def test_quoted_partial_success_of_forces_is_a_fight_there() -> None:
    text = "Kyiv’s military command said on June 6 that Russian troops had “partial success” in Mazanivka."
    assert (_CLASH, "Mazanivka") in coded(text, _DAY)


def _quoted(text: str, word: str) -> bool:
    return short_quote(text, 0, len(text), text.index(word))


def test_a_quoted_act_after_forces_or_an_auxiliary_is_no_figure_of_speech() -> None:
    assert not _quoted("Russian forces “fully liberated” Dovhenke, a ministry said.", "liberated")
    assert not _quoted("They pushed on and reportedly are “clearing” Dovhenke.", "clearing")


def test_a_quoted_noun_stays_a_figure_of_speech() -> None:
    # Guards: a quoted noun phrase, or a quoted act with no place after it, is still read as figurative.
    assert _quoted("The army leans more and more on “dumb bombs” along the southern front.", "bombs")
    assert _quoted("Wagner units serve as the army’s main “strike groups” now.", "strike")
    assert _quoted("He compared them to “children fighting” in a yard.", "fighting")
