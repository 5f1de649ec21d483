"""Review s14c: an armed subject for the destroyed-bridge rule, answering links only, the answered attack's head noun,
the title-case month before a follow word. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.components.trigger_status import FUTURE_BEFORE as _FUTURE_BEFORE
from eventwire.evaluate.common import is_violent

_SHELL = "Shelling/artillery/missile attack"


def _violent(text: str, published: date) -> list[tuple[str | None, str, str | None]]:
    return [(e.sub_event_type, str(e.date.start), e.location.name if e.location else None)
            for e in extract(text, published=published) if is_violent(e)]


def _subs(text: str, published: date = date(2022, 6, 6)) -> list[str | None]:
    return [e.sub_event_type for e in extract(text, published=published)]


@pytest.mark.parametrize("text", [
    "Floods destroyed a bridge near Kunduz on Tuesday, officials said.",
    "The earthquake destroyed a bridge in Antakya on Monday.",
    "A fire destroyed the railway bridge near Kherson on Monday, officials said.",
    "Protesters destroyed the bridge near Kunduz on Tuesday, police said.",
    "Partisans reportedly destroyed a railway bridge in Yakymivka.",
    "Sappers destroyed a bridge near Izyum on Monday.",
    "Retreating Russian forces destroyed the bridge near Izyum on Monday.",
    "Russian forces destroyed three road bridges near Tsyrkuny, slowing the Ukrainian advance.",
    "Russian forces destroyed a bridge near Izyum on Monday, the U.S. ambassador said, to prevent an attack.",
    "The army destroyed the bridge near Kunduz with explosives on Tuesday.",
])
def test_a_bridge_destroyed_without_an_armed_strike_is_no_shelling(text: str) -> None:
    # Guards: disasters, crowds, partisans, demolitions and a stated means destroy bridges too.
    assert _SHELL not in _subs(text)


def test_a_bridge_destroyed_by_an_air_strike_is_one_air_strike() -> None:
    assert _subs("An air strike destroyed a bridge near Kunduz on Tuesday.") == ["Air/drone strike"]


def test_armed_forces_destroying_a_bridge_is_still_shelling() -> None:
    for text in ("Ukrainian troops likely destroyed a road bridge across a stream in Polohy.",
                 "Army units destroyed a bridge outside Izyum as an enemy column moved over it.",
                 "The Ukrainian command claimed it destroyed a bridge used by Russian forces near Izyum on Friday."):
        assert _SHELL in _subs(text), text


def test_a_purpose_in_the_next_sentence_does_not_refuse_the_bridge() -> None:
    text = "Ukrainian troops destroyed a bridge near Izyum. Officials said Russian forces tried to delay the crossing."
    assert _SHELL in _subs(text)


def test_after_friday_prayers_a_march_keeps_friday() -> None:
    # Guard: "After <day> <noun>," with no answering link: the day is the act's own.
    got = extract("PROTESTS\n\nAMMAN, June 17 - After Friday prayers, thousands of protesters marched through Amman, "
                  "police said.", published=date(2024, 6, 17))
    assert [(e.sub_event_type, str(e.date.start)) for e in got] == [("Peaceful protest", "2024-06-14")]


@pytest.mark.parametrize("link", ["In retaliation for", "In reprisal for", "In revenge for"])
def test_retaliation_for_an_old_ambush_dates_the_answer_on_the_report_day(link: str) -> None:
    got = _violent(f"ARMY HITS BACK\n\nKABUL, June 17 - {link} Friday's ambush, the army shelled the rebel base near "
                   "Kunduz, officials said.", date(2024, 6, 17))
    assert [day for sub, day, _ in got if sub == _SHELL] == ["2024-06-17"]
    assert {day for _, day, _ in got} == {"2024-06-17"}


@pytest.mark.parametrize("attack", ["mortar attack", "suicide bombing", "car bombing", "rocket fire", "IED attack"])
def test_an_answered_attack_with_its_kind_word_is_still_background(attack: str) -> None:
    got = _violent(f"CLASHES\n\nKABUL, June 17 - The army shelled the rebel base near Kunduz on Monday in response to "
                   f"Friday's {attack} on Kunduz, officials said.", date(2024, 6, 17))
    assert [day for _, day, _ in got] == ["2024-06-17"]


def test_the_title_case_month_before_a_follow_word_is_no_modal() -> None:
    for head in ("In May also rebels ", "In May yet another "):
        assert not _FUTURE_BEFORE.search(head), head
    for head in ("30 MAY HAVE DIED ", "30 may have died "):
        assert _FUTURE_BEFORE.search(head), head
