"""The event-location scorer of the benchmark, on sentences written for eventwire."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

_BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _load(name: str, script: str) -> object:
    """Import a benchmark script as a module (benchmarks/ is no package)."""
    spec = importlib.util.spec_from_file_location(name, _BENCH / script)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


B: Any = _load("bench_geoparse_evloc", "geoparse.py")
E: Any = _load("bench_evloc", "evloc.py")


def _item(i: str, text: str, verb: str, locs: list[str]) -> object:
    v = text.index(verb)
    return B.EventLocationItem(i, text, (v, v + len(verb)), [(text.index(x), text.index(x) + len(x)) for x in locs])


def test_event_location_scorer_counts_right_spans_and_right_nones() -> None:
    items = [
        _item("a", "Shelling killed three people in Kramatorsk on Tuesday.", "killed", ["Kramatorsk"]),
        _item("b", "Rebels attacked a convoy near Aleppo, officials in Damascus said.", "attacked", ["Aleppo"]),
        _item("c", "Gunmen kidnapped two aid workers on Monday.", "kidnapped", []),
    ]
    m = B.score_event_location(items)
    assert m["n"] == 3 and m["accuracy"] == 100.0 and m["precision"] == 1.0 and m["recall"] == 1.0


def test_geoparse_benchmark_uses_the_evloc_module() -> None:
    # `geoparse.py --corpus evloc,evloc-ra` runs the loaders and the scorer of benchmarks/evloc.py
    assert B.EVLOC_LOADERS.keys() == {"evloc", "evloc-ra"}
    assert B.score_event_location.__module__ == "evloc" and B.load_event_location.__module__ == "evloc"


def test_ra_span_takes_token_offsets_else_the_span_text() -> None:
    text = "Gunmen attacked a bus near Quetta."
    toks = [{"start": m, "end": m + len(w)} for m, w in ((0, "Gunmen"), (7, "attacked"), (16, "a"), (18, "bus"),
                                                        (22, "near"), (27, "Quetta"), (33, "."))]
    assert E._ra_span({"token_start": 5, "token_end": 5, "text": "Quetta"}, toks, text) == (27, 33)
    # token ends past the token list (some _RA rows): the span text decides
    assert E._ra_span({"token_start": 9, "token_end": 12, "text": "Quetta"}, toks, text) == (27, 33)
    # offsets that disagree with the span text: the text decides too
    assert E._ra_span({"token_start": 3, "token_end": 3, "text": "bus near"}, toks, text) == (18, 26)
    assert E._ra_span({"token_start": 9, "token_end": 12, "text": "Lahore"}, toks, text) is None


def test_the_verbs_of_one_ra_sentence_share_its_split() -> None:
    ids = [f"AFP_1:Gunmen attacked a bus near Quetta.#{k}" for k in (7, 40, 90)]
    assert len({E.split_of("evloc-ra", i) for i in ids}) == 1
    assert E.split_of("evloc", "x") == B.split_of("evloc", "x")
