"""'Demonstration' as a protest versus a show of arms."""

import datetime

import eventwire

DAY = datetime.date(2022, 4, 3)


def _codes(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.plover.event if e.plover else None) for e in eventwire.extract(text, published=DAY)]


def test_a_demonstration_of_combat_readiness_is_no_protest() -> None:
    assert _codes("Russian forces began preparations for a demonstration of combat readiness in Transnistria on "
                  "April 2.") == []
    assert _codes("The army staged a demonstration of force near the border on Saturday.") == []


def test_street_demonstrations_stay_protests() -> None:
    assert _codes("Thousands joined demonstrations in Minsk on Sunday against the government.") == [
        ("Peaceful protest", "PROTEST")]
    assert ("Peaceful protest", "PROTEST") in _codes("Students demonstrated in Tehran on Monday.")
