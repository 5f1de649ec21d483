"""The learned-recall study of benchmarks/train_recall.py: candidates, their pooling per place, the fit and the adds."""

from __future__ import annotations

import importlib
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from eventwire.model import Article, Location
from eventwire.pipeline import Pipeline

BAKHMUT = Location(name="Bakhmut", geonameid=712451, lat=48.595, lon=38.0, country_code="UA", feature_code="PPL")
SOLEDAR = Location(name="Soledar", geonameid=693468, lat=48.683, lon=38.067, country_code="UA", feature_code="PPL")
LVIV = Location(name="Lviv", geonameid=702550, lat=49.84, lon=24.02, country_code="UA", feature_code="PPLA")


@pytest.fixture(scope="module")
def study() -> ModuleType:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    return importlib.import_module("train_recall")


def cand(loc: Location, feats: list[str], day: date = date(2022, 5, 3), **flags: bool) -> dict[str, Any]:
    return {"sentence": 0, "start": 0, "end": 7, "loc": loc, "day": day, "feats": feats, "text": "x",
            "ok:Battles": flags.get("ok", True), "ok:Explosions/Remote violence": False}


@pytest.mark.parametrize(("tok", "first", "want"), [
    ("Bakhmut", False, "<C>"),  # a name tells nothing that transfers to another report
    ("Russian", False, "russian"),  # a demonym does
    ("Ukrainians", False, "ukrainians"),
    ("Russian", True, "russian"),
    ("Forces", True, "forces"),  # the first word of a sentence is no name by its capital
    ("attacked", False, "attacked"),
])
def test_words_are_lower_cased_and_names_masked(study: ModuleType, tok: str, first: bool, want: str) -> None:
    assert study.norm_token(tok, first) == want


def test_a_sentence_gives_one_candidate_per_resolved_place_with_its_cues(study: ModuleType) -> None:
    text = "Russian forces conducted ground attacks near Bakhmut and Soledar on May 3.\n\nThe weather in Lviv was mild."
    doc = Pipeline.from_toml()(Article(text=text, published=date(2022, 5, 3)))
    got = {c["loc"].name: c for c in study.candidates(doc, date(2022, 5, 3))}
    assert {"Bakhmut", "Soledar"} <= set(got)
    assert "prep:near" in got["Bakhmut"]["feats"] and "prep:and" in got["Soledar"]["feats"]
    assert {"trig:Battles:asserted", "near:Battles", "ev:Battles"} <= set(got["Bakhmut"]["feats"])
    assert not any(f.startswith("trig:") for f in got.get("Lviv", {"feats": []})["feats"])
    assert got["Bakhmut"]["day"] == date(2022, 5, 3)


def test_mentions_of_one_place_on_one_day_are_pooled(study: ModuleType) -> None:
    pooled = study.by_place([cand(BAKHMUT, ["a"]), cand(BAKHMUT, ["b", "near:Battles"]), cand(SOLEDAR, ["c"])])
    assert len(pooled) == 2
    bakhmut = next(c for c in pooled if c["loc"].name == "Bakhmut")
    assert {"a", "b", "near:Battles", "mentions:2"} <= set(bakhmut["feats"])


def test_the_fit_learns_a_cue_that_separates_the_labels(study: ModuleType) -> None:
    rows = [{**cand(BAKHMUT, ["bias", "cue"] if k % 2 else ["bias", "other"]), "y:Battles": bool(k % 2)}
            for k in range(40)]
    model = study.fit(rows, "Battles", 1.0)
    assert study.prob(model, ["bias", "cue"]) > 0.8 > 0.2 > study.prob(model, ["bias", "other"])


def test_adds_only_where_the_rules_have_none_and_once_per_place(study: ModuleType) -> None:
    model = {"Battles": {"cue": 5.0}, "Explosions/Remote violence": {}}
    row = {"id": "r", "cands": [cand(BAKHMUT, ["cue"]), cand(SOLEDAR, ["cue"]),  # 12 km apart: one event
                                cand(LVIV, ["cue"], ok=False),  # the rules have a battle there already
                                cand(LVIV, [])]}  # no cue: p 0.5, below the threshold
    added = study.added(row, model, 0.6)
    assert [e.location.name for e in added] == ["Bakhmut"]
    assert added[0].event_type == "Battles" and added[0].confidence > 0.9


def test_the_batches_are_dev_files_only(study: ModuleType) -> None:
    names = [n for files in study.BATCHES.values() for n in files]
    assert names and not any("held" in n for n in names)
