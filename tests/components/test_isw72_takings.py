"""Round 72: a taking verb joined to a far clause shares the sentence's armed subject (one event per place taken)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 6, 2)


def _places(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=_DAY) if is_violent(e)}


def test_a_taking_joined_by_and_far_from_its_subject_is_each_places_clash() -> None:
    got = _places("Russian forces made slow gains south of Izyum on June 2, including establishing a pontoon crossing over the "
                  "Donets River near the main road and capturing the villages of Kreminna and Rubizhne.")
    assert ("Armed clash", "Kreminna") in got
    assert ("Armed clash", "Rubizhne") in got


def test_a_finite_taking_after_and_with_an_adverb_shares_the_subject() -> None:
    got = _places("Russian troops continued assaults on Rubizhne and the villages to its north on June 2 and "
                  "likely captured Voronove.")
    assert ("Armed clash", "Voronove") in got


def test_a_taking_governed_by_a_word_has_no_taker() -> None:
    # "after capturing", "even though capturing": no act told, so no event at the place taken.
    got = _places("Russian forces in Popasna are likely suffering heavy losses and may be unable to press on "
                  "after capturing Zolote on June 2.")
    assert not any(place == "Zolote" for _, place in got)


def test_a_taking_of_unnamed_settlements_is_no_event() -> None:
    # The counterattacks are a clash north of Kherson; "liberated two settlements" names no place taken.
    got = _places("Ukrainian forces continued to launch small counterattacks north of Kherson City on June 2 and "
                  "reportedly liberated two settlements.")
    assert not any(sub == "Government regains territory" for sub, _ in got)
    got = _places("Ukrainian forces continued to launch small counterattacks north of Kherson City on June 2 and "
                  "reportedly liberated Chornobaivka.")
    assert ("Government regains territory", "Chornobaivka") in got


def test_a_place_read_far_from_the_rest_of_its_sentence_gets_no_taker() -> None:
    # A name read hundreds of km from the clause's other places is likely a namesake: no event is placed there.
    got = _places("Russian forces continued local attacks around Izyum on June 2, shelling several villages along "
                  "the road, and reportedly captured Lviv.")
    assert not any(place == "Lviv" and sub != "Shelling/artillery/missile attack" for sub, place in got)
    got = _places("Russian forces continued local attacks around Izyum on June 2, shelling several villages along "
                  "the road, and reportedly captured Dovhenke.")
    assert ("Armed clash", "Dovhenke") in got
