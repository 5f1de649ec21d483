"""Round 40: front-report places a list leaves out, a demonym that is no place, two headline forms (fresh dev11)."""

from __future__ import annotations

from datetime import date

import pytest
from coding_helpers import coded

PUB = date(2022, 7, 21)


def _coded(text: str, published: date = PUB) -> set[tuple[str | None, str | None]]:
    return coded(text, published)


def test_the_surrounding_settlements_of_a_town_are_struck_too() -> None:
    coded = _coded("Artillery units struck Bakhmut and Ukrainian positions in the surrounding settlements of Soledar, "
                   "Yakovlivka, and Opytne on July 21.")
    shelled = {loc for sub, loc in coded if sub == "Shelling/artillery/missile attack"}
    assert {"Bakhmut", "Soledar", "Yakovlivka", "Opytne"} <= shelled


def test_the_town_stays_when_the_village_list_is_picked() -> None:
    coded = _coded("Russian troops shelled Avdiivka and the neighboring settlements of Opytne and Vodyane on July 21.")
    shelled = {loc for sub, loc in coded if sub == "Shelling/artillery/missile attack"}
    assert {"Avdiyivka", "Opytne", "Vodiane"} <= shelled


def test_settlements_named_by_another_verb_are_not_taken() -> None:
    # Only "X and the surrounding settlements of ..." widens the list; a village told with "near" a town in a
    # sentence of its own is left to that sentence.
    coded = _coded("Russian troops shelled Avdiivka on July 21. Ukrainian forces hold the settlements near Opytne.")
    assert ("Shelling/artillery/missile attack", "Opytne") not in coded


def test_a_second_item_told_toward_a_village_is_in_the_list() -> None:
    coded = _coded("A small Russian ground assault near Andriivka and toward Lozove failed on July 21.")
    assert {loc for sub, loc in coded if sub == "Armed clash"} >= {"Andriyivka", "Lozove"}


@pytest.mark.parametrize(("headline", "sub", "place"), [
    # a weapon that kills, with no party named
    ("Tank shell kills shepherd in southern Lebanon", "Shelling/artillery/missile attack", "Lebanon"),
    ("Drone missile kills herder in northern Mali", "Air/drone strike", "Mali"),
    # a bare passive attack with its place
    ("Aid convoy attacked in Darfur", "Attack", "Darfur"),
])
def test_a_lone_headline_that_reports_violence_is_an_event(headline: str, sub: str, place: str) -> None:
    assert any(s == sub and place in (loc or "") for s, loc in _coded(headline, date(2024, 3, 1)))


@pytest.mark.parametrize("headline", [
    "Drone crash kills pilot in Kano",  # a mishap, not a strike
    "Missile test footage shows launch in Semnan",  # a weapon that struck no one
    "Website attacked in Paris by hackers",  # no armed attack
    "Minister verbally attacked in parliament in Rome",  # words, not arms
])
def test_a_headline_with_no_violent_act_gets_none_from_these_rules(headline: str) -> None:
    assert _coded(headline, date(2024, 3, 1)) == set()


_FRONT = ("Russian forces shelled Kharkiv City on July 21. Russian troops conducted ground assaults near Bakhmut on July "
          "21. Russian forces struck Kramatorsk with missiles on July 21. Russian forces shelled Nikopol on July 21. "
          "Russian troops attacked Ukrainian positions near Avdiivka on July 21.")
_KILLED = "Ukrainian forces reportedly killed Russian Major General Ivan Petrov on July 21."


def test_a_country_read_from_a_demonym_is_no_place_in_a_front_report() -> None:
    # Whose general was killed, not where: the report names the places it fought over.
    coded = _coded(_KILLED + "\n\n" + _FRONT)
    assert ("Armed clash", "Russia") not in coded and ("Armed clash", "Bakhmut") in coded


def test_a_single_story_keeps_its_country_level_event() -> None:
    assert ("Armed clash", "Russia") in _coded(_KILLED)


def test_partisans_who_blew_something_up_set_off_a_charge() -> None:
    coded = _coded("Local partisans reportedly blew up a freight train in Berdyansk on July 21.")
    assert ("Remote explosive/landmine/IED", "Berdyansk") in coded


def test_troops_blowing_up_a_bridge_behind_them_are_no_attack() -> None:
    assert _coded("Retreating troops blew up a bridge in Berdyansk on July 21.") == set()


def test_the_demonym_drop_says_why() -> None:
    # The recorded reason names the demonym, not "no figure": a general killed is a figure of one.
    from eventwire.api import load_pipeline
    from eventwire.model import Article

    doc = load_pipeline()(Article(id="t", text=_KILLED + "\n\n" + _FRONT, published=PUB))
    said = [str(d) for d in doc.decisions if "summary, not an event" in str(d)]
    assert any("read only from a demonym" in s and "Russia" in s for s in said), said
