"""A title's act told again in the lead is one event at the lead's place, never two (head206)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

_DAY = date(2004, 10, 5)


def _events(text: str) -> list[tuple[str | None, str | None, int | None, int]]:
    """(sub-type, place name, deaths, evidence sentences) of each violent event coded for the text."""
    return [(e.sub_event_type, e.location.name if e.location else None, e.fatalities.best, len(e.evidence))
            for e in extract(text, published=_DAY) if e.event_type is not None]


def test_a_title_bearing_on_the_capital_folds_into_the_lead_at_the_town() -> None:
    got = _events("Car bomb north of Baghdad kills seven\n\nBAIJI, Iraq (Reuters) - A car bomb exploded beside an army "
                  "patrol in the town of Baiji on Tuesday, killing seven people, police said.")
    assert got == [("Remote explosive/landmine/IED", "Bayjī", 7, 2)]


def test_a_generic_title_attack_at_the_country_folds_into_the_lead_bombing() -> None:
    got = _events("Attack on aid convoy kills one in southern Afghanistan\n\nKANDAHAR, Afghanistan - One driver died "
                  "when a roadside bomb hit an aid convoy near Kandahar on Sunday, officials said.")
    assert got == [("Remote explosive/landmine/IED", "Kandahār", 1, 2)]


def test_an_unplaced_title_toll_folds_into_the_lead_with_the_same_toll() -> None:
    got = _events("Two soldiers killed\n\nKABUL - Two soldiers died when a bomb hit their patrol near Kandahar on Friday.")
    assert got == [("Remote explosive/landmine/IED", "Kandahār", 2, 2)]


def test_a_title_with_another_toll_and_town_stays_its_own_act() -> None:
    got = _events("Bomb kills three in Baghdad\n\nMOSUL, Iraq - A roadside bomb killed ten soldiers in Mosul on Monday, "
                  "the army said.")
    assert sorted(got) == [("Remote explosive/landmine/IED", "Baghdad", 3, 1),
                           ("Remote explosive/landmine/IED", "Mosul", 10, 1)]


def test_a_sentence_with_a_stop_is_no_title() -> None:
    # The first line ends in a full stop: a lead of its own, not a title over the next paragraph.
    got = _events("A bomb killed seven people in Baghdad on Tuesday.\n\nIn Mosul, a bomb killed two soldiers on Tuesday.")
    assert sorted(n for _, n, _, _ in got) == ["Baghdad", "Mosul"]
