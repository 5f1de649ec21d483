"""News round 3 (session 18): false events in ordinary news — pit blasts, attacks weeks ago."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2004, 11, 20)


def _violent(text: str, published: date | None = _DAY) -> list[tuple[str | None, str | None]]:
    return sorted((e.sub_event_type, e.location.name if e.location else None)
                  for e in extract(text, published=published) if is_violent(e))


def test_a_coal_mine_blast_is_an_accident_even_with_strike_as_a_verb() -> None:
    assert _violent("Quarry town mourns. A gas explosion at a coal mine in Shanxi killed 21 workers on Friday, the "
                    "latest disaster to strike the region's mines.") == []


def test_miners_killed_in_a_blast_are_an_accident() -> None:
    assert _violent("Rescue work goes on. Nine miners were killed in a blast deep in a pit near Donetsk on "
                    "Tuesday, officials said.") == []


def test_rebels_who_blow_up_a_coal_mine_still_attack() -> None:
    got = _violent("Rebels set off a bomb at a coal mine in Kalat on Tuesday, killing four guards.")
    assert got and all(sub is not None for sub, _ in got)


def test_an_attack_weeks_ago_told_in_passing_is_background() -> None:
    text = ("Talks between the two capitals stalled on Friday. Relations have soured since a suicide attack on a "
            "border post in Kashmir three weeks ago.")
    assert _violent(text) == []


def test_an_attack_two_days_ago_is_still_news() -> None:
    text = ("Officials met in Kabul on Saturday. US planes dropped a huge bomb on caves in the Tora Bora "
            "mountains two days ago, killing dozens of fighters.")
    assert _violent(text) != []
