"""Round 63: an act told in the present perfect "since" a day is a span that runs to the report, dated on its day."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 3, 31)


def _days(text: str) -> set[date]:
    return {e.date.start for e in extract(text, published=_DAY) if is_violent(e)}


def test_perfect_since_a_day_is_dated_on_the_report_day() -> None:
    assert _days("Local sources reported that Ukrainian forces have recaptured Lisove, Dmytrivka, and Buzova "
                 "since March 29.") == {_DAY}


def test_perfect_with_an_adverb_since_a_day_is_dated_on_the_report_day() -> None:
    assert _days("Local sources reported that Ukrainian forces have also recaptured Lisove, Dmytrivka, and Buzova "
                 "since March 29.") == {_DAY}


def test_simple_past_on_a_day_keeps_that_day() -> None:
    assert _days("Local sources reported that Ukrainian forces recaptured Lisove, Dmytrivka, and Buzova "
                 "on March 29.") == {date(2022, 3, 29)}


def test_passive_tally_since_a_day_keeps_the_day_it_counts_from() -> None:
    # "have been killed since": a tally counted from its first day (MUC keys such dates from it).
    assert _days("At least 40 civilians have been killed in Kharkiv, Izyum, and Balakliia since March 29.") == {
        date(2022, 3, 29)}



def _places(text: str) -> set[str | None]:
    return {e.location.name if e.location else None for e in extract(text, published=_DAY) if is_violent(e)}


def test_forces_advancing_in_a_town_fight_for_it() -> None:
    assert "Mariupol" in _places("Russian forces likely continued to advance in central Mariupol on March 31.")


def test_forces_advancing_within_a_town_fight_for_it() -> None:
    assert "Lysychansk" in _places("Russian forces are likely advancing within Lysychansk itself.")


def test_an_advance_in_a_direction_is_no_fight_there() -> None:
    assert not _places("Russian forces continued to advance in the Bakhmut direction.")


def test_an_advance_in_oblasts_or_a_country_is_no_town_fight() -> None:
    assert not _places("Russian forces continued efforts to advance in Luhansk and Donetsk oblasts.")
    assert not _places("Russian forces continued to advance in eastern Ukraine.")


def test_troops_that_attempted_to_attack_a_town_is_no_retold_attack() -> None:
    # "that attempted to attack" is a verb after a relative pronoun, not "that attack" retelling an earlier event.
    text = ("Ukrainian forces repelled Russian ground assaults on Kharkiv on March 7. Ukrainian forces also repelled "
            "Russian troops that attempted to attack Izyum on March 7.")
    assert {"Kharkiv", "Izyum"} <= _places(text)
