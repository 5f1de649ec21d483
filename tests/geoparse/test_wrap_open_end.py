"""A hard-wrapped wire line that ends on a word needing its complement ("city of") runs on to the next line."""

from datetime import date

import eventwire
from eventwire.geoparsing.event_location import _soft_wrap

WRAPPED = ("NICOSIA, June 5 - Syrian gunners shelled rebel positions on the hills west of the ancient town of\n"
           "Palmyra late on Friday, an army statement said.")


def test_a_line_ending_in_of_is_no_break():
    i = WRAPPED.index("\n")
    assert _soft_wrap(WRAPPED, i)


def test_a_full_line_ending_in_a_noun_still_breaks():
    text = "The committee met for six hours on Tuesday and agreed on a draft statement\nLater talks"
    assert not _soft_wrap(text, text.index("\n"))


def test_the_wrapped_place_is_the_act_place():
    events = [e for e in eventwire.extract(WRAPPED, published=date(1987, 3, 3)) if e.location is not None]
    assert events and events[0].location.name == "Tadmur"  # Palmyra
