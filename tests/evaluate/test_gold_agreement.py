"""Tests for the second-annotator agreement script: its file loads, pairs with the gold, and is scored honestly."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

from eventwire.evaluate.gold import kind_of, location_ok, score_records


def _script() -> ModuleType:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    return importlib.import_module("gold_agreement")


def test_second_annotator_file_pairs_with_the_gold() -> None:
    ga = _script()
    first, second = ga.load_pair()
    isw = [r for r in second if kind_of(r) == "isw"]
    wire = [r for r in second if kind_of(r) == "reuters"]
    assert len(isw) == 8 and len(wire) == 35 and len(second) == 43
    assert [r["id"] for r in first] == [r["id"] for r in second]
    assert sorted(r["split"] for r in isw) == ["dev"] * 4 + ["heldout"] * 4
    # The wire study: all 20 held-aside Reuters stories and the 15 of gold_dev18, labelled a second time.
    assert sorted(r["split"] for r in wire) == ["dev"] * 15 + ["heldout"] * 20
    # The agreement file lies outside the scored gold folder, so the system's gold scores never load it.
    assert ga.AGREE_DIR.parent == ga.GOLD_DIR.parent and ga.AGREE_DIR != ga.GOLD_DIR
    assert all(a["text"] == b["text"] for a, b in zip(first, second, strict=True))
    assert all(r["events"] for r in isw)  # every ISW report tells events; a wire story may tell none


def test_an_annotator_agrees_fully_with_itself_and_counts_add_up() -> None:
    ga = _script()
    first, second = ga.load_pair()
    own = score_records(second, ga.as_extractor(second))
    assert own["event"]["f1"] == 1.0 and own["location_within_25km"]["value"] == 1.0
    res = ga.agreement(first, second)["all"]
    a, b = res["first_as_gold"]["event"], res["second_as_gold"]["event"]
    assert a["tp"] + a["fn"] == sum(len(r["events"]) for r in first)
    assert b["tp"] + b["fn"] == sum(len(r["events"]) for r in second)
    assert 0.0 < a["f1"] <= 1.0 and 0.0 < b["f1"] <= 1.0


def test_agreement_by_kind_splits_the_records_without_losing_any() -> None:
    ga = _script()
    first, second = ga.load_pair()
    kinds = ga.by_kind(first, second)
    assert sorted(kinds) == ["isw", "reuters"]
    both = ga.agreement(first, second)["all"]["first_as_gold"]["event"]
    parts = [kinds[k]["all"]["first_as_gold"]["event"] for k in kinds]
    # Records never pair across kinds, so the per-kind counts add up to the pooled ones.
    assert sum(p["tp"] for p in parts) == both["tp"] and sum(p["fn"] for p in parts) == both["fn"]
    assert sum(p["fp"] for p in parts) == both["fp"]


def test_adapter_gives_points_the_admin1_an_area_gold_needs() -> None:
    ga = _script()
    kherson_city = {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
                    "date": "2022-12-05", "location": {"name": "Kherson", "geonameid": 706448, "lat": 46.63695,
                                                       "lon": 32.61458, "country_code": "UA", "admin1": None}}
    ev = ga.as_event(kherson_city, 0)
    assert ev.location is not None and ev.location.admin1 == "Kherson Oblast"
    oblast = {"location": {"name": "Kherson Oblast", "lat": None, "lon": None, "country_code": "UA",
                           "admin1": "Kherson"}}
    zaporizhzhia = {"location": {"name": "Zaporizhzhia Oblast", "lat": None, "lon": None, "country_code": "UA",
                                 "admin1": "Zaporizhzhia"}}
    assert location_ok(oblast, ev) and not location_ok(zaporizhzhia, ev)
