"""Review fixes (session 22): ACLED sides of excessive force and civilian victims; finite coordinates in every export."""

from __future__ import annotations

import csv
import io
import json
import math
from datetime import date

from eventwire.export import write
from eventwire.export.report_map import located
from eventwire.model import Actor, Count, DateSpan, Event, Location, Plover

MINSK = Location(name="Minsk", geonameid=625144, lat=53.9, lon=27.57, country_code="BY", precision=1)
DAY = DateSpan(start=date(2025, 6, 2), end=date(2025, 6, 2), precision="day")


def _event(eid: str, event_type: str, sub: str, actors: list[Actor], **kw: object) -> Event:
    fields: dict = {"location": MINSK, "date": DAY, "sources": ["Test Wire"], "fatalities": Count()}
    fields.update(kw)
    return Event(id=eid, event_type=event_type, sub_event_type=sub, actors=actors, **fields)


def _rows(events: list[Event], fmt: str = "acled") -> list[dict[str, str]]:
    buf = io.StringIO()
    write(events, fmt, buf)
    return list(csv.DictReader(io.StringIO(buf.getvalue())))


def _sides(row: dict[str, str]) -> tuple[str, ...]:
    keys = ("actor1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting")
    return tuple(row[k] for k in keys)


def test_excessive_force_with_no_named_force_has_the_protesters_as_actor1() -> None:
    # "Security forces opened fire on protesters in Minsk", the force unnamed: ACLED's actor1 of a protest is the
    # demonstrators; the unnamed force is not guessed (actor2 stays empty).
    [row] = _rows([_event("ev_a1", "Protests", "Excessive force against protesters", [])])
    assert _sides(row) == ("Protesters (Belarus)", "6", "", "", "", "60", "Civilian targeting")


def test_excessive_force_by_named_police_has_the_police_as_actor2() -> None:
    # "Police fired on demonstrators in Minsk": ACLED lists the protesters first and the force second (16).
    police = Actor(name="Police Forces of Belarus (1994-)", country_code="BY", sector="COP", role="actor")
    [row] = _rows([_event("ev_a2", "Protests", "Excessive force against protesters", [police])])
    assert _sides(row) == (
        "Protesters (Belarus)", "6", "Police Forces of Belarus (1994-)", "", "1", "16", "Civilian targeting"
    )


def test_a_named_victim_of_violence_against_civilians_is_a_civilian() -> None:
    # "Soldiers beat a shopkeeper in Minsk": the victim has no sector, yet ACLED codes every such victim inter 7.
    soldiers = Actor(name="Military Forces of Belarus (1994-)", country_code="BY", sector="MIL", role="actor")
    shopkeeper = Actor(name="shopkeeper", role="recipient")
    [row] = _rows([_event("ev_a3", "Violence against civilians", "Attack", [soldiers, shopkeeper])])
    assert _sides(row) == (
        "Military Forces of Belarus (1994-)", "1", "Civilians (Belarus)", "shopkeeper", "7", "17", "Civilian targeting"
    )


def test_a_named_victim_with_no_country_keeps_its_name_with_inter_7() -> None:
    nowhere = Location(name="somewhere", precision=3)
    shopkeeper = Actor(name="shopkeeper", role="recipient")
    [row] = _rows([_event("ev_a4", "Violence against civilians", "Attack", [shopkeeper], location=nowhere)])
    assert (row["actor2"], row["inter2"], row["interaction"]) == ("shopkeeper", "7", "70")


def test_a_force_named_as_the_victim_is_not_called_civilians() -> None:
    # "Ukrainian troops attacked Russian soldiers" coded as violence against civilians: the coding is in doubt.
    ukraine = Actor(name="Military Forces of Ukraine (2019-)", country_code="UA", sector="MIL", role="actor")
    russia = Actor(name="Military Forces of Russia (2000-)", country_code="RU", sector="MIL", role="recipient")
    [row] = _rows([_event("ev_a5", "Violence against civilians", "Attack", [ukraine, russia])])
    assert (row["actor2"], row["assoc_actor_2"], row["inter2"]) == ("Military Forces of Russia (2000-)", "", "8")


NAN_PLACE = Location(name="Kharkiv", lat=math.nan, lon=36.25, country_code="UA", precision=1)
INF_PLACE = Location(name="Kharkiv", lat=49.98, lon=math.inf, country_code="UA", precision=1)


def _no_bare_token(token: str) -> None:
    # json.loads accepts the bare NaN/Infinity tokens; strict JSON does not.
    raise ValueError(f"bare {token} is not JSON")


def test_plover_writes_null_for_a_non_finite_coordinate() -> None:
    events = [
        _event(f"ev_b{i}", "Battles", "Armed clash", [], location=loc, plover=Plover(event="ASSAULT"))
        for i, loc in enumerate((NAN_PLACE, INF_PLACE, MINSK))
    ]
    buf = io.StringIO()
    write(events, "plover", buf)
    recs = [json.loads(line, parse_constant=_no_bare_token) for line in buf.getvalue().splitlines()]
    assert [(r["location"]["lat"], r["location"]["lon"]) for r in recs] == [(None, None), (None, None), (53.9, 27.57)]


def test_acled_and_csv_write_no_nan_and_the_map_leaves_it_out() -> None:
    events = [_event(f"ev_c{i}", "Battles", "Armed clash", [], location=loc) for i, loc in enumerate((NAN_PLACE, INF_PLACE))]
    acled = _rows(events)
    assert [(r["latitude"], r["longitude"]) for r in acled] == [("", ""), ("", "")]
    flat = _rows(events, "csv")
    assert [(r["lat"], r["lon"]) for r in flat] == [("", ""), ("", "")]
    assert located(events) == []


def test_an_unarmed_group_named_as_a_protests_actor_stays_actor1() -> None:
    # "Doctors protested outside parliament in Minsk": the doctors are the demonstrators, not a force to move.
    doctors = Actor(name="Health Workers (Belarus)", country_code="BY", sector="MED", role="actor")
    [row] = _rows([_event("ev_a4", "Protests", "Peaceful protest", [doctors])])
    assert row["actor1"] == "Health Workers (Belarus)" and row["actor2"] == ""


def test_force_on_protesters_named_as_recipient_and_the_notes_name_the_force() -> None:
    police = Actor(name="Police Forces of Belarus (1994-)", country_code="BY", sector="COP", role="actor")
    crowd = Actor(name="Protesters (Belarus)", country_code="BY", role="recipient")
    [row] = _rows([_event("ev_a5", "Protests", "Excessive force against protesters", [police, crowd])])
    assert (row["actor1"], row["actor2"], row["interaction"]) == (
        "Protesters (Belarus)", "Police Forces of Belarus (1994-)", "16")
    assert "excessive force against protesters by Police Forces of Belarus (1994-)" in row["notes"]
