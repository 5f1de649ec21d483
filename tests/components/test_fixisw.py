"""Review s21 c of ISW round 85: the depot's second-target branch needs an armed doer; a summary and body merge."""

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent


def _events(text: str, day: date) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=day) if is_violent(e)]


def test_a_storm_wrecking_a_depot_is_no_strike() -> None:
    got = _events("The storm destroyed several homes and the old fuel depot in Snihurivka on August 3.", date(2022, 8, 3))
    assert got == []


def test_retreating_forces_wrecking_their_own_depot_is_no_strike() -> None:
    got = _events("Retreating Russian forces destroyed their own equipment and an ammunition depot near Snihurivka on "
                  "August 3.", date(2022, 8, 3))
    assert got == []


def test_strikes_on_a_depot_as_second_target_still_count() -> None:
    got = _events("Overnight Ukrainian strikes destroyed an enemy staging area and a fuel depot around Snihurivka on "
                  "August 3.", date(2022, 8, 3))
    assert ("Shelling/artillery/missile attack", "Snihurivka") in got


def test_a_summary_and_the_body_tell_one_fight() -> None:
    # The summary's generic "attacks" once kept the liberation's sub-type, so it did not merge with the body's clash.
    got = _events("Ukrainian forces liberated Lyman on October 3. Russian sources reported Ukrainian attacks near Terny."
                  "\n\nUkrainian troops continued counteroffensive operations east of Lyman. Ukrainian forces attacked "
                  "Russian positions near Terny.", date(2022, 10, 4))
    assert [kind for kind, place in got if place == "Terny"] == ["Armed clash"]
