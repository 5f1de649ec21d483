"""A hard-wrapped wire line that ends on a word needing its complement ("city of") runs on to the next line."""

from datetime import date

import eventwire
from eventwire.geoparsing.event_location import _soft_wrap

WRAPPED = ("BAGHDAD, March 3 - Iraqi troops repelled a large Iranian attack east of the southern port city of\n"
           "Basra on Monday night, a military spokesman said.")


def test_a_line_ending_in_of_is_no_break():
    i = WRAPPED.index("\n")
    assert _soft_wrap(WRAPPED, i)


def test_a_full_line_ending_in_a_noun_still_breaks():
    text = "The committee met for six hours on Tuesday and agreed on a draft statement\nLater talks"
    assert not _soft_wrap(text, text.index("\n"))


def test_the_wrapped_place_is_the_act_place():
    events = [e for e in eventwire.extract(WRAPPED, published=date(1987, 3, 3)) if e.location is not None]
    assert events and events[0].location.name.startswith("Basra")
