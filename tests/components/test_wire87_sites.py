"""Wire stories round 6 (session 21): a site told by its measured offset from a place is where the act was."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent
from eventwire.gazetteer.index import haversine_km

_DAY = date(1987, 10, 19)
_MANAMA = (26.2285, 50.586)


def _events(text: str) -> list[tuple[str | None, float | None, float | None, str | None]]:
    return [(e.location.name, e.location.lat, e.location.lon, e.location.country_code) if e.location else
            (None, None, None, None) for e in extract(text, published=_DAY) if is_violent(e)]


def test_a_site_told_by_its_offset_is_placed_at_the_told_point() -> None:
    text = ("NAVY SHELLS GULF PLATFORM\n\nWASHINGTON, Oct 19 - American warships shelled and wrecked an Iranian "
            "offshore platform on Monday, officials here said.\n"
            "    The officials said three destroyers fired on that platform roughly 115 miles east of Bahrain "
            "for an hour.\n")
    [(name, lat, lon, cc)] = _events(text)  # was Iran's country point, 700 km inland
    assert name == "115 miles east of Bahrain" and cc == "IR"  # the platform's owner, told in the lead
    assert lat is not None and lon is not None
    assert 170 < haversine_km(_MANAMA[0], _MANAMA[1], lat, lon) < 215 and lon > 52.0


def test_a_named_town_or_an_offset_with_no_site_noun_is_left_alone() -> None:
    # A town picked: the named place stands (the offset of a named village is another rule's).
    town = _events("BAGHDAD, March 4 - Iraqi jets bombed Ahvaz on Wednesday, hitting a depot 20 km south of Dezful, "
                   "a spokesman said.\n")
    assert [n for n, *_ in town] == ["Ahvaz"]
    # No site noun before the distance: "killed 40 people 50 miles from ..." tells no site.
    far = _events("BEIRUT, June 2 - Gunmen killed two Lebanese soldiers on Tuesday, 30 miles north of Beirut by "
                  "their account, police said.\n")
    assert [n for n, *_ in far] == ["Beirut"]  # the dateline: neither the offset nor "Tuesday" as a village


def test_a_demonym_village_after_the_act_beats_the_dateline() -> None:
    text = ("JETS HIT BORDER HAMLET\n\nBEIRUT, Oct 19 - Israeli jets killed nine people in a raid on a remote "
            "Lebanese village close to the frontier, police said.\n")
    assert [n for n, *_ in _events(text)] == ["Lebanon"]  # was Beirut, the dateline
    # No settlement noun after the demonym: the dateline stands ("Lebanese officials" are who told it).
    kept = _events("BEIRUT, Oct 19 - Gunmen shot dead four policemen on Monday, Lebanese officials said.\n")
    assert [n for n, *_ in kept] == ["Beirut"]
