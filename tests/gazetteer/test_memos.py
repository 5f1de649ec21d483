"""The gazetteer's per-record and per-key memos return what the columns hold, and callers own their lists."""

from __future__ import annotations

from eventwire.gazetteer import load_gazetteer


def test_record_memo_equals_the_columns() -> None:
    gz = load_gazetteer()
    i = gz.candidates("Kharkiv")[0]
    rec = gz.record(i)
    assert gz.record(i) is rec  # built once
    assert (rec.name, rec.lat, rec.lon, rec.country_code, rec.population) == (
        gz.display_name(i), float(gz.lat[i]), float(gz.lon[i]), gz.cc[i], int(gz.pop[i]))


def test_key_candidates_are_fresh_lists() -> None:
    gz = load_gazetteer()
    first = gz.candidates("Kharkiv")
    assert first
    first.clear()  # a caller's change does not reach the memo
    assert gz.candidates("Kharkiv")
    assert gz.candidates("Kharkiv") == gz._flat[gz._off[gz.automaton.get("kharkiv")]:
                                                 gz._off[gz.automaton.get("kharkiv") + 1]].tolist()
