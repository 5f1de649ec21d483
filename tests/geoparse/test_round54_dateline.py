"""Round 54: a wire dateline may open the body after a short title line, not only the text."""

from __future__ import annotations

from eventwire.geoparsing import default_geoparser
from eventwire.geoparsing.dateline import body_starts, dateline_country, dateline_place, wire_dateline
from eventwire.geoparsing.recognize import recognise


def test_a_dated_dateline_after_a_title_line_is_found() -> None:
    text = "REBELS SHELL ARMY POST\n\nHARARE, May 3 - Rebels shelled an army post near Mutare on Sunday."
    m = wire_dateline(text)
    assert m is not None and text[m.end():].startswith("Rebels shelled")


def test_a_dateline_at_the_start_is_still_found() -> None:
    text = "LIMA, 9 JAN 90 (EFE) -- Gunmen fired on a bus."
    m = wire_dateline(text)
    assert m is not None and text[m.end():].startswith("Gunmen")


def test_a_long_first_line_is_no_title() -> None:
    first = "Rebels shelled an army post on Sunday and " * 6  # a body paragraph of 250 characters, not a title
    assert body_starts(first + "\nHARARE, May 3 - More fighting was told.") == (0,)
    assert wire_dateline(first + "\nHARARE, May 3 - More fighting was told.") is None


def test_a_dateline_in_the_second_paragraph_is_not_one() -> None:
    text = "A title\n\nOfficials met on Monday.\n\nHARARE, May 3 - Rebels shelled an army post."
    assert wire_dateline(text) is None


def test_the_dateline_place_after_a_title_sets_the_setting() -> None:
    gz = default_geoparser().gz
    text = "TALKS RESUME IN THE CAPITAL\n\nNAIROBI, June 2 - Delegates met again on Tuesday."
    ctx = recognise(gz, text)
    place = dateline_place(text, ctx)
    assert place is not None and text[place.start:place.end] == "NAIROBI"
    assert dateline_country(gz, text, ctx) == "KE"


def test_a_place_in_the_title_is_no_dateline() -> None:
    gz = default_geoparser().gz
    text = "NAIROBI TALKS RESUME\n\nDelegates met again on Tuesday - a third round."
    assert dateline_place(text, recognise(gz, text)) is None
