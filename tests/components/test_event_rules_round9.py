"""Event-coding rules of round 9 (session 2): violent events named by reactions, speakers, ISW phrasing."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract, load_pipeline
from eventwire.model import Article, Event
from eventwire.pipeline import WorkDoc

PUB = date(2024, 5, 28)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _events(text: str, published: date = PUB) -> list[Event]:
    return extract(text, published=published)


def _violent(text: str, published: date = PUB) -> list[Event]:
    return [e for e in _events(text, published) if e.event_type in VIOLENT]


def _doc(text: str, published: date = PUB) -> WorkDoc:
    return load_pipeline()(Article(text=text, published=published))  # type: ignore[no-any-return]


def _attackers(e: Event) -> list[str]:
    return [a.name for a in e.actors if a.role == "actor"]


def test_reaction_codes_the_named_strike_with_its_place_and_author() -> None:
    # The reaction is coded (ACCUSE) and so is the strike it names, with the striking party, not the speaker.
    evs = _events("Norway condemns Israel's deadly strike on Khan Younis")
    strikes = [e for e in evs if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0].location is not None and strikes[0].location.name
    assert strikes[0].location.geonameid == 281124  # Khan Yunis
    assert _attackers(strikes[0]) == ["Military Forces of Israel (2022-)"]
    assert any(e.plover is not None and e.event_type is None for e in evs)


def test_a_struck_site_or_place_makes_the_reference_specific() -> None:
    strike = _violent("Chile denounces attack on Iranian embassy in Beirut")
    assert len(strike) == 1 and not _attackers(strike[0])  # Chile reacts; it attacked no one
    assert _violent("Germany seeks answers after Jabalia strike")  # "<place> strike"
    assert _violent("Spain calls for inquiry into aid convoy strike")  # "<site> strike"
    blamed = _violent("UN envoy decries strike by Israel on Nuseirat school")
    assert blamed and _attackers(blamed[0]) == ["Military Forces of Israel (2022-)"]
    # A plural with no site or toll is a pattern, not one event.
    assert not _violent("Israeli strikes on Gaza continue")


def test_strike_that_kills_workers_is_no_labour_strike() -> None:
    evs = _violent("Israeli strike kills 4 aid workers in Deir al-Balah")
    assert len(evs) == 1 and evs[0].fatalities.best == 4
    assert not _violent("Dock workers strike at the port for a second day")


def test_modal_about_a_reaction_does_not_make_the_strike_future() -> None:
    # "will be punished for strike": the modal is the reaction's; "strike could hinder talks": its consequence.
    assert _violent('Tehran warns Israel "will be punished" for strike on embassy in Damascus')
    assert _violent("Egypt says Israel's strike on Rafah could stall truce talks")
    # An announced attack stays future.
    doc = _doc("Israel plans for an attack on Rafah")
    assert not [e for e in doc.events if e.event_type in VIOLENT]
    assert any(d.get("status") == "future" for d in doc.decisions)


def test_doctors_without_borders_is_no_negation() -> None:
    assert _violent("Aid charity voices shock at deadly Israeli strike in Rafah")


def test_killing_with_its_author_or_conflict_victims() -> None:
    evs = _violent("Outrage grows over Israel's killing of aid seekers in Gaza City")
    assert evs and evs[0].sub_event_type == "Attack" and _attackers(evs[0]) == ["Military Forces of Israel (2022-)"]
    agent = _violent("At least 12 killed in Israeli strikes on a school in Gaza City")
    assert agent and agent[0].sub_event_type == "Air/drone strike" and agent[0].fatalities.best == 12
    assert _attackers(agent[0]) == ["Military Forces of Israel (2022-)"]
    assert _violent("Belgium shocked by killing of aid workers in Rafah")
    # A killing with no armed party and no conflict victims may be ordinary crime.
    assert not _violent("A shopkeeper was killed in Bogota on Monday")


def test_speaker_telling_its_own_killing_is_the_attacker() -> None:
    evs = _violent("Israeli military says it killed 3 Hamas commanders in Gaza City")
    assert evs and _attackers(evs[0]) == ["Military Forces of Israel (2022-)"]
    # A speaker reporting someone else's strike is not its author.
    evs = _violent("Ukrainian officials said Russian missiles struck Odesa, killing 4")
    assert evs and _attackers(evs[0]) == ["Military Forces of Russia (2000-)"]


def test_rockets_fired_in_a_headline() -> None:
    evs = _violent("Hezbollah fires rockets at Haifa")
    assert evs and evs[0].sub_event_type == "Shelling/artillery/missile attack"


def test_offensive_relying_on_artillery_is_a_clash_at_each_town() -> None:
    # Gold README (session 5, operations that lean on fires): a clash at each town; in a front report the fires are a
    # second event (round 41, test_event_rules_round41). The artillery phrase is no trigger of its own.
    text = ("Russian forces continued unsuccessful offensive operations in Popasna and Lysychansk, mostly "
            "relying on artillery attacks, on April 12.")
    evs = _violent(text, date(2022, 4, 12))
    assert sorted((e.location.name if e.location else "") for e in evs) == ["Lysychansk", "Popasna"]
    assert {e.sub_event_type for e in evs} == {"Armed clash"}
    evs = _violent("Russian troops kept up artillery attacks near Lyman on May 22.", date(2022, 5, 22))
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


def test_battle_names_and_axes_are_not_where_it_happens() -> None:
    text = "Russian troops withdrawn from the Battle of Kyiv continued offensive operations near Izium on April 12."
    evs = _violent(text, date(2022, 4, 12))
    assert evs and all(e.location is not None and e.location.name != "Kyiv" for e in evs)
    doc = _doc("Russian forces conducted offensive operations on the Izium and Lyman axes on April 12.",
               date(2022, 4, 12))
    assert not [e for e in doc.events if e.location is not None and e.location.name in ("Izium", "Izyum", "Lyman")]


def test_ability_and_larger_offensives_are_no_reports() -> None:
    doc = _doc("Russian forces have shown limited ability to conduct attacks in the north.", date(2022, 3, 6))
    assert not [e for e in doc.events if e.event_type in VIOLENT]


def test_possessive_ends_a_person_name() -> None:
    doc = _doc("Troops attacked despite President Vladimir Putin’s April 21 order to stop.", date(2022, 4, 25))
    names = [a.name for a in doc.actors if a.kind == "person"]
    assert names == ["Vladimir Putin"]


def test_white_house_is_no_damaged_house() -> None:
    doc = _doc("The White House said the strike hit a market in Rafah.")
    assert "house" not in [d.label for d in doc.damage]
    doc = _doc("An Israeli strike destroyed a house in Rafah.")
    assert "house" in [d.label for d in doc.damage]


def test_scheduled_talks_are_planned_not_a_date_error() -> None:
    evs = _events("Israel and Hamas will hold talks in Cairo next week.")
    talks = [e for e in evs if e.plover is not None and e.event_type is None]
    assert talks and talks[0].date.start is not None and talks[0].date.start > PUB
    codes = [f.code for f in talks[0].flags]
    assert "planned" in codes and "date_after_publication" not in codes


def test_denials_of_a_part_are_not_denials_of_the_event() -> None:
    # "not responsible for", "no involvement in": the strike happened; the speaker denies its own part.
    evs = _violent("Washington says it had no involvement in the strike on the consulate in Damascus")
    assert evs and not _attackers(evs[0])
    evs = _violent("London assesses that Moscow is ‘not responsible’ for the Sumy market blast")
    assert evs and "Military Forces of Russia (2000-)" not in _attackers(evs[0])
    # A plain denial still negates.
    assert not _violent("The army denied that soldiers killed any civilians in Kharkiv")


def test_addressee_and_victim_nationality_are_not_attackers() -> None:
    evs = _violent("Washington told Tehran it had no part in the strike in Damascus")
    assert evs and not _attackers(evs[0])
    evs = _violent("White House repeats there was no US involvement in Damascus strike")
    assert evs and not _attackers(evs[0])
    evs = _violent("Warsaw confirms Polish aid worker killed in Deir al-Balah")
    assert evs and evs[0].sub_event_type == "Attack" and not _attackers(evs[0])


def test_firing_on_people_is_violence_against_civilians() -> None:
    evs = _violent("Israeli forces fire on crowds waiting for flour in Gaza City")
    assert evs and evs[0].sub_event_type == "Attack"
    assert _attackers(evs[0]) == ["Military Forces of Israel (2022-)"]


def test_an_accident_claimed_for_a_strike_does_not_negate_it() -> None:
    assert _violent("Netanyahu calls civilian deaths in Tal al-Sultan strike a 'tragic accident'")
    assert not _violent("Two workers died in an accidental explosion at a fireworks depot in Bogota")


def test_battle_and_raging_fighting_are_clashes() -> None:
    evs = _violent("Israeli forces kill 20 Palestinians in Gaza strikes, battle Hamas in Khan Younis")
    assert {e.sub_event_type for e in evs} == {"Air/drone strike", "Armed clash"}
    evs = _violent("Three soldiers killed by a mine as fighting rages in Jabalia")
    assert "Armed clash" in {e.sub_event_type for e in evs}
    # "battle" as a noun for a named past battle is no event.
    assert not _violent("Historians revisited the battle of Stalingrad on Monday")


def test_a_day_after_dates_the_earlier_strike() -> None:
    evs = _violent("Israel bombs a school in Nuseirat, a day after strike on a school killed 33")
    assert any(e.date.start == date(2024, 5, 27) and e.fatalities.best == 33 for e in evs)


def test_an_agency_running_a_site_is_not_its_attacker() -> None:
    evs = _violent("Strike on U.N.-run school in Nuseirat kills 12")
    assert evs and "United Nations" not in _attackers(evs[0])


def test_victims_nationality_speaker_roles_and_war_names_are_not_attackers() -> None:
    evs = _violent("Briton among aid workers killed in Gaza, UK foreign minister says")
    assert evs and not _attackers(evs[0])
    evs = _violent("A Canadian volunteer was killed in the strike on an aid convoy in Deir al-Balah")
    assert evs and not _attackers(evs[0])
    evs = _violent("This cannot go on, French president tells Netanyahu after strike on aid convoy in Gaza")
    assert evs and not _attackers(evs[0])
    evs = _violent("Israel-Hamas war latest: 21 killed in Rafah strikes, officials say")
    assert evs and not _attackers(evs[0])
    # An active sentence keeps its author.
    evs = _violent("Russian troops killed five civilians in Bucha")
    assert evs and _attackers(evs[0]) == ["Military Forces of Russia (2000-)"]


def test_repelled_attacks_are_a_report_not_a_pattern() -> None:
    evs = _violent("Ukrainian forces repelled limited Russian attacks from Izium toward Sloviansk in the past day.",
                   date(2022, 4, 24))
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
