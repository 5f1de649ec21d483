"""Review s15c: sites damaged in the day's fighting, attempted assaults, and crowds or police that advance."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2024, 3, 5)


def _kinds(text: str, day: date = _DAY) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=day) if is_violent(e)}


def test_a_site_damaged_during_the_days_fighting_keeps_the_battle() -> None:
    assert ("Armed clash", "El Fasher") in _kinds("Two clinics were damaged during fighting around El Fasher on "
                                                  "Sunday, the health ministry said.")


def test_a_school_damaged_in_fighting_keeps_the_battle() -> None:
    assert ("Armed clash", "Bakhmut") in _kinds("A school was damaged in fighting near Bakhmut on Monday, officials "
                                                "said.")


def test_a_unit_damaged_in_earlier_fighting_is_still_background() -> None:
    assert not _kinds("Two battalions of the 5th Tank Brigade, which was badly damaged in fighting west of Kyiv, "
                      "moved to Belgorod.")


def test_an_attempt_to_launch_new_assaults_is_a_fight() -> None:
    day = date(2022, 6, 5)
    for verb in ("attempted", "tried", "sought", "failed"):
        got = _kinds(f"Russian forces {verb} to launch new assaults on Bakhmut on June 4.", day)
        assert ("Armed clash", "Bakhmut") in got, verb


def test_forces_gathered_to_begin_new_operations_is_no_event() -> None:
    assert not _kinds("Russian forces are assembling near Izyum to begin new offensive operations toward Slovyansk.")


def test_protesters_advancing_in_a_city_is_no_battle() -> None:
    got = _kinds("Protesters advanced in Tbilisi toward parliament on Monday as police fired tear gas.")
    assert all(kind != "Armed clash" for kind, _ in got)


def test_riot_police_advancing_in_a_city_is_no_battle() -> None:
    assert not _kinds("Riot police advanced in Nairobi against stone-throwing youths on Tuesday.")


def test_troops_advancing_in_a_town_is_a_fight() -> None:
    assert ("Armed clash", "Mariupol") in _kinds("Russian forces continued to advance in central Mariupol on Monday.")
