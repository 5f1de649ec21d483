"""End to end on the reference wire story (published 2025-06-06)."""

import math
from datetime import date

import pytest

import eventwire
from eventwire.api import load_pipeline
from eventwire.model import Article


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def doc(seed_text: str):  # type: ignore[no-untyped-def]
    return load_pipeline()(Article(text=seed_text, published=date(2025, 6, 6)))


def test_kyiv_strike(doc) -> None:  # type: ignore[no-untyped-def]
    kyiv = [e for e in doc.events if e.sub_event_type == "Air/drone strike" and e.location
            and e.location.lat is not None and _km(e.location.lat, e.location.lon, 50.45, 30.52) < 25]
    assert len(kyiv) == 1
    e = kyiv[0]
    assert e.event_type == "Explosions/Remote violence" and e.date.start == date(2025, 6, 6)
    assert e.actors[0].name.startswith("Military Forces of Russia") and e.actors[0].role == "actor"
    assert any(a.name == "Civilians (Ukraine)" and a.role == "recipient" for a in e.actors)
    assert (e.fatalities.low, e.fatalities.best) == (4, 4) and e.injured.low == 24
    assert {"drone", "missile"} <= {w.kind for w in e.weapons}
    assert "apartment building" in e.damage and "fire" in e.damage
    speakers = {c.speaker: c.role for c in e.claims}
    assert speakers["Vitali Klitschko"] == "Mayor of Kyiv"
    assert speakers["Timur Tkachenko"] == "head of Kyiv's military administration"
    assert not e.flags


def test_ukrainian_attack_on_air_bases(doc) -> None:  # type: ignore[no-untyped-def]
    e = next(e for e in doc.events if e.date.start == date(2025, 6, 1) and e.event_type)
    assert e.location and e.location.country_code == "RU" and e.location.precision == 3
    assert e.actors[0].name.startswith("Military Forces of Ukraine")
    assert "aircraft" in e.damage and e.date.text == "Sunday"


def test_qatana_is_extracted_and_flagged(doc) -> None:  # type: ignore[no-untyped-def]
    e = next(e for e in doc.events if e.location and e.location.country_code == "SY")
    assert [f.code for f in e.flags] == ["location_contradicts_story"]


def test_evidence_offsets_and_non_events(doc) -> None:  # type: ignore[no-untyped-def]
    for e in doc.events:
        assert 0 <= e.confidence <= 1 and e.id.startswith("ev_")
        for ev in e.evidence:
            assert doc.text[ev.start : ev.end] == ev.text
        if e.id in doc.meta["trigger_spans"]:
            # Assembled events cite whole sentences, once each, covering every filled field.
            sentences = {(s.start, s.end) for s in doc.sentences}
            spans = [(x.start, x.end) for x in e.evidence]
            assert len(spans) == len(set(spans)) and set(spans) <= sentences
            filled = {"location": e.location is not None, "fatalities": e.fatalities.best is not None,
                      "injured": e.injured.best is not None, "weapons": bool(e.weapons),
                      "damage": bool(e.damage), "claims": bool(e.claims), "actors": bool(e.actors)}
            assert {f for f, on in filled.items() if on} <= {s for x in e.evidence for s in x.supports}
    statuses = {d["status"] for d in doc.decisions}
    assert {"future", "heading"} <= statuses  # "more missile attacks were still a possibility", section titles
    assert not any(e.sub_event_type == "Shelling/artillery/missile attack" for e in doc.events)


def test_public_api(seed_text: str) -> None:
    events = eventwire.extract(seed_text, published=date(2025, 6, 6))
    assert any(e.fatalities.best == 4 for e in events)
