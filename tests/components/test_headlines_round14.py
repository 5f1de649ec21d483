"""Round 14 (session 3): headline event coding for the cross-outlet merge (bare passives, struck places)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

PUB = date(2024, 4, 2)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(text: str) -> list[Event]:
    return [e for e in extract(text, published=PUB) if e.event_type in VIOLENT]


def _place(e: Event) -> tuple[str | None, str | None]:
    assert e.location is not None, e
    return e.location.name, e.location.country_code


def test_bare_passive_headline_with_victim_and_place_is_an_attack() -> None:
    evs = _violent("Veteran tribal elder killed in Kismayo")
    assert [e.event_type for e in evs] == ["Violence against civilians"]
    assert _place(evs[0])[1] == "SO"


def test_title_case_shot_dead_headline_is_an_attack() -> None:
    evs = _violent("Local Official Shot Dead in Kandahar")
    assert len(evs) == 1 and evs[0].event_type == "Violence against civilians"
    assert _place(evs[0])[1] == "AF"


def test_mishap_headline_stays_no_event() -> None:
    assert _violent("Four workers killed in factory fire in Dhaka") == []


def test_bare_passive_needs_a_place_after_it() -> None:
    assert _violent("Community leader killed") == []


def test_named_armed_group_is_an_armed_party_for_clashes() -> None:
    evs = _violent("Heavy clashes between Islamic State and local guards near Sirte")
    assert [e.event_type for e in evs] == ["Battles"]


def test_struck_place_after_the_attack_beats_the_reactor_country() -> None:
    evs = _violent("Outrage grows over Israel's deadly attack on Gaza aid convoy")
    assert len(evs) == 1
    assert _place(evs[0])[1] == "PS"
    # An aid convoy is no military target: the attack is one-sided, not a battle.
    assert evs[0].event_type == "Violence against civilians"


def test_struck_place_naming_the_site_before_the_blast() -> None:
    evs = _violent("Israel and Hamas trade blame for Gaza hospital blast")
    assert len(evs) == 1 and _place(evs[0])[1] == "PS"


def test_army_convoy_is_still_a_battle() -> None:
    evs = _violent("Rebels attack army convoy near Goma")
    assert [e.event_type for e in evs] == ["Battles"]
    assert _place(evs[0])[1] == "CD"


def test_own_attack_named_after_the_place_keeps_the_place() -> None:
    evs = _violent("Bodyguard shot dead in Herat attack")
    assert len(evs) == 1 and evs[0].location is not None
    name, country = _place(evs[0])
    assert country == "AF" and name is not None and name.replace("ā", "a") == "Herat"


def test_demonym_attack_after_a_killing_is_no_place() -> None:
    evs = _violent("Medics killed in Israeli attack")
    assert [e.event_type for e in evs] == ["Violence against civilians"]
    assert evs[0].location is None


def test_headline_strikes_by_a_party_on_a_site_are_an_air_strike() -> None:
    evs = _violent("Russian Strikes on Relief Convoy Draw Condemnation")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_present_tense_headline_capture_is_a_territory_event() -> None:
    evs = _violent("Government troops recapture Kidal from rebels")
    assert [e.event_type for e in evs] == ["Battles"]
    assert evs[0].sub_event_type == "Government regains territory"


def test_party_named_before_a_massacre_is_its_author() -> None:
    evs = _violent("Sudanese massacre of villagers in El Geneina")
    assert [e.event_type for e in evs] == ["Violence against civilians"]
    assert _place(evs[0])[1] == "SD"
    assert _violent("The massacre of villagers, remembered") == []
