"""Session 28, odd168: an obligation told with "must" and no speaker, party or land named before it is the writer's
assessment, not a request. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

DAY = date(2024, 5, 20)


def _plover(text: str) -> list[str | None]:
    return [e.plover.event if e.plover else None for e in extract(text, published=DAY)]


def test_an_obligation_with_no_party_is_no_request() -> None:
    assert _plover("The attackers must then cross open fields under fire, which favours the defenders.") == []
    assert _plover("This money must go back into local schools.") == []


def test_an_obligation_with_a_land_or_a_speaker_stays_a_request() -> None:
    assert "REQUEST" in _plover("The summit concluded that the US and other rich nations must fund water projects.")
    assert _plover("Germany said Russia must withdraw its troops.") == ["REQUEST"]
