"""Wire stories round 3 (session 17): acts that never triggered or got the wrong type in wire copy."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.triggers import is_heading
from eventwire.evaluate.common import is_violent

_DAY = date(1987, 5, 12)


def _events(text: str, day: date = _DAY) -> list[tuple[str | None, str | None, str, str | None]]:
    return [(e.event_type, e.sub_event_type, str(e.date.start), e.location.name if e.location else None)
            for e in extract(text, published=day) if is_violent(e)]


def test_a_wire_lead_cut_at_its_line_end_is_no_heading() -> None:
    text = "BEIRUT RAID\n\nTYRE, Lebanon, May 12 - Israeli jets bombed Palestinian\ntargets near Tyre today, police said."
    line_end = text.index("\ntargets")
    assert not is_heading(text, text.index("TYRE"), line_end)
    assert is_heading(text, 0, len("BEIRUT RAID"))
    assert [(e[1], e[3]) for e in _events(text)] == [("Air/drone strike", "Tyre")]


def test_gunships_and_warplanes_that_raided_or_destroyed_strike_from_the_air() -> None:
    subs = [e[1] for e in _events("Israeli helicopter gunships raided villages near Tyre today, police said.")]
    assert subs == ["Air/drone strike"]
    subs = [e[1] for e in _events("Iraqi warplanes destroyed an oil pumping station near Ahvaz, the communique said.")]
    assert subs == ["Air/drone strike"]
    # A participle with no object is no raid.
    assert _events("Iran said 12 Iraqi planes destroyed on the ground at Basra were a lie.") == []


def test_naval_gunfire_is_shelling() -> None:
    for text in ("French warships bombarded the rebel posts near Massawa on Monday.",
                 "Two frigates attacked and destroyed a rebel supply depot on the coast near Assab on Monday.",
                 "Three British frigates pounded rebel gun posts near the port of Aden on Monday."):
        assert [e[1] for e in _events(text)] == ["Shelling/artillery/missile attack"], text


def test_an_attack_crushed_is_a_battle() -> None:
    events = _events("Iraq said its forces had crushed an Iranian attack on a mountain peak near Penjwin.")
    assert [e[:2] for e in events] == [("Battles", "Armed clash")]


def test_a_bomb_aboard_a_helicopter_is_an_explosive_not_an_air_strike() -> None:
    events = _events("A bomb exploded in a helicopter flying the minister to Beirut, killing him.")
    assert [e[1] for e in events] == ["Remote explosive/landmine/IED"]


def test_an_apposition_after_the_place_does_not_make_the_act_a_tally() -> None:
    text = ("Iran said its units repulsed a night Iraqi attack west of Mehran, site of three Iraqi pushes in the "
            "past month.")
    assert [(e[1], e[3]) for e in _events(text)] == [("Armed clash", "Mehrān")]


def test_a_crowd_that_clashed_with_police_riots_and_fights_no_battle() -> None:
    for text in ("Striking dock workers clashed with police in the harbour of Gdansk today.",
                 "Mourners clashed with police at a funeral in Belfast today."):
        types = {e[0] for e in _events(text)}
        assert "Riots" in types and "Battles" not in types, text
    assert [e[0] for e in _events("Rebels clashed with police in Cadiz today.")] == ["Battles"]
