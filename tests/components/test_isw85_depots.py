"""Round 85: a depot destroyed as the second of two targets is a strike at the named place."""

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 8, 3)


def _fires(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=_DAY) if is_violent(e)]


def test_depot_after_another_target_is_a_strike() -> None:
    got = _fires("The regional command said that Ukrainian forces destroyed three Russian strongholds and four "
                 "Russian ammunition depots near Snihurivka on August 3.")
    assert ("Shelling/artillery/missile attack", "Snihurivka") in got


def test_command_post_and_depot_is_a_strike() -> None:
    got = _fires("Ukrainian troops struck an enemy command post and an ammunition depot near Nova Kakhovka on August 3.")
    assert [s for s, _ in got] == ["Shelling/artillery/missile attack"]


def test_fuel_tankers_are_no_store() -> None:
    # Guard: "fuel" before a vehicle is no fuel depot, even as the second target.
    got = _fires("Ukrainian forces destroyed three Russian trucks and two fuel tankers near Snihurivka on August 3.")
    assert got == []


def test_a_place_between_the_targets_ends_the_list() -> None:
    # Guard: a depot told after a place and "later" is not the second target of the first "destroyed", so no strike
    # is placed at the first target's place (before review s21 c only the word budget kept it out).
    got = _fires("Ukrainian forces destroyed two tanks near Snihurivka and later a fuel depot in Kherson City "
                 "on August 3.")
    assert not any(place == "Snihurivka" for _, place in got)
