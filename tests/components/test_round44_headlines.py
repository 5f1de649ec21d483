"""Round 44: lone headlines that told an act but yielded no event (raids, interceptions, executions, fighting)."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

from eventwire.api import extract
from eventwire.gazetteer.index import haversine_km

DAY = date(2024, 3, 1)


def _all(text: str) -> set[tuple[str | None, str | None]]:
    """Every event (violent or not) as (sub-event type, place name)."""
    return {(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=DAY)}


def test_armed_raid_with_no_violence_is_a_strategic_development() -> None:
    events = extract("Israeli troops raid a clinic in Jenin overnight", published=DAY)
    assert [(e.event_type, e.sub_event_type, e.plover.event if e.plover else None) for e in events] == [
        ("Strategic developments", "Other", "COERCE")]
    assert ("Other", "Gaza Strip") in _all("Israeli forces storm Gaza's al-Awda Hospital")


def test_raid_needs_an_armed_party_and_is_not_weather() -> None:
    assert _all("Storm Isha batters Galway as drivers are told to stay home") == set()
    assert _all("Shoppers raid the sales in Leeds on Boxing Day") == set()
    assert _all("Police raid a printing works in Mombasa") == set()  # a search, not an armed act


def test_counted_raids_are_not_ground_raids() -> None:
    # "12 raids on Kafr Nabl": air raids, as reports translated from Arabic count them
    assert not {s for s, _ in _all("Regime forces carry out 12 raids targeting Kafr Nabl")} & {"Other"}


def test_raid_told_with_its_killing_is_one_violent_event() -> None:
    subs = {s for s, _ in _all("Settlers kill two Palestinians while storming a village near Nablus")}
    assert "Other" not in subs and subs & {"Attack", "Armed clash"}


def test_interceptions_told_in_the_present() -> None:
    assert ("Disrupted weapons use", "Israel") in _all("Navy ships destroy missiles headed for Israel, officials say")
    assert {s for s, _ in _all("Air defences intercept some drones over Kyiv")} == {"Disrupted weapons use"}
    assert {s for s, _ in _all("Poland shoots down drones over Lublin")} == {"Disrupted weapons use"}


def test_extrajudicial_execution_is_an_attack() -> None:
    evs = [e for e in extract("Two farmers were extrajudicially executed in Panjshir by the Taliban", published=DAY)
           if e.event_type is not None]
    # The display name depends on how the gazetteer was built (Panjshir / Panjshayr): check the point instead.
    assert [e.sub_event_type for e in evs] == ["Attack"]
    loc = evs[0].location
    assert loc is not None and loc.lat is not None and loc.lon is not None
    assert haversine_km(loc.lat, loc.lon, 35.4, 69.7) < 60


def test_fighting_between_two_armed_sides() -> None:
    assert coded("Niger: fighting between the army and jihadists intensifies near Tillaberi", DAY) == {
        ("Armed clash", "Tillabéri")}
    assert coded("Fresh fighting between soldiers and rebels in Beni", DAY) == {("Armed clash", "Beni")}


def test_attack_on_armed_men_is_a_battle() -> None:
    assert coded("Rebels attack the army positions in the countryside of Hama", DAY) == {("Armed clash", "Ḩamāh")}
    assert coded("Islamist fighters attack police in Maiduguri", DAY) == {("Armed clash", "Maiduguri")}


def test_attack_on_armed_men_is_not_a_verbal_attack_or_a_told_toll() -> None:
    assert coded("Senator attacks army chief over defence budget", DAY) == set()
    # the killing codes the toll; the attack is the cause told in the same breath
    assert ("Armed clash", "Israel") in coded("Israel shuts crossing after militant attack kills two soldiers", DAY)


def test_execution_by_an_armed_party_is_an_attack() -> None:
    assert coded("IS militants execute a shepherd in Raqqa", DAY) == {("Attack", "Ar Raqqah")}
    assert coded("Villagers accuse soldiers of executing 7 men in Kidal", DAY) == {("Attack", "Kidal")}


def test_judicial_execution_or_a_plan_executed_is_no_event() -> None:
    assert coded("Singapore executes drug trafficker", DAY) == set()
    assert coded("Troops executed a new plan in Kandahar", DAY) == set()
