"""codebook.rules.v1: the event-gold codebook rules on assembled events (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.components import codebook
from eventwire.components.catalog import BUILTIN
from eventwire.model import Article, PlaceMention
from eventwire.pipeline import Pipeline
from eventwire.pipeline.pipeline import load_pipeline_config
from eventwire.pipeline.workdoc import WorkDoc

PUB = date(2022, 6, 3)


def _run(text: str, rules: list[str] | None = None, min_events: int = 0) -> WorkDoc:
    """Run the default pipeline; the short test texts are no front report, so the size gate is off by default."""
    config = load_pipeline_config(None)
    for stage in config["stage"]:
        if stage["name"] == "codebook.rules.v1":
            stage["args"] = {"min_events": min_events} | ({} if rules is None else {"rules": rules})
    return Pipeline.from_config(config)(Article(text=text, published=PUB))


def _coded(doc: WorkDoc) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None) for e in doc.events}


def test_stage_sits_after_assembly_and_before_political():
    names = load_pipeline().names
    assert names.index("assemble.events.v1") < names.index("codebook.rules.v1") < names.index("political.rules.v1")
    spec = next(s for s in BUILTIN if s.name == "codebook.rules.v1")
    assert spec.assigns == ("events",) and "events" in spec.requires


def test_air_and_artillery_strikes_are_two_events_at_the_place():
    text = "Russian forces conducted air and artillery strikes on Kupiansk on June 3."
    assert _coded(_run(text, rules=[])) == {("Shelling/artillery/missile attack", "Kupyansk")}
    doc = _run(text)
    assert _coded(doc) == {("Shelling/artillery/missile attack", "Kupyansk"), ("Air/drone strike", "Kupyansk")}
    air = next(e for e in doc.events if e.sub_event_type == "Air/drone strike")
    assert air.date.start == PUB and air.plover is not None and air.plover.mode == "aerial"
    # The twin quotes the sentence as its evidence and says why it exists.
    assert any("event_type" in x.supports and "air and artillery strikes" in x.text for x in air.evidence)
    why = [d for d in doc.decisions if d["stage"] == "codebook" and d["event"] == air.id]
    assert why and why[0]["rule"] == "mixed_fires" and "mixed fires" in why[0]["reason"]
    assert why[0]["text"] == "air and artillery strikes"


def test_a_toll_stays_on_the_event_it_was_read_for():
    doc = _run("Russian forces conducted air and artillery strikes on Kupiansk on June 3, killing four civilians.")
    by_type = {e.sub_event_type: e for e in doc.events}
    shelling, air = by_type["Shelling/artillery/missile attack"], by_type["Air/drone strike"]
    assert shelling.fatalities.best == 4 and air.fatalities.best is None
    # The air twin keeps no artillery among its weapons, and no evidence says it supports a toll.
    assert [w.kind for w in shelling.weapons] == ["artillery"] and air.weapons == []
    assert not any("fatalities" in x.supports for x in air.evidence)


def test_one_kind_of_fire_stays_one_event():
    doc = _run("Russian forces conducted artillery strikes on Kupiansk on June 3.")
    assert _coded(doc) == {("Shelling/artillery/missile attack", "Kupyansk")}
    assert not [d for d in doc.decisions if d["stage"] == "codebook"]


def test_ground_air_and_artillery_attacks_are_three_events():
    doc = _run("Russian forces continued ground, air, and artillery attacks near Bakhmut on June 3.")
    assert _coded(doc) == {("Shelling/artillery/missile attack", "Bakhmut"), ("Air/drone strike", "Bakhmut"),
                           ("Armed clash", "Bakhmut")}


def test_mixed_fires_with_no_place_add_nothing_to_another_sentences_town():
    # The unplaced line-of-contact sentence is folded into the Kupiansk event: it names no place of its own.
    doc = _run("Russian forces shelled Kupiansk on June 3. Russian forces also conducted air and artillery strikes "
               "along the line of contact.")
    assert ("Air/drone strike", "Kupyansk") not in _coded(doc)


def test_a_line_between_two_towns_is_an_event_at_each():
    text = "Ukrainian forces repelled Russian assaults along the Svatove-Kreminna line on June 3."
    assert _coded(_run(text, rules=[])) == {("Armed clash", "Svatove")}
    doc = _run(text)
    assert _coded(doc) == {("Armed clash", "Svatove"), ("Armed clash", "Kreminna")}
    kreminna = next(e for e in doc.events if e.location and e.location.name == "Kreminna")
    assert kreminna.location.geonameid != next(e for e in doc.events if e is not kreminna).location.geonameid
    assert any("location" in x.supports and "Svatove-Kreminna" in x.text for x in kreminna.evidence)
    assert any(d["rule"] == "line" and d["event"] == kreminna.id for d in doc.decisions if d["stage"] == "codebook")


def test_directions_of_several_town_pairs():
    doc = _run("Ukrainian forces repelled Russian attacks in the directions of Bilohorivka-Hryhorivka and "
               "Zolotarivka-Serebryanka on June 3.")
    assert {name for _, name in _coded(doc)} == {"Bilohorivka", "Hryhorivka", "Zolotarivka", "Serebryanka"}


def test_a_line_named_with_no_fighting_told_before_it_adds_nothing():
    doc = _run("Russian troops continued to pour reserves into the Svatove-Kreminna line while Ukrainian forces "
               "repelled an assault on Kupiansk on June 3.")
    assert _coded(doc) == {("Armed clash", "Kupyansk")}


def test_far_towns_are_no_line():
    near = [PlaceMention(start=0, end=1, text="A", lat=49.40, lon=38.15),
            PlaceMention(start=2, end=3, text="B", lat=49.03, lon=38.22)]
    far = [near[0], PlaceMention(start=2, end=3, text="C", lat=48.0, lon=37.96)]
    assert codebook.towns_close(near) and not codebook.towns_close(far)


def test_rules_are_chosen_by_name():
    assert codebook.RULES == ("mixed_fires", "line")
    with pytest.raises(ValueError, match="unknown codebook rules"):
        codebook.make(rules=["no_such_rule"])
    doc = _run("Russian forces conducted air and artillery strikes on Kupiansk on June 3.", rules=["line"])
    assert _coded(doc) == {("Shelling/artillery/missile attack", "Kupyansk")}


def test_rules_run_on_front_reports_only():
    # A lone story's "under heavy air and artillery fire" stays one event; a report of five placed fights gets both.
    lone = "Government troops kept the rebel-held districts of Kupiansk under heavy air and artillery fire on June 3."
    assert ("Air/drone strike", "Kupyansk") not in _coded(load_pipeline()(Article(text=lone, published=PUB)))
    assert ("Air/drone strike", "Kupyansk") in _coded(_run(lone))  # the gate, not the phrase, kept it out
    report = ("Russian forces conducted air and artillery strikes on Kupiansk on June 3. Ukrainian forces repelled "
              "Russian assaults near Bakhmut, Soledar, Siversk, and Lyman on June 3.")
    doc = load_pipeline()(Article(text=report, published=PUB))
    assert {("Air/drone strike", "Kupyansk"), ("Shelling/artillery/missile attack", "Kupyansk")} <= _coded(doc)
    assert _coded(_run(report, min_events=20)) == _coded(_run(report, rules=[]))
