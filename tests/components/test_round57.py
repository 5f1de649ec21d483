"""Round 57: after a state's name, its own lower-case "state" modifies nothing."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(1987, 6, 5)


def _violent(text: str, published: date = _DAY) -> list[tuple[str | None, str | None]]:
    return sorted((e.sub_event_type, e.location.name if e.location else None)
                  for e in extract(text, published=published) if is_violent(e))


def test_a_lower_case_state_after_a_state_name_is_its_name_not_a_modifier() -> None:
    got = _violent("LAGOS, June 5 - Gunmen kidnapped 20 students from a school in Kaduna state, police said.")
    assert [place for _, place in got] == ["Kaduna State"]


def test_a_state_name_before_state_police_still_names_who() -> None:
    got = _violent("ABUJA, June 5 - Kaduna state police killed three robbers in Zaria on Thursday.")
    assert [place for _, place in got] == ["Zaria"]


def test_a_country_before_state_media_is_still_a_modifier() -> None:
    got = _violent("BAGHDAD, June 5 - Iraqi warplanes struck Kharg Island today, Iran state media said.")
    assert got == [("Air/drone strike", "Kharg Island")]
