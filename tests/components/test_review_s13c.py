"""Review s13c: wire datelines need a wire shape, a firm's town alone stays a place, raion precision, asides."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract, load_pipeline
from eventwire.components.assemble_fold import _ASIDE_NAME
from eventwire.components.dates import local_day
from eventwire.evaluate.common import is_violent
from eventwire.geoparsing.dateline import wire_dateline
from eventwire.geoparsing.event_location import names_speaker
from eventwire.model import Article, PlaceMention


def _violent(text: str, pub: date) -> list[tuple[str | None, str | None, date | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None, e.date.start)
            for e in extract(text, published=pub) if is_violent(e)]


_BODY = "ODESA, May 9 (Reuters) - Russian drones struck Odesa early on Thursday, killing three people."


def test_a_sentence_opening_with_a_time_word_is_no_dateline() -> None:
    pub = date(2024, 5, 9)  # a Thursday
    for text in ("Drones struck Odesa on Thursday, killing three, officials said.\nLast Tuesday, May 7 - the day "
                 "of the talks - shells hit Kherson.",
                 "On Tuesday, May 7 - the day of the talks - shells hit Kherson. Drones struck Odesa on Thursday."):
        assert wire_dateline(text) is None and local_day(text, pub) is None
        assert ("Odesa", date(2024, 5, 9)) in [(p, d) for _, p, d in _violent(text, pub)]
    # In capitals too: a time word is no place.
    assert wire_dateline("LAST TUESDAY, May 7 - the day of the talks - shells hit Kherson.") is None


def test_a_mixed_case_dateline_needs_a_known_place() -> None:
    assert wire_dateline("Rio de Janeiro, June 3 - Police raided a hillside slum.") is not None
    assert wire_dateline("Quietly Enough, June 3 - Police raided a hillside slum.") is None


def test_an_agency_dateline_beats_a_title_that_looks_like_one() -> None:
    m = wire_dateline("Kherson, May 7 - a city under fire\n" + _BODY)
    assert m is not None and m.group().startswith("ODESA")


def test_a_dateline_may_follow_a_title_and_a_standfirst_or_blank_lines() -> None:
    for text in ("Drones hit Odesa\nThree dead in a night raid\n\n" + _BODY, "\n\nDrones hit Odesa\n\n" + _BODY):
        m = wire_dateline(text)
        assert m is not None and text[m.start():].lstrip().startswith("ODESA")
        assert local_day(text, date(2024, 5, 8)) == date(2024, 5, 9)


def test_a_third_paragraph_without_an_agency_is_still_no_dateline() -> None:
    assert wire_dateline("Drones hit Odesa\nThree dead.\n\nODESA, May 9 - More was told.") is None


def test_a_firm_town_alone_stays_the_place() -> None:
    pub = date(1990, 5, 7)
    for text, town in (("A bomb went off in the lobby of the Osaka Stock Exchange on Monday, hurting four people.",
                        "Osaka"),
                       ("A car bomb went off outside the Bank of Basra on Monday, killing two guards.", "Basrah")):
        got = _violent(text, pub)
        assert got and all(place == town for _, place, _ in got)


def test_a_name_s_aside_is_dropped_as_a_retelling_not_merged() -> None:
    text = ("Relatives pleaded for the release of engineer Tom Brandt, kidnapped in Iraq.\n\n"
            "Brandt was abducted in Mosul on 12 October.")
    doc = load_pipeline(None)(Article(text=text, published=date(2004, 10, 30)))
    assert [(e.location.name if e.location else None, e.date.start) for e in doc.events if is_violent(e)] == \
        [("Mosul", date(2004, 10, 12))]
    assert any(d["text"] == "kidnapped" and d["status"] == "historical" for d in doc.decisions)


def test_the_aside_needs_a_name_before_its_comma() -> None:
    assert _ASIDE_NAME.search("Brandt, ") is not None
    assert _ASIDE_NAME.search("Weeks later, ") is None


def _mention(text: str, name: str) -> PlaceMention:
    i = text.index(name)
    return PlaceMention(start=i, end=i + len(name), text=name)


def test_speakers_are_named_only_at_a_headline_s_end() -> None:
    head = "Israeli shelling of Rafah leaves nine dead, Gaza doctors say"
    assert names_speaker(head, _mention(head, "Gaza"))
    body = "Kharkiv authorities said Russian missiles struck the city overnight."
    assert not names_speaker(body, _mention(body, "Kharkiv"))


def test_an_agency_beats_a_title_in_capitals_that_looks_like_a_dateline() -> None:
    m = wire_dateline("KHERSON, May 7 - A CITY UNDER FIRE\n" + _BODY)
    assert m is not None and m.group().startswith("ODESA")
