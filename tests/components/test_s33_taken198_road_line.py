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


# Mends after review (session 33): every sentence below is written for these tests.

def _shelling(doc: WorkDoc) -> set[str | None]:
    return {e.location.name if e.location else None for e in doc.events if e.event_type == "Explosions/Remote violence"}


def test_a_village_after_the_road_keeps_the_act():
    # D1: the village carries the act wherever it stands beside the road.
    doc = _run("Ukrainian troops repelled Russian assaults along the T1302 Bakhmut-Lysychansk highway near Vrubivka.")
    assert "Vrubivka" in _clashes(doc) and not {"Bakhmut", "Lysychansk"} & _clashes(doc)


def test_a_region_that_is_a_second_place_of_the_act_stays():
    # D2: another oblast joined by "and" is a place of its own, not a note on the road.
    doc = _run("Ukrainian units continued counteroffensive operations along the Svatove-Kreminna road and in "
               "Zaporizhia Oblast on October 7.")
    assert "Zaporizhzhia Oblast" in _clashes(doc) and {"Svatove", "Kreminna"} <= _clashes(doc)
    assert not any(d["status"] == "dropped" for d in doc.decisions if d["stage"] == "codebook")


def test_a_region_the_road_does_not_run_through_stays():
    # D2: the road's towns lie in Luhansk, so "in Donetsk Oblast" is no note on where the road runs.
    doc = _run("Russian troops conducted ground attacks along the Svatove-Kreminna road in Donetsk Oblast.")
    assert "Donetsk Oblast" in _clashes(doc)


def test_the_region_drop_is_a_recorded_decision():
    # D5: the region event that gives way to the road's towns is named in doc.decisions.
    doc = _run("Ukrainian units conducted ground attacks along the Svatove-Kreminna road in northern Luhansk Oblast.")
    assert _clashes(doc) == {"Svatove", "Kreminna"}
    drops = [d for d in doc.decisions if d["stage"] == "codebook" and d["status"] == "dropped"]
    assert len(drops) == 1 and drops[0]["rule"] == "line" and "Luhansk" in drops[0]["reason"]


def test_a_region_event_with_a_toll_stays():
    # Remark 3, fmend33 D2: a toll told for the region event keeps it, and the road adds no towns beside it (one
    # fight, one record).
    doc = _run("Ukrainian forces killed 15 Russian soldiers in fighting along the Svatove-Kreminna road in Luhansk "
               "Oblast on October 7.")
    assert _clashes(doc) == {"Luhansk Oblast"}


def test_the_road_in_another_clause_adds_nothing():
    # D3: the road belongs to a later clause (a retreat, a flight), not to the told fire.
    doc = _run("After Russian artillery hit the town of Bakhmut on October 7, Ukrainian units withdrew along the "
               "Bakhmut-Siversk highway.")
    assert "Siversk" not in _shelling(doc)
    doc = _run("Russian shelling made residents leave along the Svatove-Kreminna road on October 7.")
    assert _shelling(doc) & {"Svatove", "Kreminna"} == {"Svatove"}  # the shelling's own place, no second town


def test_a_single_incident_on_a_road_is_one_event():
    # D4: one ambush, one mine or one abduction on a road is coded once, not at each end town.
    for text in ("Russian troops ambushed a Ukrainian patrol along the Bakhmut-Lysychansk highway on October 7.",
                 "A landmine struck a car along the Bakhmut-Lysychansk highway on October 7, killing two people.",
                 "Russian soldiers abducted two local officials along the Bakhmut-Lysychansk highway on October 7."):
        placed = {e.location.name for e in _run(text).events if e.location}
        assert not {"Bakhmut", "Lysychansk"} <= placed, text


def test_a_far_pair_adds_nothing():
    # Remark 3: a road whose towns lie far apart is refused by towns_close.
    doc = _run("Russian forces conducted ground attacks along the Kharkiv-Kherson highway on October 7.")
    assert not {"Kharkiv", "Kherson"} <= _clashes(doc)
