"""Session 28, fmendB28: with the spans given, a demonym before a person noun ("a Spanish hiker") names the person's
origin and casts no vote, as "from Spain" does; other demonyms still vote."""

from __future__ import annotations

import pytest
from geo_helpers import given_pick as _pick
from geo_helpers import given_voters as _voters


@pytest.mark.parametrize(("text", "name", "cc", "state"), [
    # A river or neighbouring town casts no vote with the spans given; the visitor's demonym no longer outweighs them.
    ("Toledo fire crews pulled a Spanish hiker out of the Maumee River on Tuesday.", "Toledo", "US", "Ohio"),
    ("Toledo police said two Spanish students were robbed outside a bar near Perrysburg.", "Toledo", "US", "Ohio"),
    ("Richmond officers said a British visitor lost his wallet beside the James River.", "Richmond", "US", "Virginia"),
])
def test_a_visitors_demonym_does_not_move_the_town(text: str, name: str, cc: str, state: str) -> None:
    assert _pick(text, name) == (cc, state)


@pytest.mark.parametrize("text", [
    "Toledo police said a Spanish tourist was hurt.",
    "Toledo police said an elderly Spanish couple was hurt.",
    "Toledo police said a Spanish exchange student was hurt.",
])
def test_a_demonym_before_a_person_noun_does_not_vote(text: str) -> None:
    assert _voters(text, "Toledo") == []


@pytest.mark.parametrize(("text", "voter"), [
    ("Toledo is a hill town above the Tagus river; Spanish wine and steel made its name.", "Spanish"),
    ("Toledo police said the Spanish national team arrived on Monday.", "Spanish"),
])
def test_other_demonyms_still_vote(text: str, voter: str) -> None:
    assert _voters(text, "Toledo") == [voter]


def test_a_destination_that_holds_the_town_still_votes() -> None:
    # Why no "moved to" mirror of the "from" rule: the place moved to is often the given town's own state.
    assert _pick("Her parents moved to Florida and settled in Naples, where she grew up.", "Naples") == ("US", "Florida")
