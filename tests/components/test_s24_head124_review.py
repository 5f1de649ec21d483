"""Mends after the review of head124 (session 24): superlatives, blaze names, war labels, accidents, raids."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

PUB = date(2024, 3, 1)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(text: str) -> list[Event]:
    return [e for e in extract(text, published=PUB) if e.event_type in VIOLENT]


def test_a_word_in_est_is_no_superlative() -> None:
    # D1. Before: "West", "Latest", "Interest", "Protest" counted as superlatives, so a war-long tally coded an event.
    for text in ("400 Palestinians killed in West Bank since the Gaza war began",
                 "28 children killed in the West Bank since the offensive began",
                 "Latest: 90 medics killed since Israeli offensive began",
                 "Interest rises as 40 killed since offensive began",
                 "Protest grows as 12 killed since the fighting erupted"):
        assert _violent(text) == [], text


def test_a_named_superlative_still_compares_one_event() -> None:
    for text, toll in (("17 soldiers killed in deadliest attack on the army since the offensive began", 17),
                       ("9 killed in bloodiest day in Kharkiv since the invasion began", 9)):
        evs = _violent(text)
        assert len(evs) == 1 and evs[0].fatalities.best == toll, (text, evs)


def test_a_lands_own_name_before_fire_is_a_blaze() -> None:
    # D2. Before: any state or demonym right before "fire" made it gunfire.
    for text in ("Bangladesh fire kills 38 in Chittagong", "Iraq fire kills 12 at clinic",
                 "Kenya fire kills 14 at boarding school", "Turkish fire kills 22 in Ankara",
                 "Nigerian fire kills 8 in Abuja", "Heavy fire kills 6 at Kaduna market", "Israeli fire kills 3 in Haifa"):
        assert _violent(text) == [], text


def test_a_peoples_fire_in_another_land_is_gunfire() -> None:
    for text, toll in (("Russian fire kills 4 in Kherson", 4), ("Israeli fire kills 12 at food queue in Deir al-Balah", 12)):
        evs = _violent(text)
        assert len(evs) == 1 and evs[0].fatalities.best == toll, (text, evs)


def test_a_bare_or_retold_label_places_no_killing() -> None:
    # D3. Before: any place in an opening label placed the killing, though a bare label names the story's subject.
    for text in ("Nepal: Students killed while studying at Israeli farm",
                 "Ukraine: Children killed during the war remembered at a vigil", "Gaza: Medics killed during war honoured",
                 "Sudan: Civilians killed as war enters third year", "Texas: Family killed after wrong-way driver",
                 "Ukraine war: Children killed during the war remembered", "Lebanon: Farmers killed while tending olive groves"):
        assert _violent(text) == [], text


def test_accidents_are_mishaps() -> None:
    # D4. Before: wildfires, gas leaks and carbon monoxide were not mishap words, so a family killed by one coded.
    for text in ("Family killed in Maui wildfire", "Family killed in Ohio in carbon monoxide leak",
                 "Relatives killed in Texas gas leak", "Family killed in Oregon bushfire", "Wildfire kills 4 in Greek village",
                 "Gas leak kills 3 workers in Lahore"):
        assert _violent(text) == [], text


def test_a_colon_war_toll_is_no_event() -> None:
    assert _violent("Death toll in Israel's assault on Gaza: 26,400") == []


def test_a_raid_is_no_air_strike() -> None:
    # Before: a raid named as the killer made an Air/drone strike, even a police raid.
    for text in ("Death toll rises to 3 in FBI raid in Texas", "3 killed in DEA raid in Arizona",
                 "Death toll in Israeli raid on Jenin rises to 11"):
        evs = _violent(text)
        assert len(evs) == 1 and evs[0].sub_event_type != "Air/drone strike", (text, evs)


def test_workers_launching_strikes_walk_out() -> None:
    assert _violent("Kenyan doctors launch retaliatory strikes in Nairobi") == []
