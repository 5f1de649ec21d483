"""Review of round 55: an answering act is kept, an act's own date after a link, the modal "may" before a verb."""

from __future__ import annotations

import re
from datetime import date

from eventwire.api import extract
from eventwire.components import dates, numbers
from eventwire.components.trigger_status import FUTURE_BEFORE as _FUTURE_BEFORE
from eventwire.evaluate.common import is_violent


def _violent(text: str, published: date) -> list[tuple[str | None, str, str | None]]:
    return [(e.sub_event_type, str(e.date.start), e.location.name if e.location else None)
            for e in extract(text, published=published) if is_violent(e)]


def test_the_act_answering_an_old_ambush_is_kept() -> None:
    got = _violent("ARMY HITS BACK\n\nKABUL, June 17 - In response to Friday's ambush the army shelled the rebel base "
                   "near Kunduz, officials said.", date(2024, 6, 17))
    assert [sub for sub, _, place in got if place == "Kunduz"] == ["Shelling/artillery/missile attack"]


def test_a_verb_after_in_reply_to_is_no_answered_attack() -> None:
    got = _violent("ARMY HITS BACK\n\nKABUL, June 17 - The army said in reply to questions that it shelled the rebel "
                   "base near Kunduz on Friday.", date(2024, 6, 17))
    assert [(sub, day) for sub, day, _ in got] == [("Shelling/artillery/missile attack", "2024-06-14")]


def test_the_answered_attack_days_old_is_still_background() -> None:
    got = _violent("CLASHES\n\nKABUL, June 17 - The army shelled the rebel base near Kunduz on Monday in response to "
                   "attacks on Friday, officials said.", date(2024, 6, 17))
    assert [day for _, day, _ in got] == ["2024-06-17"]


def test_a_date_after_a_time_preposition_is_the_acts_own_whatever_follows() -> None:
    for tail in ("with heavy rockets", "local time"):
        got = _violent(f"Russian forces shelled Kharkiv after midnight on May 2 {tail}.", date(2022, 5, 5))
        assert [day for _, day, _ in got] == ["2022-05-02"], tail


def test_a_date_after_a_possessive_names_the_noun() -> None:
    got = _violent("Russian troops shelled Kharkiv on Monday following the Kremlin's May 1 threat to the city.",
                   date(2022, 5, 3))
    assert [day for _, day, _ in got] == ["2022-05-02"]


def test_the_modal_may_before_its_verb_is_no_month() -> None:
    assert _violent("A further 20 may be killed if the army shells Kunduz, officials warned.", date(2024, 6, 13)) == []
    assert _violent("Officials said 30 may have been killed in the fighting in Kunduz on Tuesday.",
                    date(2024, 6, 13)) == []
    assert _FUTURE_BEFORE.search("The militias that the army relies on may attack ")


def test_a_name_ending_in_on_or_in_cut_by_the_window_leaves_may_a_modal() -> None:
    got = _violent("The Kremlin may have ordered its units near the border to keep up the pressure on Kharkiv and have "
                   "shelled Kharkiv overnight, the governor said.", date(2022, 5, 4))
    assert got == []


def test_the_month_after_mid_and_during_is_no_modal() -> None:
    for head in ("In mid May", "During May", "KABUL, May 9 -", "3 MAY 89"):
        assert not _FUTURE_BEFORE.search(f"{head} rebels "), head
    assert _FUTURE_BEFORE.search("GUERRILLAS MAY ATTACK ")


def test_dates_and_numbers_share_one_modal_test() -> None:
    assert numbers.NOT_MODAL is dates.NOT_MODAL
    assert re.match(dates.NOT_MODAL + "may", "may have died") is None


def test_trying_to_regain_lost_positions_is_a_clash() -> None:
    got = _violent("REPORT\n\nUkrainian troops were trying to regain lost positions near Kupiansk on Tuesday, the "
                   "general staff said.", date(2022, 12, 8))
    assert [(sub, day) for sub, day, _ in got] == [("Armed clash", "2022-12-06")]


def test_a_date_opening_an_answering_phrase_is_not_the_answers() -> None:
    for comma in ("", ","):
        got = _violent(f"ARMY HITS BACK\n\nKABUL, June 17 - In response to Friday's ambush{comma} the army shelled the "
                       "rebel base near Kunduz, officials said.", date(2024, 6, 17))
        assert [day for sub, day, _ in got if sub.startswith("Shelling")] == ["2024-06-17"], comma


def test_a_date_after_after_with_no_noun_is_still_the_acts_own() -> None:
    got = _violent("After midnight on May 2 Russian forces shelled Kharkiv.", date(2022, 5, 5))
    assert [day for _, day, _ in got] == ["2022-05-02"]


def test_a_month_cut_off_by_the_clause_window_is_not_the_political_modal() -> None:
    from eventwire.components.political_rules import _intent
    text = "The Kremlin may expel the envoy"
    cut, t0 = text.index("in may"), text.index("expel")
    # The window starts inside "Kremlin": read alone it says "in may" (a month); in the whole text it is the modal.
    assert _intent(text, cut, t0, t0 + len("expel"))


def test_a_modal_may_before_the_trigger_verb_after_a_stranded_preposition() -> None:
    assert _violent("The militias that the army relies on may attack Kunduz next week, officials warned.",
                    date(2024, 6, 13)) == []
    assert _violent("Russian troops moving in may attack Kharkiv on Friday, the governor warned.",
                    date(2022, 5, 4)) == []
