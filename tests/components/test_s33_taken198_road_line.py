"""codebook line rule: a road told by its two end towns is a line between them (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from eventwire.model import Article
from eventwire.pipeline import Pipeline
from eventwire.pipeline.pipeline import load_pipeline_config
from eventwire.pipeline.workdoc import WorkDoc

PUB = date(2022, 10, 7)


def _run(text: str, rules: tuple[str, ...] = ("mixed_fires", "line")) -> WorkDoc:
    """The default pipeline with the codebook's front-report size gate off (the test texts are short)."""
    config = load_pipeline_config(None)
    for stage in config["stage"]:
        if stage["name"] == "codebook.rules.v1":
            stage["args"] = {"min_events": 0, "rules": list(rules)}
    return Pipeline.from_config(config)(Article(text=text, published=PUB))


def _clashes(doc: WorkDoc) -> set[str | None]:
    return {e.location.name if e.location else None for e in doc.events if e.sub_event_type == "Armed clash"}


def test_fighting_along_a_road_between_two_towns_is_a_clash_at_each():
    text = "Ukrainian units conducted ground attacks along the Svatove-Kreminna road in Luhansk Oblast on October 7."
    assert _clashes(_run(text, rules=("mixed_fires",))) == {"Luhansk Oblast"}
    doc = _run(text)
    assert _clashes(doc) == {"Svatove", "Kreminna"}  # the region the road runs through is a note on it
    assert any(d["rule"] == "line" and "road" in d["text"] for d in doc.decisions if d["stage"] == "codebook")


def test_a_coded_road_keeps_its_end_towns():
    doc = _run("Russian troops launched attacks on settlements along the T1302 Lysychansk-Bakhmut highway.")
    assert {"Lysychansk", "Bakhmut"} <= _clashes(doc)


def test_a_road_after_named_villages_is_a_note_on_them():
    doc = _run("Ukrainian forces repelled Russian attacks on Berestove and Vasylivka along the T1302 "
               "Bakhmut-Lysychansk highway.")
    assert "Bakhmut" not in _clashes(doc) and "Lysychansk" not in _clashes(doc)
