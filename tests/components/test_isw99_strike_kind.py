"""Round 99: a strike word with rockets, missiles or guns as its means is no earlier sentence's air strike."""

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 5, 4)
_AIR = "Air/drone strike"
_SHELL = "Shelling/artillery/missile attack"
_DRONES = "Russian forces launched Shahed drones at Kupiansk on May 3. "


def _fires(text: str) -> dict[str | None, set[str | None]]:
    out: dict[str | None, set[str | None]] = {}
    for e in extract(text, published=_DAY):
        if is_violent(e):
            out.setdefault(e.location.name if e.location else None, set()).add(e.sub_event_type)
    return out


def test_rocket_strikes_after_drone_strikes_are_shelling() -> None:
    got = _fires(_DRONES + "Regional officials said that Russian forces also hit Balakliia with multiple launch "
                 "rocket system (MLRS) strikes.")
    assert got["Balakliya"] == {_SHELL}
    assert got["Kupyansk"] == {_AIR}


def test_missiles_named_after_the_strike_word_count_too() -> None:
    got = _fires(_DRONES + "Regional officials said that the strikes on Balakliia used S-300 missiles.")
    assert got["Balakliya"] == {_SHELL}


def test_strikes_with_no_weapon_keep_the_earlier_kind() -> None:
    # Guard: the sentence names no fire of its own, so the bare word still takes the drones' air type.
    got = _fires(_DRONES + "Regional officials said that Russian forces also hit Balakliia with strikes.")
    assert got["Balakliya"] == {_AIR}


def test_aircraft_beside_rockets_keep_the_air_type() -> None:
    # Guard: a sentence naming aircraft as well is no plain shelling; the earlier air strike still types it.
    got = _fires(_DRONES + "Regional officials said that Russian forces also hit Balakliia with strikes from "
                 "helicopters and rockets.")
    assert got["Balakliya"] == {_AIR}


def test_a_weapon_far_from_the_strike_word_is_no_cue() -> None:
    # Guard: rocket launchers told at the end of a long aside are the place's garrison, not the strike's weapon.
    got = _fires(_DRONES + "Regional officials said that the strikes also hit Balakliia, a town whose garrison had "
                 "been reinforced over the past week with rocket launchers.")
    assert got["Balakliya"] == {_AIR}
