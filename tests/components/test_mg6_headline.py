"""Merge round 6: headline mends (components/headline.py), with sentences written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

import eventwire.components.headline as headline
from eventwire.api import extract

DAY = date(2024, 4, 14)


def places(text: str) -> list[tuple[str | None, str | None]]:
    """(event type, place name) of each event extracted from one headline."""
    return sorted(((e.event_type, e.location.name if e.location else None) for e in extract(text, published=DAY)),
                  key=str)


@pytest.fixture
def switches() -> Iterator[None]:
    saved = headline.ANSWERED, headline.FAR_STATE, headline.HEADING, headline.TOLL_APART
    yield
    headline.ANSWERED, headline.FAR_STATE, headline.HEADING, headline.TOLL_APART = saved


def test_answered_strike_is_dropped(switches: None) -> None:
    text = "Iran says its attack on Israel was in response to Damascus consulate strike"
    assert places(text) == [("Violence against civilians", "Israel")]
    headline.ANSWERED = 0
    assert ("Explosions/Remote violence", "Damascus") in places(text)


def test_dated_answered_strike_is_kept() -> None:
    text = "Army shells border villages in retaliation for drone strikes on Belgorod on April 12"
    assert {e.sub_event_type for e in extract(text, published=DAY)} == {
        "Shelling/artillery/missile attack", "Air/drone strike"}


def test_answered_strike_alone_is_kept() -> None:
    # No act is told before the link: the strike after it is the headline's only event, and stays.
    assert places("Officials speak in response to Damascus consulate strike") != []


def test_far_state_attack_is_unplaced(switches: None) -> None:
    text = "Iran attack clouds Biden's plans for the Gaza war"
    assert places(text) == [("Violence against civilians", None)]
    headline.FAR_STATE = 0
    assert places(text) == [("Violence against civilians", "Gaza Strip")]


def test_far_state_attack_keeps_a_country() -> None:
    # A country may be the target: only a place below a country is read as where the attack was voiced.
    assert places("Iran attack shows need for more air defence in Israel, senator says") == [
        ("Violence against civilians", "Israel")]


def test_far_state_attack_with_target_keeps_place() -> None:
    assert places("Iran's attack on Israel lasted five hours") == [("Violence against civilians", "Israel")]


def test_near_state_attack_keeps_place() -> None:
    # No reaction is voiced at Gaza (people flee there): the attack is told where it was.
    assert places("Gaza families flee as Israel's attack goes on") == [("Violence against civilians", "Gaza Strip")]


def test_far_state_attack_with_toll_keeps_place() -> None:
    assert places("Russia's attack kills 5 in Kharkiv") == [("Violence against civilians", "Kharkiv")]


def test_body_text_is_no_headline() -> None:
    text = "Iran attack clouds Biden's plans for the Gaza war.\nOfficials met on Sunday to discuss the response."
    assert ("Violence against civilians", "Gaza Strip") in places(text)


def test_drones_in_flight_are_a_strike() -> None:
    assert places("Army says it is tracking approach of more than 50 drones") == [
        ("Explosions/Remote violence", None)]


def test_drones_in_flight_only_in_a_headline() -> None:
    text = "Army says it is tracking approach of more than 50 drones.\nOfficials gave no more details on Sunday."
    assert places(text) == []


def test_drones_bought_are_no_strike() -> None:
    assert places("Army buys more than 50 drones for border patrols") == []


def test_drones_heading_to_a_land_strike_there(switches: None) -> None:
    text = "Spain helped track drones heading to Israel, officials say"
    assert places(text) == [("Explosions/Remote violence", "Israel")]
    headline.HEADING = 0
    assert places(text) == [("Explosions/Remote violence", "Spain")]


def test_civilian_shot_is_an_attack() -> None:
    assert places("Girl shot dead near her school in Jenin") == [("Violence against civilians", "Janīn")]


def test_shot_down_is_no_attack_on_a_civilian() -> None:
    assert places("Boy shot down the rumours in Jenin") == []


def test_civilian_shot_only_in_a_headline() -> None:
    text = "Girl shot dead near her school in Jenin\n\nThe school said lessons would go on. It gave no more details."
    assert ("Violence against civilians", "Janīn") not in places(text)


def test_strike_beside_a_war_tally_is_kept(switches: None) -> None:
    text = "Gaza death toll rises to 30150, Khan Younis family killed in strike"
    assert places(text) == [("Explosions/Remote violence", "Khān Yūnis")]
    headline.TOLL_APART = 0
    assert places(text) == []


def test_war_tally_alone_stays_dropped() -> None:
    assert places("Israeli strikes have killed 30,000 in Gaza, 12,000 of them children") == []
    # Its political event (the UN chief's words) stays; no violent one is made of the tally.
    assert places("UN chief decries scale of Gaza deaths as 30,000 reported killed") == [(None, None)]
