"""Session 25 (ext136 mends after review): a town, city or lake after "bordering" stays where; a denial keeps the
later act's day and merging (only its quote goes); a crowd that "demonstrated" a feeling or at a time protests; a
taking dated in the sentence before, or told of the same place, is today's (sentences written for this test)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.model import Article, Event

PUB = date(2022, 10, 20)
REMOTE = "Explosions/Remote violence"


def _events(text: str) -> list[Event]:
    return list(load_pipeline()(Article(text=text, published=PUB)).events)


@pytest.mark.parametrize(("text", "etype", "name"), [
    ("Russian artillery shelled hamlets bordering Lyman on Thursday, the regional governor said.", REMOTE, "Lyman"),
    ("Israeli aircraft bombed neighbourhoods that border Rafah on Wednesday, medics said.", REMOTE, "Rafa"),
    ("Hundreds of people protested on Sunday in suburbs bordering Marseille against the closure of a hospital.",
     "Protests", "Marseille"),
    ("Fishermen rallied on Friday in villages bordering Lake Victoria against the new fishing ban.", "Protests",
     "Lake Victoria"),
])
def test_a_town_or_lake_after_bordering_stays_where(text: str, etype: str, name: str) -> None:
    where = [e.location.name if e.location else None for e in _events(text) if e.event_type == etype]
    assert len(where) == 1 and where[0] is not None and where[0].startswith(name)


def test_a_denial_keeps_the_days_so_an_earlier_region_event_is_not_folded() -> None:
    text = ("Russian forces shelled Donetsk Oblast on October 16. Russian forces did not conduct ground attacks near "
            "Donetsk City on October 20. Russian forces shelled Avdiivka and Marinka in Donetsk Oblast.")
    got = [e for e in _events(text) if e.event_type == REMOTE]
    by_day = sorted((e.date.start, e.location.name if e.location else "") for e in got)
    assert by_day[0] == (date(2022, 10, 16), "Donetsk Oblast")
    assert [d for d, _ in by_day[1:]] == [PUB, PUB]
    for e in got:
        assert all("did not" not in v.text for v in e.evidence)


@pytest.mark.parametrize(("text", "country"), [
    ("Thousands of nurses demonstrated this afternoon outside the health ministry in Accra.", "GH"),
    ("Pensioners demonstrated the entire morning in front of city hall in Lisbon on Tuesday.", "PT"),
    ("Dock workers demonstrated their frustration outside the port offices in Antwerp on Friday.", "BE"),
    ("Several hundred villagers demonstrated their backing for the junta in Bamako on Sunday.", "ML"),
])
def test_a_crowd_that_demonstrated_a_feeling_or_at_a_time_protests(text: str, country: str) -> None:
    where = [e.location.country_code if e.location else None for e in _events(text) if e.event_type == "Protests"]
    assert where == [country]


@pytest.mark.parametrize("text", [
    "The drone incident demonstrated the weakness of air defences around Belgorod.",
    "Ukrainian units have demonstrated their resilience near Kupiansk in Kharkiv Oblast.",
])
def test_no_crowd_that_demonstrated_something_is_no_protest(text: str) -> None:
    assert [e for e in _events(text) if e.event_type == "Protests"] == []


@pytest.mark.parametrize(("text", "place"), [
    ("Ukrainian forces recaptured Kupiansk on October 18. After their recapture of Kupiansk, where artillery shelled "
     "Russian positions, the troops pressed east.", "Kupyansk"),
    # the taking's day is told two sentences back, of the same place
    ("Wagner fighters seized Bilohorivka on October 18. Local officials said shops in Siversk were closed. During the "
     "seizure of Bilohorivka, where the fighters shelled Ukrainian trenches, many soldiers died.", "Bilohorivka"),
])
def test_an_act_in_a_where_clause_of_a_dated_taking_stays(text: str, place: str) -> None:
    got = [(e.location.name if e.location else None, e.date.start) for e in _events(text)
           if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert got == [(place, date(2022, 10, 18))]
