"""Round 55: a date that names what an act followed, tries to regain lost positions, attacks told as what was answered."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent


def _violent(text: str, published: date) -> list[tuple[str | None, str, str | None]]:
    return [(e.sub_event_type, str(e.date.start), e.location.name if e.location else None)
            for e in extract(text, published=published) if is_violent(e)]


def test_a_date_after_following_names_what_the_act_followed() -> None:
    got = _violent("Russian troops renewed their assaults on the steel plant in Mariupol following the end of the "
                   "May 2 ceasefire talks.", date(2022, 5, 3))
    assert got and all(day == "2022-05-03" for _, day, _ in got)


def test_a_date_after_after_midnight_is_still_the_acts_own() -> None:
    got = _violent("Russian troops shelled Kharkiv after midnight on May 2.", date(2022, 5, 3))
    assert got and all(day == "2022-05-02" for _, day, _ in got)


def test_a_try_to_regain_lost_positions_is_a_clash_there() -> None:
    got = _violent("Ukrainian troops tried to regain lost positions near Kupiansk on Tuesday.", date(2022, 12, 8))
    assert len(got) == 1 and got[0][0] == "Armed clash" and (got[0][2] or "").startswith("Kup")


def test_previously_lost_positions_do_not_make_the_try_historical() -> None:
    got = _violent("Russian units again attempted to regain previously lost positions near Lupareve.",
                   date(2022, 6, 28))
    assert [(sub, day, place) for sub, day, place in got] == [("Armed clash", "2022-06-28", "Lupareve")]


def test_an_attack_answered_days_before_is_background() -> None:
    got = _violent("DESTROYERS STRIKE RIGS\n\nWASHINGTON, Oct 19 - Two destroyers shelled a pair of offshore oil "
                   "rigs in the Gulf on Monday in response to Friday's missile attack on a freighter, a spokesman "
                   "said.", date(1987, 10, 19))
    assert got and all(day == "1987-10-19" for _, day, _ in got)


def test_an_attack_answered_the_day_before_is_still_news() -> None:
    got = _violent("CLASHES IN THE NORTH\n\nKABUL, May 9 - Rebels shelled Kunduz on Thursday in retaliation for an "
                   "air strike on their camp near Kunduz on Wednesday, officials said.", date(2024, 5, 9))
    assert [place for sub, _, place in got if sub == "Air/drone strike"] == ["Kunduz"]


def test_the_month_may_in_a_dateline_is_no_modal() -> None:
    got = _violent("FIGHTING IN THE NORTH\n\nKABUL, May 9 - Taliban fighters shelled an army post in Kunduz on "
                   "Thursday, officials said.", date(2024, 5, 9))
    assert [(sub, day, place) for sub, day, place in got] == [
        ("Shelling/artillery/missile attack", "2024-05-09", "Kunduz")]


def test_the_month_may_opening_a_sentence_is_no_modal() -> None:
    got = _violent("On May 3 Russian forces shelled Kharkiv, the governor said.", date(2022, 5, 4))
    assert [(day, place) for _, day, place in got] == [("2022-05-03", "Kharkiv")]


def test_the_modal_may_still_makes_an_attack_unreal() -> None:
    assert _violent("Russian forces may shell Kharkiv again, the governor warned.", date(2022, 5, 4)) == []


def test_the_month_may_in_a_dateline_does_not_make_a_statement_an_intent() -> None:
    def coded(month: str) -> list[str]:
        text = f"KABUL, {month} 9 - The Taliban government condemned Pakistan over the border closure, officials said."
        return [str(e.plover) for e in extract(text, published=date(2024, 6, 10)) if e.plover is not None]

    assert coded("May") and coded("May") == coded("June")
