"""Review fixes of merge round 6's headline mends, with sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract

DAY = date(2024, 4, 14)
VAC = "Violence against civilians"


def events(text: str) -> list[tuple[str | None, str | None, int | None]]:
    """(sub-event type, place name, fatalities) of each event extracted from one headline."""
    return sorted(((e.sub_event_type, e.location.name if e.location else None, e.fatalities.best)
                   for e in extract(text, published=DAY)), key=str)


def places(text: str) -> list[str | None]:
    """Place of each violent event extracted from one headline."""
    return [e.location.name if e.location else None for e in extract(text, published=DAY)
            if e.event_type == VAC or e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize(("text", "place"), [
    ("Kharkiv reels after Russia attack", "Kharkiv"),
    ("Odesa mourns dead after Russia's attack", "Odesa"),
    ("Russia attack leaves thousands without power in Kharkiv", "Kharkiv"),
    ("Russia's attack overnight damages energy facility in Lviv region", "Lviv Oblast"),
    ("Hospital in Khan Younis hit again as Iran attack dominates news", "Khān Yūnis"),
])
def test_attack_told_where_it_struck_keeps_place(text: str, place: str) -> None:
    # No reaction is voiced at the place; damage or dead are told there.
    assert places(text) == [place]


@pytest.mark.parametrize("text", [
    "Crowds in Rafah cheer Iran's attack",
    "Residents in Kharkiv condemn Russia attack",
    "US raises Rafah concerns with Israel, discusses Iran attack",
    "In wake of Iran attack and amid growing need in Gaza, senator calls for aid",
])
def test_place_that_voiced_a_reaction_is_unplaced(text: str) -> None:
    assert places(text) == [None]


def test_target_link_keeps_place() -> None:
    assert places("Residents in Kharkiv condemn Russia attack targeting power grid") == ["Kharkiv"]


def test_country_beside_a_war_noun_keeps_place() -> None:
    # A country may be the target: only a place below a country is read as where a reaction was voiced.
    assert places("Israel war cabinet meets after Iran attack") == ["Israel"]


def test_toll_keeps_place() -> None:
    assert places("Residents in Kharkiv condemn Russia attack that killed 4 people") == ["Kharkiv"]


def test_damage_keeps_place() -> None:
    assert places("Residents in Kharkiv condemn Russia attack that damaged a school") == ["Kharkiv"]


def test_place_right_after_the_attack_is_its_target() -> None:
    assert places("Russia attack rocks Kharkiv crisis centre") == ["Kharkiv"]


def test_daily_count_beside_a_war_tally_stays_a_tally() -> None:
    # Only killing words: the whole headline is a tally, no strike of its own (the kill-word guard).
    assert events("Death toll in Gaza passes 30,000 after 90 killed in a day") == []


@pytest.mark.parametrize("text", [
    "Girl shot to fame after viral video in Jenin",
    "Teenagers shot a film in Ramallah about daily life",
    "Woman shot the photo of the year in Gaza",
    "Women shot 45 percent in win over Gaza team",
    "The girl shot a video of the strike in Rafah.",
])
def test_shot_as_no_violence_is_no_attack(text: str) -> None:
    assert not any(t == "Attack" for t, _, _ in events(text))


@pytest.mark.parametrize(("text", "place"), [
    ("Boy shot and wounded by soldiers in Hebron", "Hebron"),
    ("Woman shot by settlers near Nablus", "Nablus"),
    ("Schoolgirl shot by police in Jenin", "Janīn"),
    ("Journalist shot with rubber bullets in Hebron", "Hebron"),
    ("Boy shot in Jenin dies of his wounds", "Janīn"),
])
def test_civilian_shot_as_violence_is_an_attack(text: str, place: str) -> None:
    assert any(t == "Attack" and p == place for t, p, _ in events(text))


@pytest.mark.parametrize("text", [
    "Jordan shoots down drones heading to Israel",
    "All drones heading toward Israel were intercepted, army says",
    "Iranian drones heading to Israel shot down over Iraq",
    "Army tracking approach of dozens of drones over Kyiv, all intercepted",
])
def test_drones_in_flight_all_downed_make_no_strike(text: str) -> None:
    found = events(text)
    assert not any(t == "Air/drone strike" for t, _, _ in found)
    assert any(t == "Disrupted weapons use" for t, _, _ in found)


def test_only_the_answered_strike_is_dropped() -> None:
    found = events("Israeli strike kills 5 in Rafah, Hamas fires rockets in response to the strike and clashes "
                   "erupt in Jenin")
    assert ("Armed clash", "Janīn", None) in found


def test_answered_strike_toll_leaves_the_act() -> None:
    assert events("Hamas fires rockets at Tel Aviv in response to Israeli strike on Rafah that killed 20") == [
        ("Shelling/artillery/missile attack", "Tel Aviv", None)]


def test_answered_phrase_with_two_weapons_is_dropped_whole() -> None:
    # "and" followed by a weapon noun stays inside the answered phrase.
    assert events("Army shells border villages in response to rocket fire and drone strikes") == [
        ("Shelling/artillery/missile attack", None, None)]


def test_date_after_the_answered_phrase_keeps_the_rule() -> None:
    # The day belongs to the telling, not to the answered strike: the strike is still dropped.
    assert [t for t, _, _ in events("Army shells border villages in response to drone strikes on Belgorod, officials "
                                    "said on Sunday")] == ["Shelling/artillery/missile attack"]
