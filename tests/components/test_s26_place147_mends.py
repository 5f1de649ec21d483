"""Mends after review of place147: home forces keep their land, only a land names a ship's flag, a toll of armed men
needs the force noun as its head, soldiers told dead before the attack keep the old check, lawmakers attacked stay."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

_DAY = date(2024, 5, 1)


def _events(text: str) -> list[Event]:
    return [e for e in extract(text, published=_DAY) if e.event_type]


def _places(text: str) -> list[str | None]:
    return [e.location.country_code if e.location else None for e in _events(text)]


def test_a_lands_own_police_or_army_after_by_keeps_the_land() -> None:
    assert "KE" in _places("Student shot dead by Kenyan police")
    assert "GH" in _places("Two farmers killed by Ghanaian soldiers")
    assert "IQ" in _places("Iraqi marchers killed by Iraqi security forces")
    assert "SY" in _places("Syrian villagers killed by Syrian government barrel bombs")


def test_a_foreign_strike_after_by_is_still_no_place() -> None:
    assert _places("Two nurses killed by Israeli strike") == [None]


def test_a_town_port_or_sea_before_a_ship_is_where() -> None:
    [e] = _events("Gunmen attack Lagos ferry, killing five")
    assert e.location is not None and e.location.country_code == "NG"
    assert _places("Explosion on Chittagong ferry kills 8") == ["BD"]
    assert _places("Houthi rebels in Yemen attack ships, killing three sailors") == ["YE"]


def test_relatives_or_retired_soldiers_killed_are_civilians() -> None:
    assert [e.event_type for e in _events("Gunmen attack kills four wives of soldiers in Borno")] == [
        "Violence against civilians"]
    assert [e.event_type for e in _events("Attack on bus kills 7 retired soldiers in Kashmir")] == [
        "Violence against civilians"]
    assert [e.event_type for e in _events("Militant attack kills 3 off-duty policemen at a market in Peshawar")] == [
        "Violence against civilians"]


def test_soldiers_dead_before_the_attack_word_stay_a_clash_when_civilians_are_hurt_after() -> None:
    assert [e.event_type for e in _events("Two soldiers died in a rebel attack in Tigray that also wounded civilians")
            ] == ["Battles"]


def test_lawmakers_attacked_keep_their_land() -> None:
    assert _places("Pakistan senators attacked by mob") == ["PK"]


def test_the_party_blamed_leaves_the_real_setting() -> None:
    places = _places("Rebels bombed a pipeline in Arauca, but Venezuela is to blame, Colombia says.")
    assert places and all(p == "CO" for p in places)
