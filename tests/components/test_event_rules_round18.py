"""Round 18 (session 4): an attack's place is its target, not its owner or a reactor (headlines written for the test)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

PUB = date(2024, 4, 14)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(text: str, published: date = PUB) -> list[Event]:
    return [e for e in extract(text, published=published) if e.event_type in VIOLENT]


def _coded(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None) for e in _violent(text)]


def test_present_tense_launches_is_a_strike() -> None:
    # "launches" (not only "launched") drones or rockets at a place is a strike there.
    assert _coded("Iran launches dozens of drones against Israel, officials say") == [("Air/drone strike", "Israel")]
    assert ("Shelling/artillery/missile attack", "Tel Aviv") in _coded("Hamas launches rockets at Tel Aviv")


def test_attack_target_wins_over_a_reactor_place() -> None:
    # The country an attack is told "on" is where it happened; a capital reacting, or a prior strike's city, is not.
    assert _coded("Iran's attack on Israel has brought Washington back on side") == [("Attack", "Israel")]
    coded = _coded("Iran's envoy says its attack on Israel, in response to the Damascus strike, is over")
    assert ("Attack", "Israel") in coded


def test_owner_of_the_target_is_not_the_place() -> None:
    # "on Iran's consulate in Syria": Iran owns the target; the place is Syria.
    assert [loc for _, loc in _coded("Strike on Iran's consulate in Syria escalates tensions")] == ["Syria"]


def test_possessive_country_is_the_attacker() -> None:
    # "after Iran's attack": the country that owns the attack is who, not where; the headline names no target.
    evs = _violent("Israel is not seeking war after Iran's attack, its president says")
    assert evs and all(e.location is None for e in evs)
    # A place between the owner and the attack is the struck place and keeps it.
    evs = _violent("Investigations reveal discrepancies in Israel's Gaza hospital attack claims")
    assert evs and all(e.location is not None for e in evs)


def test_attempted_advance_on_a_village_is_a_clash_there() -> None:
    evs = _violent("Russian troops attempted to advance on Krasnohorivka on August 30.", date(2022, 8, 30))
    assert [(e.event_type, e.location.name if e.location else None) for e in evs] == [("Battles", "Krasnohorivka")]
