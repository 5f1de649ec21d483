"""Tests for the WikiEvents, UCDP and PLOVER loaders and scorers with stand-in extractors."""

from __future__ import annotations

from datetime import date

import pytest
from evaluate_support import make_event

from eventwire.evaluate.plover import load_plover, score_plover
from eventwire.evaluate.ucdp import load_ucdp, score_ucdp, states_toll, ucdp_held
from eventwire.evaluate.wikievents import load_wikievents, score_wikievents, system_items
from eventwire.model import Article, Event, Plover
from eventwire.model.event import Count
from eventwire.pipeline.workdoc import CasualtyMention, Sentence, Trigger, WorkDoc


def test_wikievents_text_rebuilt_with_exact_sentence_spans() -> None:
    docs = load_wikievents()
    assert len(docs) == 20
    d = docs[0]
    a, b = d["spans"][0]
    assert d["text"][a:b].startswith("Roadside IED kills")
    assert (0, "Die") in d["gold"]
    kinds = {k for doc in docs for _, k in doc["gold"]}
    assert kinds == {"Attack", "Die", "Injure"}


def test_wikievents_mapping_from_workdoc() -> None:
    text = "A drone struck the base.\n\nTwo soldiers were killed and three wounded."
    spans = [(0, 24), (26, len(text))]
    wd = WorkDoc(Article(text=text), sentences=[Sentence(0, 24), Sentence(26, len(text))])
    wd.triggers = [Trigger(2, 13, "drone struck", 0, "Explosions/Remote violence", "Air/drone strike"),
                   Trigger(26, 29, "Two", 1, "Battles", "Armed clash", status="negated")]
    wd.casualties = [CasualtyMention(26, 50, "Two soldiers were killed", 1, "killed", Count(low=2, best=2)),
                     CasualtyMention(55, 68, "three wounded", 1, "injured", Count(low=3, best=3))]
    assert system_items(wd, spans) == {(0, "Attack"), (1, "Die"), (1, "Injure")}

    def runner(article: Article) -> WorkDoc:
        return WorkDoc(article)

    res = score_wikievents(runner, limit=3)
    assert res["overall"]["tp"] == 0 and res["overall"]["fn"] > 0


def test_ucdp_toll_filter_and_scoring() -> None:
    assert states_toll("Suicide bomber kills seven in Baghdad market: officials")
    assert not states_toll("DAILY ALERT")
    rows = load_ucdp()[:30]
    assert all(r["headlines"] for r in rows)
    by_head = {h: r for r in rows for h in r["headlines"]}

    def oracle(text: str, published: date | None) -> list[Event]:
        r = by_head[text]
        return [make_event("Battles", "Armed clash", published, "x", float(r["latitude"]), float(r["longitude"]),
                           killed=int(r["low"]))]

    res = score_ucdp(oracle, limit=30)
    assert res["deaths_in_range"]["value"] == 1.0 and res["place_within_50km"]["value"] == 1.0
    assert score_ucdp(lambda t, p: [], limit=30)["with_any_event"]["hit"] == 0


def test_ucdp_split_is_the_merge_benchmarks_third() -> None:
    rows = load_ucdp()
    held = sum(ucdp_held(r["id"]) for r in rows)
    assert 0.25 < held / len(rows) < 0.42  # a seeded hash holds about a third aside
    none = lambda t, p: []  # noqa: E731 - the figures are not the point, only which rows are scored
    parts = [score_ucdp(none, split=s)["events"] for s in ("train", "heldout")]
    assert parts == [len(rows) - held, held] and score_ucdp(none)["events"] == len(rows)
    with pytest.raises(ValueError, match="unknown UCDP split"):
        score_ucdp(none, split="dev")


def test_plover_mapping_and_accuracy() -> None:
    recs = load_plover()
    assert len(recs) == 322
    cats = {r["event"] for r in recs}
    assert "REQUEST" in cats and "DEMAND" not in cats and "FIGHT" not in cats
    n_agree = sum(r["event"] == "AGREE" for r in recs[:80])

    def always_agree(text: str, published: date | None) -> list[Event]:
        return [Event(plover=Plover(event="AGREE"))]

    res = score_plover(always_agree, limit=80)
    assert res["accuracy"]["hit"] == n_agree and 0 < n_agree < 80
    assert res["coverage"]["value"] == 1.0 and res["per_category"]["AGREE"]["value"] == 1.0
