"""The learned event confidence (`confidence.learned.v1`): features, weights file, probability and drop."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.api import load_pipeline
from eventwire.components import confidence
from eventwire.components.confidence_features import NAMES, DocContext, _km_to_median, _median, features
from eventwire.evaluate.common import is_violent
from eventwire.model import Article, Event, Location
from eventwire.model.event import DateSpan
from eventwire.pipeline.workdoc import WorkDoc

DAY = dt.date(2023, 5, 4)


def _doc(text: str) -> WorkDoc:
    return load_pipeline()(Article(text=text, published=DAY))


def _violent(doc: WorkDoc) -> list[Event]:
    return [e for e in doc.events if is_violent(e)]


def _feats(text: str) -> dict[str, float]:
    doc = _doc(text)
    ev = _violent(doc)
    assert ev, "the fixture must give a violent event"
    return features(doc, ev[0], ev)


def test_weights_file_matches_the_feature_list() -> None:
    model = confidence.load_weights()
    assert tuple(model["features"]) == NAMES
    assert len(model["weights"]) == len(NAMES) == len(set(NAMES))
    assert model["command"].startswith("PYTHONPATH=src python benchmarks/train_confidence.py")
    assert len(model["training_data_sha1"]) == 40


def test_direction_and_hedge_words_are_features() -> None:
    f = _feats("Russian forces reportedly continued ground attacks in the Bakhmut direction on May 3.")
    assert f["front_words"] == 1.0 and f["hedge_words"] == 1.0
    assert f["sub=Armed clash"] == 1.0 and f["date_back_1"] == 1.0 and f["first_sentence"] == 1.0


def test_preposition_before_the_place() -> None:
    f = _feats("Ukrainian troops repelled Russian assaults near Bakhmut on May 3.")
    assert f["prep=near"] == 1.0 and f["place=trigger_sentence"] == 1.0
    assert f["front_words"] == 0.0 and f["trigger=repel"] == 1.0


def test_a_goal_in_the_sentence_is_a_feature() -> None:
    f = _feats("Russian forces shelled Kharkiv on May 3 in preparation for offensive operations.")
    assert f["aim_words"] == 1.0 and f["sub=Shelling/artillery/missile attack"] == 1.0


def test_distance_to_the_other_places() -> None:
    # Kyiv and Lviv lie about 470 km apart; a point beside them is near their median.
    pts = [(50.45, 30.52, 0), (49.84, 24.03, 1)]
    assert _km_to_median(50.1, 27.3, pts) == pytest.approx(0, abs=30)
    assert _km_to_median(50.1, 27.3, pts[:1]) is None  # one other place gives no median


def test_twin_events_nearby() -> None:
    loc = Location(name="A", lat=48.0, lon=37.0)
    day = DateSpan(start=DAY)
    a = Event(event_type="Battles", location=loc, date=day)
    b = Event(event_type="Battles", location=loc.model_copy(update={"lat": 48.1}), date=day)
    c = Event(event_type="Explosions/Remote violence", location=loc.model_copy(update={"lat": 49.5}), date=day)
    d = Event(event_type="Battles", location=loc, date=DateSpan(start=DAY - dt.timedelta(days=5)))
    doc = WorkDoc(Article(text="", published=DAY))
    doc.events = [a, b, c, d]
    ctx = DocContext(doc, doc.events)
    assert ctx.twins(a) == (1.0, 0.0)  # b is 11 km off; c is 166 km off; d is five days earlier
    assert ctx.twins(c) == (0.0, 0.0)
    assert ctx.twins(d) == (0.0, 0.0)


def test_fast_median_is_numpy_median() -> None:
    import numpy as np

    for xs in ([3.0, 1.0, 2.0], [4.0, 1.0, 3.0, 2.0]):
        assert _median(np.array(xs)) == float(np.median(xs))


def test_stage_sets_a_probability_and_keeps_political_confidence() -> None:
    doc = _doc("Russian forces shelled Kharkiv on May 3. Protesters rallied in Kyiv on May 3.")
    political = {e.id: e.confidence for e in doc.events if not is_violent(e)}
    assert _violent(doc) and political
    for e in _violent(doc):
        assert 0.0 <= e.confidence <= 1.0
    # The default pipeline ends with the stage; running it again keeps the non-violent confidences as they were.
    assert load_pipeline().names[-1] == "confidence.learned.v1"
    confidence.make()(doc)
    assert {e.id: e.confidence for e in doc.events if not is_violent(e)} == political


def test_features_only_mode_records_every_violent_event() -> None:
    doc = _doc("Russian forces shelled Kharkiv on May 3. Ukrainian troops repelled assaults near Bakhmut on May 3.")
    before = {e.id: e.confidence for e in doc.events}
    confidence.make(score=False)(doc)
    table = doc.meta["confidence_features"]
    assert set(table) == {e.id for e in _violent(doc)} and len(table) == 2
    assert all(set(f) == set(NAMES) for f in table.values())
    assert {e.id: e.confidence for e in doc.events} == before


def test_a_drop_below_min_confidence_is_recorded() -> None:
    doc = _doc("Russian forces shelled Kharkiv on May 3. Protesters rallied in Kyiv on May 3.")
    violent = _violent(doc)
    confidence.make(min_confidence=1.01)(doc)
    assert not _violent(doc) and doc.events  # the protest stays
    drops = [d for d in doc.decisions if d["stage"] == "confidence"]
    assert len(drops) == len(violent) and all(d["status"] == "low_confidence" for d in drops)
    assert violent[0].id in drops[0]["reason"]


def test_a_changed_feature_list_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    confidence.load_weights.cache_clear()
    monkeypatch.setattr(confidence, "NAMES", (*NAMES, "new_feature"))
    with pytest.raises(Exception, match="retrain"):
        confidence.load_weights()
    confidence.load_weights.cache_clear()


def test_a_framing_political_act_stays_the_most_confident() -> None:
    doc = _doc("Ukraine accused Russia of shelling Kharkiv on May 3.")
    accuse = [e for e in doc.events if e.event_type is None and e.plover is not None]
    attack = _violent(doc)
    assert accuse and attack
    assert max(e.confidence for e in attack) < accuse[0].confidence
    # Without a political act in the sentence the attack keeps its learned probability.
    alone = _violent(_doc("Russia shelled Kharkiv on May 3."))[0]
    assert alone.confidence > attack[0].confidence
