"""Assemble: one event per type, place and day, with evidence for every field."""

from datetime import date

from eventwire.components import actors, assemble, casualties, claims, damage, triggers, weapons
from eventwire.components.numbers import find_numbers
from eventwire.components.sentences import split_sentences
from eventwire.model import Article, PlaceMention
from eventwire.pipeline import DateMention, WorkDoc

TEXT = ("Russian forces launched an airstrike on Kharkiv on Tuesday. Three civilians were killed and "
        "seven were injured, Governor Oleh Synehubov said. A residential building caught fire.\n\n"
        "Separately, Ukrainian troops clashed with Russian forces near Bakhmut.")


def _place(text: str, name: str, gid: int, lat: float, lon: float, cc: str = "UA") -> PlaceMention:
    i = TEXT.index(text)
    return PlaceMention(start=i, end=i + len(text), text=text, name=name, geonameid=gid, lat=lat, lon=lon,
                        country_code=cc, feature_class="P", feature_code="PPLA")


def _doc(published: date | None = date(2024, 5, 9)) -> WorkDoc:
    doc = WorkDoc(Article(text=TEXT, published=published, source="Test Wire"))
    doc.sentences = split_sentences(TEXT)
    doc.numbers = find_numbers(TEXT, 0, len(TEXT))
    i = TEXT.index("Tuesday")
    doc.dates = [DateMention(i, i + 7, "Tuesday", date(2024, 5, 7), date(2024, 5, 7), "day", True)]
    doc.places = [_place("Kharkiv", "Kharkiv", 706483, 49.98, 36.25), _place("Bakhmut", "Bakhmut", 712165, 48.6, 38.0)]
    for make in (actors.make, triggers.make, casualties.make, weapons.make, damage.make, claims.make,
                 assemble.make):
        doc = make()(doc)
    return doc


def test_events_fields_and_evidence() -> None:
    doc = _doc()
    by_sub = {e.sub_event_type: e for e in doc.events}
    air = by_sub["Air/drone strike"]
    assert air.location and air.location.name == "Kharkiv" and air.date.start == date(2024, 5, 7)
    assert air.date.text == "Tuesday" and air.date.precision == "day"
    assert (air.fatalities.low, air.fatalities.best) == (3, 3) and air.injured.best == 7
    assert air.actors[0].name == "Military Forces of Russia (2000-)" and air.actors[0].role == "actor"
    assert air.actors[1].name == "Civilians (Ukraine)" and air.actors[1].role == "recipient"
    assert "fire" in air.damage and "apartment building" in air.damage
    assert air.claims and air.claims[0].speaker == "Oleh Synehubov"
    assert air.sources == ["Test Wire"] and air.article_ids == [doc.article.id] and 0 <= air.confidence <= 1
    for e in doc.events:
        for ev in e.evidence:
            assert TEXT[ev.start : ev.end] == ev.text
        supported = {s for ev in e.evidence for s in ev.supports}
        filled = {"location": e.location is not None, "actors": bool(e.actors), "damage": bool(e.damage),
                  "claims": bool(e.claims), "weapons": bool(e.weapons),
                  "fatalities": e.fatalities.best is not None, "injured": e.injured.best is not None,
                  "date": e.date.text is not None, "event_type": True}
        assert {f for f, on in filled.items() if on} <= supported
    clash = by_sub["Armed clash"]
    assert clash.location and clash.location.name == "Bakhmut" and clash.fatalities.best is None
    assert clash.date.start == date(2024, 5, 9) and clash.date.text is None  # publication date, no span


def test_ids_are_deterministic() -> None:
    a, b = _doc(), _doc()
    assert [e.id for e in a.events] == [e.id for e in b.events]
    assert all(e.id.startswith("ev_") for e in a.events)
