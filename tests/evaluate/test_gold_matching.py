"""The gold scorer's matching follows the README's counting unit: one event per type, sub-type, place and day."""

from __future__ import annotations

from datetime import date
from typing import Any

from evaluate_support import make_event

from eventwire.evaluate.gold import score_records
from eventwire.model import Event

DAY = date(2022, 4, 19)
IZYUM = ("Izyum", 49.21, 37.26, "UA")


def _gold(event_type: str, sub: str, day: date = DAY, lat: float | None = 49.21, lon: float | None = 37.26,
          admin1: str | None = None) -> dict[str, Any]:
    return {"event_type": event_type, "sub_event_type": sub, "date": day.isoformat(),
            "location": {"name": "Izyum", "geonameid": None, "lat": lat, "lon": lon, "country_code": "UA",
                         "admin1": admin1},
            "fatalities": {"low": None, "best": None, "high": None},
            "injured": {"low": None, "best": None, "high": None}}


def _score(gold: list[dict[str, Any]], system: list[Event]) -> dict[str, Any]:
    record = {"id": "t", "text": "t", "published": DAY.isoformat(), "events": gold}
    return score_records([record], lambda text, published: system)


def test_two_sub_types_at_one_place_day_are_two_events() -> None:
    # "air and artillery strikes on Izyum": two gold events; each system event meets the one of its own sub-type.
    gold = [_gold("Explosions/Remote violence", "Air/drone strike"),
            _gold("Explosions/Remote violence", "Shelling/artillery/missile attack")]
    both = [make_event("Explosions/Remote violence", "Shelling/artillery/missile attack", DAY, *IZYUM),
            make_event("Explosions/Remote violence", "Air/drone strike", DAY, *IZYUM)]
    res = _score(gold, both)
    assert res["event"]["tp"] == 2 and res["sub_event_type_accuracy"]["value"] == 1.0
    # Only the shelling told: it pairs with the shelling gold event, and the air strike is a miss.
    res = _score(gold, both[:1])
    assert res["event"]["tp"] == 1 and res["event"]["fn"] == 1 and res["sub_event_type_accuracy"]["value"] == 1.0


def test_a_repelled_attack_is_a_battle_and_a_day_off_still_matches() -> None:
    gold = [_gold("Battles", "Armed clash")]
    res = _score(gold, [make_event("Battles", "Armed clash", date(2022, 4, 18), *IZYUM)])
    assert res["event"]["tp"] == 1
    # Two days off, or a shelling told for the clash, is no match.
    res = _score(gold, [make_event("Battles", "Armed clash", date(2022, 4, 17), *IZYUM),
                        make_event("Explosions/Remote violence", "Shelling/artillery/missile attack", DAY, *IZYUM)])
    assert res["event"]["tp"] == 0 and res["event"]["fp"] == 2


def test_a_second_event_at_the_same_place_day_and_sub_type_is_a_false_positive() -> None:
    gold = [_gold("Battles", "Armed clash")]
    dup = [make_event("Battles", "Armed clash", DAY, *IZYUM), make_event("Battles", "Armed clash", DAY, *IZYUM)]
    res = _score(gold, dup)
    assert res["event"]["tp"] == 1 and res["event"]["fp"] == 1
