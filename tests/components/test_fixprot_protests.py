"""Review fixes to the one-demonstration fold: whose arrest joins it, which state's force, rival rallies (s22)."""

import datetime

import eventwire
from eventwire.components.checks import _same_act
from eventwire.model import Event

DAY = datetime.date(2024, 3, 5)


def _events(text: str) -> list[Event]:
    return [e for e in eventwire.extract(text, published=DAY) if e.event_type]


def _kinds(text: str) -> list[str | None]:
    return sorted(e.sub_event_type or "" for e in _events(text))


def _demo(text: str) -> Event:
    evs = [e for e in _events(text) if e.event_type == "Protests"]
    assert len(evs) == 1, [(e.event_type, e.sub_event_type) for e in evs]
    return evs[0]


def _sides(e: Event) -> list[tuple[str, str]]:
    return [(a.name, a.role) for a in e.actors]


def test_an_arrest_of_militants_beside_a_rally_stays_an_arrest() -> None:
    kinds = _kinds("Thousands rallied in Islamabad on Friday as police arrested three Taliban militants in a raid.")
    assert "Arrests" in kinds


def test_an_arrest_of_others_at_the_rally_spot_stays_an_arrest() -> None:
    kinds = _kinds("Fans of the two clubs rallied outside the stadium in Belgrade on Sunday, and police arrested 30 "
                   "hooligans.")
    assert "Arrests" in kinds


def test_arresting_the_demonstrators_is_still_the_protests_intervention() -> None:
    assert _kinds("Hundreds rallied in Kampala on Monday, and police arrested their leaders.") == [
        "Protest with intervention"]
    assert _kinds("Police dispersed a protest in Harare on Monday and detained 15 activists.") == [
        "Protest with intervention"]


def test_a_demonym_on_security_forces_keeps_their_state() -> None:
    e = _demo("Russian security forces dispersed a rally in Melitopol on Monday.")
    assert ("Military Forces of Russia (2000-)", "recipient") in _sides(e)
    assert not any(a.name.startswith("Police Forces of Ukraine") for a in e.actors)


def test_the_force_that_detained_the_civilians_is_the_second_side() -> None:
    e = _demo("Civilians protested the occupation in Kherson on Monday and Russian forces detained them.")
    assert ("Military Forces of Russia (2000-)", "recipient") in _sides(e)


def test_army_officers_are_not_police() -> None:
    e = _demo("Army officers detained 20 protesters in Bamako on Monday.")
    assert [a.name for a in e.actors if a.role == "recipient"][0].startswith("Military Forces of Mali")


def test_police_officers_are_police() -> None:
    e = _demo("Police officers detained 20 protesters in Bamako on Monday.")
    assert [a.name for a in e.actors if a.role == "recipient"][0].startswith("Police Forces of Mali")


def test_an_arrest_event_is_not_the_same_act_as_a_later_demonstration() -> None:
    arrest = Event(event_type="Strategic developments", sub_event_type="Arrests")
    demo = Event(event_type="Protests", sub_event_type="Peaceful protest")
    assert _same_act(arrest, demo)
    assert not _same_act(demo, arrest)


def test_rallies_of_opposed_sides_told_apart_are_two_demonstrations() -> None:
    kinds = _kinds("Pro-Russian activists rallied in Chisinau on Sunday. Pro-EU protesters also marched in Chisinau "
                   "on Sunday, and police detained five of them.")
    assert kinds == ["Peaceful protest", "Protest with intervention"]


def test_one_sides_rally_retold_is_one_demonstration() -> None:
    kinds = _kinds("Pro-EU activists rallied in Chisinau on Sunday. The pro-EU protesters marched in Chisinau on "
                   "Sunday, and police detained five of them.")
    assert kinds == ["Protest with intervention"]


def test_a_strike_only_the_political_coder_saw_has_the_unnamed_demonstrators() -> None:
    e = _demo("Dock workers went on strike in Odesa on Monday.")
    assert _sides(e) == [("Protesters (Ukraine)", "actor")]


def test_protesters_taken_into_custody_are_the_protests_intervention() -> None:
    kinds = _kinds("After demonstrations in Pattani on Monday, dozens of protesters fainted when they were taken into "
                   "custody by soldiers.")
    assert "Arrests" not in kinds and "Protest with intervention" in kinds
