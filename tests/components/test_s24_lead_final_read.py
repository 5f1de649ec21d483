"""Session 24's final read: interactions of the merged rounds (groups x victims, groups x protests, headline superlatives)."""

from datetime import date

import pytest

import eventwire
from eventwire.export.acled import row


def _violent(text: str) -> list:
    return [e for e in eventwire.extract(text, published=date(2024, 5, 6))
            if e.event_type in ("Violence against civilians", "Battles", "Explosions/Remote violence")]


@pytest.mark.parametrize(("text", "civilians"), [
    ("Mai-Mai fighters killed seven villagers near Beni on Sunday, local officials said.",
     "Civilians (Democratic Republic of Congo)"),
    ("Lakurawa gunmen killed 12 villagers in Kebbi state on Friday, police said.", "Civilians (Nigeria)"),
    ("Ambazonian separatists killed three civilians in Bamenda on Sunday, officials said.", "Civilians (Cameroon)"),
])
def test_a_named_group_keeps_the_civilians_of_its_own_land_as_victims(text: str, civilians: str) -> None:
    (ev,) = _violent(text)
    assert civilians in [a.name for a in ev.actors if a.role == "recipient"]


def test_a_state_force_still_drops_its_own_country_as_recipient_forces() -> None:
    evs = _violent("Ukrainian troops shelled Ukrainian positions near Bakhmut by mistake on Sunday, killing two.")
    assert all("Military Forces of Ukraine" != a.name for e in evs for a in e.actors if a.role == "recipient")


@pytest.mark.parametrize("text", [
    "IPOB members protested in Enugu on Monday, demanding the release of their leader.",
    "Supporters of the Southern Transitional Council rallied in Aden on Thursday.",
])
def test_a_party_rallying_is_the_crowds_associate_not_a_force_on_it(text: str) -> None:
    protests = [e for e in eventwire.extract(text, published=date(2024, 5, 6)) if e.event_type == "Protests"]
    assert protests
    out = row(protests[0], 0)
    assert out is not None
    assert out["actor1"].startswith("Protesters (") and out["actor2"] == "" and out["assoc_actor_1"]
    assert out["interaction"] == 60


def test_police_firing_on_protesters_stay_actor2() -> None:
    protests = [e for e in eventwire.extract("Police fired tear gas at protesters in Nairobi on Tuesday.",
                                             published=date(2024, 5, 6)) if e.event_type == "Protests"]
    out = row(protests[0], 0)
    assert out is not None and out["actor2"].startswith("Police Forces of Kenya")


@pytest.mark.parametrize(("text", "toll"), [
    ("Deadliest attack since the war began kills 40 in Kharkiv", 40),
    ("Deadliest attack since the offensive began kills 21 troops in Kharkiv", 21),
])
def test_a_superlative_first_headline_keeps_its_toll(text: str, toll: int) -> None:
    evs = _violent(text)
    assert evs and evs[0].fatalities is not None and evs[0].fatalities.best == toll


def test_a_war_long_toll_stays_no_event() -> None:
    assert _violent("Gaza death toll since the war began rises to 34,000") == []
