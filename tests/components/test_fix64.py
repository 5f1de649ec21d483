"""Review fixes for round 64: an armed subject for ground gained or a crossing tried, the scope of "previous reports of",
troops that lend themselves to "and entered", the no-fight signs of a participle advance, and the day after "and"."""

from __future__ import annotations

import re
from datetime import date

from eventwire.api import extract
from eventwire.components.trigger_parts import MOVING_AT as _MOVING_AT
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 4, 2)
_LEAD = "The update was published in the evening. "  # a story, not a lone headline (headline rules differ)


def _events(text: str, day: date = _DAY) -> list[tuple[str | None, str | None, date | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None, e.date.start if e.date else None)
            for e in extract(_LEAD + text, published=day) if is_violent(e)]


def _places(text: str) -> set[str | None]:
    return {p for _, p, _ in _events(text)}


def test_ground_gained_needs_armed_troops_as_its_subject() -> None:
    assert not _places("Police made steady progress in Leeds in the fraud inquiry.")
    assert not _places("The pound gained ground in London as market forces lifted sterling.")
    assert not _places("Centrist parties gained ground in Prague after the army scandal.")
    assert not _places("The far left gained ground in Lyon, a survey of soldiers showed.")
    assert not _places("The military made progress in Odesa in restoring water after the strikes.")
    assert "Bakhmut" in _places("Russian forces have continued to make progress in Bakhmut.")
    assert "Bakhmut" in _places("Wagner fighters failed to make progress in Bakhmut.")
    assert "El Fasher" in _places("The army gained ground in El Fasher on Monday.")


def test_a_concessive_hedge_leaves_ground_gained_standing() -> None:
    assert "Bakhmut" in _places("Enemy troops continued to take territory in Bakhmut, though ISW cannot yet confirm "
                                "any particular gains.")


def test_progress_at_talks_or_in_a_task_is_no_fight() -> None:
    assert not _places("Taliban fighters made progress in Doha in talks with the envoys.")
    assert not _places("Army units made progress in Jeddah toward a truce deal, mediators said.")
    assert not _places("Security forces made progress in Basra on recruitment, the minister said.")
    assert not _places("Ukrainian forces are making progress in Kherson in clearing mines.")
    assert "Bakhmut" in _places("Russian forces made progress in Bakhmut on April 1.")


def test_previous_reports_reach_only_their_own_complement() -> None:
    assert "Sumy" in _places("Despite previous reports of a truce, Russian forces shelled Sumy on April 1.")
    assert "Kupyansk" in _places("Previous reports of shelling in Izyum were false, but Russian forces shelled "
                                 "Kupiansk on April 1.")
    assert "Sumy" in _places("Local officials confirmed earlier reports that Russian forces shelled Sumy on April 1.")


def test_a_try_to_cross_needs_armed_troops_and_a_fight() -> None:
    assert not _places("A conscript drowned after he attempted to cross the Tisza near Solotvyno to dodge military "
                       "service.")
    assert not _places("A soldier was struck by a bus as he attempted to cross the street in Lviv.")
    assert not _places("Refugees attempted to cross the border near Chop, border guard units said.")
    assert not _places("Police units attempting to cross the bridge in Odesa were blocked by farmers.")
    assert not _places("Soldiers attempting to cross the river near Kherson drowned.")
    assert "Bilohorivka" in _places("Ukrainian troops repelled enemy soldiers attempting to cross the river near "
                                    "Bilohorivka.")
    assert "Kreminna" in _places("Russian forces said they had pushed back two brigades which attempted to cross "
                                 "the river near Kreminna.")


def test_troops_named_as_an_object_or_in_a_subordinate_clause_enter_nowhere() -> None:
    assert not _places("Families fleeing Russian troops drove for hours and entered Dnipro on Friday.")
    assert not _places("After Ukrainian troops left, the governor came back and entered Izyum on Monday.")
    assert "Stelmakhivka" in _places("Ukrainian units kept pushing east of the Oskil River, toward the Luhansk Oblast "
                                     "border, and have entered Stelmakhivka.")


def test_an_entry_after_and_then_shares_the_troops() -> None:
    assert "Armed clash" in {t for t, _, _ in _events("Ukrainian forces shelled the bridge and then entered Kherson.")}


def test_a_participle_advance_with_no_fight_is_no_clash() -> None:
    assert not _places("Russian troops advancing into Izyum unopposed took the town.")
    assert not _places("Ukrainian units advancing into Kherson were greeted by cheering crowds.")
    assert not _places("Peacekeeping troops advancing into Bunia were welcomed by residents.")
    assert not _places("Market forces advancing on Wall Street lifted shares.")


def test_attacking_on_a_day_is_no_town() -> None:
    assert re.search(_MOVING_AT, "Russian forces attacking on Friday were repelled", re.I) is None
    assert re.search(_MOVING_AT, "Russian forces advancing on Kupiansk were repelled", re.I) is not None


def _dated(text: str) -> dict[str | None, date | None]:
    return {p: d for _, p, d in _events(text, date(2022, 3, 31))}


def test_a_day_after_a_report_verb_or_a_period_word_is_not_the_acts() -> None:
    assert _dated("Russian forces struck Kharkiv on March 28 and also shelled Sumy until March 30.")["Sumy"] == \
        date(2022, 3, 28)
    assert _dated("Russian forces struck Kharkiv on March 28 and shelled Sumy as reported on March 30.")["Sumy"] == \
        date(2022, 3, 28)


def test_a_day_after_and_with_an_adverb_dates_its_own_clause() -> None:
    got = _dated("Ukrainian units took back Lukianivka on March 29 and quickly entered Velyka Dymerka on March 30.")
    assert got["Velyka Dymerka"] == date(2022, 3, 30)
