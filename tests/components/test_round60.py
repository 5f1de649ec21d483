"""Round 60: ISW front reports: retakings told in the perfect or a participle clause, a part of a town taken, and
places targeted "with" drones or missiles."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 9, 12)


def _kinds(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=_DAY)
            if is_violent(e)}


def _has(got: set[tuple[str | None, str | None]], kind: str, prefix: str) -> bool:
    """An event of the sub-type at a place whose gazetteer name starts with `prefix` (spellings differ)."""
    return any(k == kind and (name or "").startswith(prefix) for k, name in got)


def test_have_retaken_a_town_is_a_retaking() -> None:
    got = _kinds("Ukrainian troops have retaken Balakliia, local officials said.")
    assert _has(got, "Government regains territory", "Balakli")


def test_retaken_ground_in_an_oblast_is_no_event() -> None:
    assert not _kinds("Ukrainian troops have retaken ground in Luhansk Oblast.")


def test_participle_clause_retakes_each_town_of_its_list() -> None:
    got = _kinds("Ukrainian forces made small advances near Izium, recapturing Kupiansk and Balakliia.")
    assert _has(got, "Government regains territory", "Kup") and _has(got, "Government regains territory", "Balakli")


def test_retaking_as_an_aim_is_no_event() -> None:
    assert not _kinds("Kyiv's security would be much better served by liberating Crimea.")


def test_portions_of_a_town_captured_is_a_fight_there() -> None:
    got = _kinds("Russian forces captured unspecified eastern portions of Kupiansk on September 12.")
    assert any(name and name.startswith("Kup") for _, name in got)


def test_targeted_with_drones_is_an_air_strike_at_each_place() -> None:
    got = _kinds("Russian forces continued to target Zaporizhzhia and Dnipropetrovsk Oblast with Shahed drones.")
    assert _has(got, "Air/drone strike", "Dnipropetrovsk") and _has(got, "Air/drone strike", "Zapori")


def test_targeted_with_missiles_is_shelling() -> None:
    got = _kinds("Officials said Russian forces targeted Odesa with three cruise missiles overnight.")
    assert _has(got, "Shelling/artillery/missile attack", "Odes")


def test_drones_and_artillery_keep_the_shelling() -> None:
    got = _kinds("Ukrainian forces were seen targeting Russian positions with drones and artillery in Izium.")
    assert any(kind == "Shelling/artillery/missile attack" for kind, _ in got)


def test_repelled_efforts_to_surround_a_town_is_a_fight_there() -> None:
    got = _kinds("Ukrainian forces repelled renewed Russian efforts to surround the city of Kupiansk on September 12.")
    assert _has(got, "Armed clash", "Kup")


def test_stopped_coverage_of_an_effort_is_no_event() -> None:
    assert not _kinds("We have stopped coverage of the northern effort near Kupiansk because it is no longer active.")
