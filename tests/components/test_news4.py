"""News round 4 (session 18): one act coded twice — a toll participle with its own day or place."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(1987, 3, 5)


def _violent(text: str, published: date | None = _DAY) -> list[tuple[str | None, str | None, str | None]]:
    return sorted((e.sub_event_type, e.location.name if e.location else None,
                   str(e.date.start) if e.date else None)
                  for e in extract(text, published=published) if is_violent(e))


def test_a_toll_participle_takes_the_day_told_in_its_acts_clause() -> None:
    got = _violent("HYDERABAD/SUKKUR, 5 March 1987 - A car bomb went off near a bus station in Sukkur yesterday, "
                   "killing three passengers.")
    assert [day for _, _, day in got] == ["1987-03-04"]


def test_a_toll_participle_does_not_take_the_doers_country() -> None:
    got = _violent("India said today that troops from Pakistan attacked Indian border villages last Tuesday and "
                   "Wednesday, killing 12 people.")
    assert [place for _, place, _ in got] == ["India"]


def test_two_acts_in_one_sentence_stay_two() -> None:
    got = _violent("A bomb exploded in Quetta on Tuesday, killing six farmers, and gunmen shot dead two policemen "
                   "in Peshawar on Monday.")
    assert len(got) == 2


def test_an_act_in_an_after_phrase_is_placed_in_that_phrase() -> None:
    got = _violent("Hours after a bomb exploded at a market in Quetta, gunmen attacked a police post in Peshawar, "
                   "killing two policemen.")
    assert ("Remote explosive/landmine/IED", "Quetta") in [(sub, place) for sub, place, _ in got]


def test_an_after_phrase_with_no_place_of_its_own_keeps_the_sentences() -> None:
    got = _violent("Hours after the bombing, gunmen attacked a police post in Peshawar, killing two policemen.")
    assert got and {place for _, place, _ in got} == {"Peshawar"}


def _subs(text: str) -> set[str | None]:
    return {sub for sub, _, _ in _violent(text)}


def test_clashes_between_police_and_protesters_are_a_riot() -> None:
    assert _subs("Three people died on Monday in clashes between police and protesters outside the town hall in "
                 "Quito.") == {"Violent demonstration"}


def test_demonstrations_that_led_to_clashes_with_police_are_a_riot() -> None:
    assert _subs("Rallies at two colleges on Monday led to clashes with riot police in Porto.") \
        == {"Violent demonstration"}


def test_troops_clashing_with_protesters_is_a_riot() -> None:
    assert _subs("Soldiers clash with Togolese marchers in Lome on Monday.") == {"Violent demonstration"}


def test_an_armed_side_keeps_a_clash_a_battle() -> None:
    assert _subs("Guerrillas and students clashed with police in Lima on Monday.") == {"Armed clash"}
    assert _subs("Rebels clashed with troops near Ayacucho on Monday.") == {"Armed clash"}
