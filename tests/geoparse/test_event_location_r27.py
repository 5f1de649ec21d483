"""Event-location cues of round 27 (session 7), on sentences written for eventwire."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import default_geoparser
from eventwire.geoparsing.event_location import pick_event_location


def _pick(text: str, verb: str) -> str | None:
    v = text.index(verb)
    p = pick_event_location(text, default_geoparser().parse(text), (v, v + len(verb)))
    return None if p is None else p.text


@pytest.mark.parametrize(("text", "verb", "want"), [
    # the place of another verb with its own subject belongs to that verb's event
    ("The suspect was captured last month and his brother was killed in Colombia in May.", "captured", None),
    ("The man was captured in 2004 and is accused of planting a mine that killed a soldier during a raid in "
     "Afghanistan.", "captured", None),
    # ... but a clause right after the trigger noun tells of the trigger itself
    ("It answered a drone raid on Sunday that targeted Russian air bases.", "raid", "Russian"),
    # ... but a victim's clause and a toll tell the same event
    ("Troops shot dead two men, including a farmer who was killed near Hebron.", "shot", "Hebron"),
    ("Three people died and 12 were injured in Karachi on Friday.", "died", "Karachi"),
    # where the news came from, an office's area, a person's country, a group's name
    ("A local commander was killed on Monday, according to media sources in Kirkuk.", "killed", None),
    ("The rebel commander of Idlib was killed in fighting near Saraqib.", "killed", "Saraqib"),
    ("Pavel Novak, 24, of Slovakia was shot on Sunday.", "shot", None),
    ("A car bomb near the base killed two U.S. service members on Friday.", "killed", None),
    ("The Islamic State of Iraq and the Levant attacked an army post on Tuesday.", "attacked", None),
    # whom a protest is against, what a dispute is over, whom an attack is blamed on
    ("Hundreds of students marched against the government of Kenya.", "marched", None),
    ("Shops closed in a strike called to protest the dispute over Kashmir.", "closed", None),
    # a relative clause about the place holds the trigger
    ("Jenin, whose camp was raided twice this month, stayed under curfew.", "raided", "Jenin"),
    # quoted speech that the trigger is not part of
    ('Crowds marched on Friday, chanting "Free Tibet" and "Hands off Nepal".', "marched", None),
])
def test_speech_actors_and_other_clauses(text: str, verb: str, want: str | None) -> None:
    assert _pick(text, verb) == want


@pytest.mark.parametrize(("text", "verb", "want"), [
    # the container loses to the finer place told with it
    ("A policeman was shot dead in the town of Mallawi in Minya Province.", "shot", "Mallawi"),
    ("A bomb exploded near a market in the West Bank city of Jenin.", "exploded", "Jenin"),
    ("Clashes broke out in Bucha, on the northern edge of Kyiv, on Sunday.", "Clashes", "Bucha"),
    ("Police patrolled the streets of Yangon in central Myanmar's Yangon Region.", "patrolled", "Yangon"),
    # ... but a district named by the word before it is inside the place after
    ("A car bomb exploded in the Karrada district of Baghdad.", "exploded", "Karrada"),
    # the verb's own object is where it was done
    ("The army launched an offensive in the countryside of Homs, capturing the village of Qaryatayn.",
     "capturing", "Qaryatayn"),
    # a site named after its place is no actor
    ("Five soldiers were killed in a raid on the Mosul military airport.", "killed", "Mosul"),
    # a title before a person's name, a country's embassies, a relative clause set off by commas: who, not where
    ("Chicago pitcher John Miller was shot dead in Miami on Sunday.", "shot", "Miami"),
    ("Bombs exploded near the U.S. embassies in Nairobi and Dar es Salaam.", "exploded", "Nairobi"),
    ("Norway, which keeps troops in Latvia, patrolled the coast of Estonia on Monday.", "patrolled", "Estonia"),
    # the unit a village lies in, named after it
    ("Gunmen attacked a village in Gwoza local government area of Borno State.", "attacked", "Gwoza"),
    ("Rebels shelled Gwoza town of Borno State, killing five people.", "killing", "Gwoza"),
    # an aside saying where the place lies
    ("Rebels shelled Kafr Nabl, a town in Idlib province, killing five people.", "killing", "Kafr Nabl"),
])
def test_finer_place_and_objects(text: str, verb: str, want: str) -> None:
    assert _pick(text, verb) == want


def test_the_other_side_of_a_border_is_not_where() -> None:
    assert _pick("Fighting erupted along the border with Turkey on Monday.", "Fighting") is None
