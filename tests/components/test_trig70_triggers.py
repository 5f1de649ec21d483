"""Trigger leftovers round 70 (session 18): fire attacks, aircraft massacres, a death told with a protest."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract, load_pipeline
from eventwire.model import Article

_DAY = date(2022, 9, 12)


def _subs(text: str) -> list[str | None]:
    return sorted(e.sub_event_type or "" for e in extract(text, published=_DAY))


def test_indirect_fire_attacks_on_positions_are_shelling() -> None:
    got = _subs("Russian forces conducted indirect fire attacks on Ukrainian positions in Kherson Oblast on "
                "September 11.")
    assert got == ["Shelling/artillery/missile attack"]


def test_ground_attacks_on_positions_stay_a_clash() -> None:
    assert _subs("Russian forces conducted ground attacks on Ukrainian positions near Bakhmut.") == ["Armed clash"]


def test_fire_attacks_on_homes_with_no_army_are_no_shelling() -> None:
    assert "Shelling/artillery/missile attack" not in _subs("Arsonists carried out fire attacks on three homes.")


def test_massacres_carried_out_by_aircraft_are_an_air_strike() -> None:
    assert _subs("Eight dead in a massacre committed by warplanes in a market town") == ["Air/drone strike"]


def test_a_massacre_with_no_aircraft_is_not_an_air_strike() -> None:
    assert "Air/drone strike" not in _subs("A massacre carried out by gunmen in a village left 12 dead")


def test_a_lone_headlines_death_told_with_a_protest_is_excessive_force() -> None:
    events = extract("Student killed as Chile city protests for second day.", published=_DAY)
    forced = [e for e in events if e.sub_event_type == "Excessive force against protesters"]
    assert len(forced) == 1 and forced[0].fatalities.best == 1


def test_shot_dead_during_protests_is_excessive_force() -> None:
    assert "Excessive force against protesters" in _subs("Three shot dead during Nairobi protests")


def test_a_policeman_killed_in_protests_is_no_force_on_the_crowd() -> None:
    assert "Excessive force against protesters" not in _subs("Policeman killed in Paris protests")


def _triggers(text: str) -> list[tuple[str, str | None]]:
    doc = load_pipeline()(Article(text=text, published=_DAY))
    return [(t.text, t.sub_event_type) for t in doc.triggers if t.status == "asserted"]


def test_rockets_fired_by_helicopters_are_an_air_strike() -> None:
    got = _triggers("Israeli helicopter gunships fired missiles at a car in Gaza City, killing two militants.")
    assert ("fired missiles", "Air/drone strike") in got


def test_they_after_aircraft_that_fired_is_the_aircraft() -> None:
    got = _triggers("Navy helicopters fired rockets at a boat yard in Tyre. They also fired missiles at a fuel "
                    "store nearby.")
    assert ("fired missiles", "Air/drone strike") in got


def test_rockets_fired_by_militants_stay_shelling() -> None:
    got = _triggers("Militants fired rockets at Sderot on Monday. They also fired mortars at a kibbutz.")
    assert ("fired rockets", "Shelling/artillery/missile attack") in got
    assert "Air/drone strike" not in {s for _, s in got}


def test_another_sides_strike_after_aircraft_fire_keeps_the_shelling_type() -> None:
    got = _triggers("Russian fighter jets launched four missiles at a coastal town in Odesa Oblast. Ukrainian forces "
                    "struck a Russian command post in Tokmak.")
    assert ("launched four missiles", "Air/drone strike") in got
    assert ("struck", "Shelling/artillery/missile attack") in got


def test_anti_aircraft_missile_strikes_are_no_air_strike() -> None:
    got = _triggers("Russian forces conducted anti-aircraft missile strikes against Ochakiv on Monday.")
    assert "Air/drone strike" not in {s for _, s in got}
    # The fire verb right after "anti-aircraft" is where the aircraft rule's guard is needed.
    got = _triggers("Ukrainian anti-aircraft fired missiles at Russian jets near Kharkiv.")
    assert ("fired missiles", "Shelling/artillery/missile attack") in got
