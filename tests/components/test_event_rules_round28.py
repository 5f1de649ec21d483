"""Round 28: anti-aircraft weapons, casualty flags kept to their evidence, modifier dates, analysis, units, old causes."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.components.dates import find_dates
from eventwire.evaluate.common import is_violent


def violent(text: str, day: date) -> list[tuple[str, str | None]]:
    """(sub-event type, place name) of the violent events found in a text published on `day`."""
    return [(e.sub_event_type or "", e.location.name if e.location else None)
            for e in extract(text, published=day) if is_violent(e)]


@pytest.mark.parametrize("text", [
    "Russian forces struck Mykolaiv with S-300 anti-aircraft missiles on July 3.",
    "Russian forces struck Mykolaiv with anti-aircraft missiles on July 3.",
])
def test_anti_aircraft_missiles_are_shelling_not_air(text: str) -> None:
    assert violent(text, date(2022, 7, 4)) == [("Shelling/artillery/missile attack", "Mykolayiv")]


def test_drones_still_make_an_air_strike() -> None:
    assert violent("Russian forces struck Mykolaiv with drones on July 3.", date(2022, 7, 4)) == [
        ("Air/drone strike", "Mykolayiv")]


_MARIUPOL = ("Russian forces launched several unsuccessful ground assaults against Ukrainian positions near Izyum on "
             "April 3.\nMariupol's garrison has lasted longer than forecast, and the Russian forces are "
             "likely taking heavy casualties in their continuing push to take the port.\nUkrainian forces likely conducted "
             "successful counterattacks in Kherson Oblast in the last 24 hours.\nRussian forces shelled Kharkiv City on "
             "April 3.\n")


def test_unsplit_casualty_flag_stays_with_its_sentence() -> None:
    events = extract(_MARIUPOL, published=date(2022, 4, 4))
    assert {e.location.name for e in events if e.location} >= {"Izyum", "Kherson Oblast", "Kharkiv"}
    # The Mariupol sentence is in no event's evidence, so no event carries its "casualties".
    assert [e.location.name if e.location else None for e in events
            if any(f.code == "casualties_unsplit" for f in e.flags)] == []


def test_unsplit_casualty_in_the_events_own_sentence_is_flagged() -> None:
    events = extract("Russian shelling of Kharkiv on April 3 caused 40 casualties.", published=date(2022, 4, 4))
    flagged = [e for e in events if any(f.code == "casualties_unsplit" for f in e.flags)]
    assert [e.location.name for e in flagged if e.location] == ["Kharkiv"]
    flag = next(f for f in flagged[0].flags if f.code == "casualties_unsplit")
    assert any(x.start <= (flag.start or 0) < x.end for x in flagged[0].evidence)


@pytest.mark.parametrize("text", [
    "Russian forces attacked positions along the pre-February 24 frontline.",
    "Milbloggers revived pre–February 24 narratives about the war.",
    "Residents of Alchevsk, within the post-February 24 borders, protested.",
    "IDF troops kill Oct. 7 terrorist in Gaza",
    "Police detain two October 7 attackers near the border",
])
def test_a_date_used_as_a_modifier_is_no_date(text: str) -> None:
    assert find_dates(text, date(2022, 11, 5)) == []


def test_a_modifier_date_does_not_make_the_event_old() -> None:
    # With "Oct. 7" read as the event's date, the killing was dated 2023-10-07 and dropped as an old event.
    events = [e for e in extract("IDF troops kill Oct. 7 terrorist in Gaza", published=date(2024, 5, 23))
              if is_violent(e)]
    assert [e.date.start for e in events] == [date(2024, 5, 23)]


@pytest.mark.parametrize(("text", "day"), [
    ("Russian forces attacked Bakhmut on February 24.", date(2022, 2, 24)),
    ("The Oct. 7 attack killed 1,200 people.", date(2023, 10, 7)),
    # After a preposition the date is a time phrase; the noun opens the clause.
    ("On October 7 militants stormed the border fence.", date(2023, 10, 7)),
    ("Since Oct. 7 hostages have been held in Gaza.", date(2023, 10, 7)),
])
def test_dates_of_events_are_still_read(text: str, day: date) -> None:
    assert [d.start_date for d in find_dates(text, date(2024, 5, 23) if day.year == 2023 else date(2022, 11, 5))] \
        == [day]


@pytest.mark.parametrize("text", [
    # A campaign named as the subject of its effects is analysis (ISW); its fights are told at their villages.
    "The Ukrainian counteroffensive east of Kharkiv City has likely forced Russian units to pull back.",
    "Russian supply lines do not run near Kharkiv City, and the latest Ukrainian counteroffensives near the city are "
    "unlikely to threaten them.",
    # Fighting that describes a unit is background, not a fight told as news.
    "Elements of the 5th Motor Rifle Brigade, which had fought in Bucha, are now operating near Izyum.",
    "Several Russian units fighting in Izyum are permanently based in Belgorod Oblast.",
    "Reservists arrived near Belgorod to replace units that have been fighting near Kharkiv City.",
])
def test_analysis_and_unit_descriptions_are_no_events(text: str) -> None:
    assert [e for e in violent(text, date(2022, 5, 12)) if e[1] in ("Kharkiv", "Bucha", "Izyum")] == []


@pytest.mark.parametrize(("text", "place"), [
    ("Ukrainian forces conducted a counteroffensive near Kharkiv City on May 12.", "Kharkiv"),
    ("The Ukrainian counteroffensive north of Kharkiv City recaptured two villages on May 12.", "Kharkiv"),
    ("Russian and Ukrainian forces are fighting in Izyum.", "Izyum"),
    ("The 3rd brigade fought in Izyum on May 11.", "Izyum"),
])
def test_fights_told_as_news_stay(text: str, place: str) -> None:
    assert ("Armed clash", place) in violent(text, date(2022, 5, 12))


_LEAD = "Russian forces shelled Kharkiv City on November 5.\n"


@pytest.mark.parametrize("text", [
    "Engineers repaired the power line to the Zaporizhzhia Nuclear Power Plant on November 5 after shelling cut it on "
    "November 1.",
    "Russian forces shelled Kherson on November 5 after Ukrainian forces liberated the city on November 1.",
])
def test_an_attack_named_as_an_old_cause_is_background(text: str) -> None:
    events = extract(_LEAD + text, published=date(2022, 11, 6))
    assert [str(e.date.start) for e in events if is_violent(e) and e.date.start < date(2022, 11, 5)] == []
    assert ("Shelling/artillery/missile attack", "Kharkiv") in violent(_LEAD + text, date(2022, 11, 6))


def test_a_recent_attack_after_after_and_a_retold_murder_stay() -> None:
    # The story's day: the news itself ("retreated after a failed attack on Marinka").
    recent = violent(_LEAD + "Russian forces retreated on November 5 after a failed attack on Marinka on November 5.",
                     date(2022, 11, 6))
    assert any(place == "Mar'yinka" for _, place in recent)
    # MUC keys code a murder retold as the cause of arrests; the rule takes military acts only.
    murder = extract(_LEAD + "Police arrested 40 people in Bogota after the murder of the senator on 18 August.",
                     published=date(1989, 8, 29))
    assert ("Attack", "1989-08-18") in [(e.sub_event_type, str(e.date.start)) for e in murder if is_violent(e)]


def test_an_unsplit_casualty_does_not_make_a_battle_a_tally() -> None:
    # The trigger sentence's own "heavy casualties" must not count it as a toll sentence: with the war-long total
    # linked, the battle would look told only as a tally and be dropped.
    text = ("SAN SALVADOR, 15 DEC 89 -- Guerrillas and army troops fought for a month in the capital.\n"
            "Fierce battles have also broken out in Chalatenango and San Miguel, causing heavy casualties. "
            "Since the war began, 70,000 people have died.\n")
    events = {e.location.name: e for e in extract(text, published=date(1989, 12, 15)) if e.location}
    assert {"Chalatenango", "San Miguel"} <= set(events)
    assert events["Chalatenango"].fatalities.best is None
    assert any(f.code == "casualties_unsplit" for f in events["Chalatenango"].flags)
