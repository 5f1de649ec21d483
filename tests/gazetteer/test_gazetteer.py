"""The offline gazetteer: folding, names and spellings, loading speed."""

from __future__ import annotations

import time

from eventwire.gazetteer import Gazetteer, gazetteer_info, index_path, load_gazetteer, lookup
from eventwire.gazetteer.normalize import fold, name_key


def test_fold_keeps_length_and_strips_accents() -> None:
    text = "Qaţanā “Kyiv”\u2002Łódź"
    assert len(fold(text)) == len(text)
    assert fold(text) == "qatana \"kyiv\" lodz"
    assert name_key("  Donetsk\u2002 Oblast ") == "donetsk oblast"


def test_spellings_resolve_to_the_same_place() -> None:
    for name in ("Kyiv", "Kiev", "Київ"):
        assert 703448 in [r["geonameid"] for r in lookup(name)], name
    assert any(r["name"] == "Kharkiv" for r in lookup("Kharkov"))


def test_units_bases_and_countries() -> None:
    syria = lookup("Syria")[0]
    assert (syria["geonameid"], syria["feature_code"]) == (163843, "PCLI")
    oblast = lookup("Donetsk Oblast")
    assert oblast and oblast[0]["feature_code"] == "ADM1" and oblast[0]["country_code"] == "UA"
    olenya = lookup("Olenya air base")[0]
    assert olenya["feature_code"] == "AIRB" and olenya["geonameid"] is None
    assert any(r["feature_code"] == "ADM2" and r["admin1"] == "US.TX" for r in lookup("Dallas County"))


def test_index_loads_fast_and_reports_info() -> None:
    load_gazetteer()  # builds on first use
    t0 = time.perf_counter()
    gz = Gazetteer.load(index_path())
    assert time.perf_counter() - t0 < 2.0
    assert len(gz) > 200_000
    info = gazetteer_info()
    assert info["feature_codes"]["PCLI"] > 200 and info["feature_codes"]["ADM1"] > 3000
