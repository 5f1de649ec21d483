"""Round 45: a clash and a taking of the same place and day, told in one sentence, are one fight."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

PUB = date(2022, 4, 29)


def _battles(text: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.sub_event_type, e.location.name if e.location else None)
                  for e in extract(text, published=PUB) if e.event_type == "Battles")


def test_counterattacks_and_a_retaking_of_one_town_are_one_event() -> None:
    got = _battles("Ukrainian forces continued limited counterattacks northeast of Kharkiv City and recaptured "
                   "Ruska Lozova on April 29.")
    assert got == [("Government regains territory", "Ruska Lozova")]


def test_a_clash_at_another_town_stays_its_own_event() -> None:
    got = _battles("Ukrainian forces repelled Russian attacks near Dolyna on April 29. Ukrainian forces recaptured "
                   "Ruska Lozova on April 29.")
    assert ("Armed clash", "Dolyna") in got and len(got) == 2
