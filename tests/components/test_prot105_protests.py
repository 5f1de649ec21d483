"""One demonstration per place and day with its most severe sub-type, its toll and its sides (session 22)."""

import datetime

import pytest

import eventwire
from eventwire.model import Event

DAY = datetime.date(2024, 3, 5)


def _events(text: str) -> list[Event]:
    return [e for e in eventwire.extract(text, published=DAY) if e.event_type]


def _one(text: str) -> Event:
    evs = _events(text)
    assert len(evs) == 1, [(e.event_type, e.sub_event_type) for e in evs]
    return evs[0]


def _sides(e: Event) -> list[tuple[str, str]]:
    return [(a.name, a.role) for a in e.actors]


def test_live_fire_on_protesters_is_one_excessive_force_event_with_its_toll() -> None:
    e = _one("Police fired live rounds at protesters in Minsk on Monday, killing two.")
    assert (e.sub_event_type, e.fatalities.best, e.location and e.location.name) == (
        "Excessive force against protesters", 2, "Minsk")
    assert _sides(e) == [("Protesters (Belarus)", "actor"), ("Police Forces of Belarus (1994-)", "recipient")]


def test_protesters_shot_dead_are_excessive_force_not_violence_against_civilians() -> None:
    e = _one("Security forces shot dead three protesters in Khartoum on Thursday, medics said.")
    assert (e.event_type, e.sub_event_type, e.fatalities.best) == (
        "Protests", "Excessive force against protesters", 3)
    assert _sides(e)[0] == ("Protesters (Sudan)", "actor")


def test_soldiers_killing_demonstrators_name_the_army_as_the_second_side() -> None:
    e = _one("Soldiers opened fire on demonstrators in Yangon on Sunday, killing at least 18 people.")
    assert (e.sub_event_type, e.fatalities.low) == ("Excessive force against protesters", 18)
    assert _sides(e)[1][0].startswith("Military Forces of Myanmar")


def test_killed_demonstrators_are_no_battle() -> None:
    e = _one("Security forces killed five demonstrators in Baghdad on Tuesday.")
    assert (e.event_type, e.sub_event_type, e.fatalities.best) == (
        "Protests", "Excessive force against protesters", 5)


@pytest.mark.parametrize("text", [
    "Riot police used tear gas and water cannon to disperse demonstrators in Nairobi on Tuesday.",
    "Police fired rubber bullets at demonstrators in Santiago on Friday, wounding twelve.",
    "Police used batons to break up a demonstration in Istanbul on Sunday.",
])
def test_police_action_on_a_crowd_is_one_protest_with_intervention(text: str) -> None:
    e = _one(text)
    assert e.sub_event_type == "Protest with intervention"
    assert [r for _, r in _sides(e)] == ["actor", "recipient"]
    assert _sides(e)[1][0].startswith("Police Forces of")


@pytest.mark.parametrize("text", [
    "Police arrested 40 people at a rally in Moscow on Sunday.",
    "Hundreds rallied in Dhaka on Friday, and police arrested their leaders.",
    "Police dispersed a protest in Harare on Monday and detained 15 activists.",
])
def test_arrests_at_a_rally_are_the_protest_s_intervention_not_an_arrests_event(text: str) -> None:
    e = _one(text)
    assert e.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Protesters set fire to a police station in Dhaka and clashed with officers on Friday.",
    "Police clashed with protesters in Islamabad on Wednesday.",
    "Demonstrators threw stones at police in Bogota on Thursday.",
])
def test_a_demonstration_that_turns_violent_is_one_riot(text: str) -> None:
    e = _one(text)
    assert (e.event_type, e.sub_event_type) == ("Riots", "Violent demonstration")
    assert _sides(e)[0][0].startswith("Rioters (")
    assert _sides(e)[1][0].startswith("Police Forces of")


def test_rioters_with_no_police_have_no_second_side() -> None:
    e = _one("Rioters looted shops and torched cars in Johannesburg on Tuesday.")
    assert _sides(e) == [("Rioters (South Africa)", "actor")]


@pytest.mark.parametrize("text", [
    "Thousands of people marched through Paris on Saturday against the pension reform.",
    "Students staged a sit-in outside parliament in Nairobi on Monday.",
    "Hundreds of women rallied in Kabul on Saturday to demand the right to work.",
    "Protesters blocked the main highway into La Paz on Tuesday.",
])
def test_a_peaceful_protest_names_its_demonstrators_and_no_force(text: str) -> None:
    e = _one(text)
    assert e.sub_event_type == "Peaceful protest"
    assert [r for _, r in _sides(e)] == ["actor"]
    assert _sides(e)[0][0].startswith("Protesters (")


def test_a_protest_against_a_strike_elsewhere_is_a_protest() -> None:
    e = _one("Hundreds protested in Lagos on Monday against a fuel strike that has shut the country's refineries.")
    assert (e.event_type, e.sub_event_type) == ("Protests", "Peaceful protest")


def test_deaths_during_protests_are_one_excessive_force_event() -> None:
    e = _one("Two people were killed during protests in Tehran on Saturday.")
    assert (e.sub_event_type, e.fatalities.best) == ("Excessive force against protesters", 2)


def test_tear_gas_then_a_protester_shot_dead_is_one_event_with_the_toll() -> None:
    e = _one("Riot police fired tear gas at protesters in Conakry on Wednesday, and one protester was shot dead.")
    assert (e.sub_event_type, e.fatalities.best) == ("Excessive force against protesters", 1)


def test_a_mob_attack_stays_mob_violence() -> None:
    assert [(e.event_type, e.sub_event_type) for e in _events("A mob attacked a church in Lahore on Sunday.")] == [
        ("Riots", "Mob violence")]


def test_protests_in_two_cities_stay_two_events() -> None:
    evs = _events("Police fired tear gas at protesters in Nairobi on Tuesday. Thousands marched in Mombasa on "
                  "Tuesday.")
    assert sorted((e.location.name if e.location else "", e.sub_event_type) for e in evs) == [
        ("Mombasa", "Peaceful protest"), ("Nairobi", "Protest with intervention")]


def test_gunmen_firing_on_a_march_stay_a_violent_event_of_their_own() -> None:
    subs = {e.sub_event_type for e in _events("Tribal gunmen opened fire on marchers in Sanaa on Friday, killing four.")}
    assert "Excessive force against protesters" not in subs
    assert subs & {"Armed clash", "Attack"}


def test_police_named_with_their_country_are_its_police_forces() -> None:
    e = _one("Police in Kenya's capital, Nairobi, used tear gas to break up a demonstration on Wednesday.")
    assert e.sub_event_type == "Protest with intervention"
    assert _sides(e)[1][0].startswith("Police Forces of Kenya")


def test_a_force_read_from_a_demonym_is_no_side_of_a_peaceful_protest() -> None:
    e = _one("Hundreds of American workers rallied in Chicago on Monday for higher pay.")
    assert _sides(e) == [("Protesters (United States)", "actor")]


def test_a_massacre_that_a_dispersed_protest_was_about_stays_its_own_event() -> None:
    subs = sorted(e.sub_event_type or "" for e in _events(
        "Police in Burundi's capital, Bujumbura, used tear gas to break up a demonstration on Wednesday held to "
        "protest the massacre of refugees."))
    assert "Excessive force against protesters" not in subs
    assert "Protest with intervention" in subs


def test_the_police_of_the_place_are_named_not_a_demonym_s_state() -> None:
    e = next(e for e in _events("Police in Burundi's capital, Bujumbura, used tear gas to break up a demonstration on "
                                "Wednesday held to protest the killing of Congolese refugees.")
             if e.sub_event_type == "Protest with intervention")
    assert _sides(e)[1][0].startswith("Police Forces of Burundi")
