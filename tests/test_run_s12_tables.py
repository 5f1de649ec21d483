"""Session 12: a table generated from the gazetteer records the input hash it was built against, and is no input."""

from __future__ import annotations

from eventwire.gazetteer import build
from eventwire.gazetteer.sources import data_file


def test_the_recorded_hash_is_read_from_header_lines_only() -> None:
    assert build.built_against(b"# made by a tool\n# gazetteer input hash: 0a1b2c3d4e5f\nKyiv\t50.45\n") == "0a1b2c3d4e5f"
    assert build.built_against(b"# a curated file\nKyiv\t50.45\n# gazetteer input hash: 0a1b2c3d4e5f\n") is None
    assert build.built_against(b"Kyiv\t50.45\n") is None


def test_the_village_table_records_a_hash_and_is_not_hashed_as_an_input() -> None:
    recorded = build.built_against(data_file("katottg_villages.tsv").read_bytes())
    assert recorded is not None and len(recorded) == 12
    assert build.stale_tables(current=recorded) == []
    notes = build.stale_tables(current="000000000000")
    assert len(notes) == 1 and notes[0].startswith(f"katottg_villages.tsv was built against gazetteer inputs {recorded}")
