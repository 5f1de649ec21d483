"""Session 26 (fmend26): the final read's findings on ship attacks, interceptions, offensives and bridges."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

DAY = date(2024, 2, 3)
DISRUPTED = "Disrupted weapons use"


def _events(text: str, day: date = DAY) -> list[Event]:
    return extract(text, published=day)


def _roles(e: Event) -> set[tuple[str, str | None]]:
    return {(a.role, a.country_code) for a in e.actors}


def test_a_ship_that_may_come_under_fire_is_no_attack() -> None:
    # F1: a modal, future or "to" between the hull and "come under" tells a risk, not an act.
    for text in ("Owners of oil tankers worry their vessels will come under fire near Yemen.",
                 "Insurers say cargo ships could come under attack in the southern Red Sea.",
                 "Freighters may come under fire if they sail through the strait, officials warned.",
                 "The navy expects ferries to come under attack near the port."):
        assert _events(text) == [], text


def test_a_ships_flag_is_not_its_attacker() -> None:
    # F2: the flag or owner in the hull's noun phrase is the ship's, not the party that fired on it.
    for text in ("A Norwegian-owned tanker came under fire in the Red Sea on Friday.",
                 "A Danish cargo ship came under attack in the Gulf of Aden on Friday, the navy said."):
        got = _events(text)
        assert got, text
        assert all(a.role != "actor" for e in got for a in e.actors), text


def test_off_a_states_coast_is_not_its_forces() -> None:
    # F2: "off the Omani coast" says where; Oman's forces are not the target.
    got = _events("A Panamanian tanker came under attack off the Omani coast on Tuesday.", date(1987, 9, 23))
    assert got
    assert all(a.country_code != "OM" for e in got for a in e.actors)


def test_a_zero_relative_names_the_launcher() -> None:
    # F3: "the 40 drones Russia sent" without "that" still names who launched them; not placed in Russia.
    got = [e for e in _events("Ukraine's air defence downed 31 of the 40 drones Russia launched overnight, the air "
                              "force said on Saturday.") if e.sub_event_type == DISRUPTED]
    assert got
    assert all(("actor", "RU") in _roles(e) and e.location is not None and e.location.country_code != "RU"
               for e in got)


def test_co_defenders_give_no_single_defender() -> None:
    # F3: "British and US jets" are two defenders; neither is picked as the one, the launcher is kept.
    got = [e for e in _events("British and US forces shot down most of the missiles Iran fired at Israel on "
                              "Saturday.") if e.sub_event_type == DISRUPTED]
    assert got
    assert all(("actor", "IR") in _roles(e) and not any(r == "recipient" for r, _ in _roles(e)) for e in got)


def test_the_launcher_is_not_its_own_interceptor() -> None:
    # F4: the launch clause's subject is not the defender when the interceptor is a bare noun ("the warship").
    for text in ("The Houthis fired missiles at the USS Mason; the warship shot down both of them.",
                 "Hezbollah launched rockets at a navy corvette; the ship shot down all of them."):
        got = [e for e in _events(text) if e.sub_event_type == DISRUPTED]
        assert got, text
        assert all(not any(r == "recipient" for r, _ in _roles(e)) and any(r == "actor" for r, _ in _roles(e))
                   for e in got), text


def test_an_offensive_keeps_its_target() -> None:
    # F5: the target of "launched an assault on Russian positions" is the recipient.
    got = [e for e in _events("Ukrainian troops launched an assault on Russian positions near Robotyne on June 9.",
                              date(2023, 6, 10)) if e.sub_event_type == "Armed clash"]
    assert got
    assert all({("actor", "UA"), ("recipient", "RU")} <= _roles(e) for e in got)


def test_a_retyped_ship_attack_takes_that_types_mode() -> None:
    # F6: a ship hit by a missile is Shelling with Shelling's mode; by a mine an explosive, with its mode.
    modes = {(e.sub_event_type, e.plover.mode if e.plover else None) for e in
             _events("A bulk carrier was hit by a missile in the Gulf of Aden on Thursday.")}
    assert ("Shelling/artillery/missile attack", "heavy-weapons") in modes
    modes = {(e.sub_event_type, e.plover.mode if e.plover else None) for e in
             _events("The tanker was hit by a mine off the Omani coast on Sunday.", date(1987, 8, 11))}
    assert ("Remote explosive/landmine/IED", "explosives") in modes


def test_a_bridge_blown_up_by_its_side_is_no_strike() -> None:
    # The bridge remark: "blew up a bridge" of no named side may be the subject's own demolition; the other
    # side's bridge is still struck.
    shell = "Shelling/artillery/missile attack"
    assert all(e.sub_event_type != shell for e in _events("Ukrainian troops blew up a bridge across the Donets near "
                                                          "Izium on Thursday.", date(2022, 5, 20)))
    assert any(e.sub_event_type == shell for e in _events("Ukrainian troops blew up a Russian pontoon bridge across the "
                                                          "Donets near Izium on Thursday.", date(2022, 5, 20)))
