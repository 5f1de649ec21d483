"""The table of seas, mountains, deserts, lakes and world regions (curated_features.tsv)."""

from __future__ import annotations

from eventwire.gazetteer import load_gazetteer
from eventwire.gazetteer.sources import data_file

_CODES = {"H": {"OCN", "SEA", "GULF", "STRT", "CNL", "LK", "LKS"},
          "T": {"MTS", "MT", "DSRT", "PEN", "UPLD", "ISL", "ISLS", "PASS"},
          "L": {"RGN", "PRK"}}


def _rows() -> list[list[str]]:
    lines = data_file("curated_features.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_rows_are_well_formed() -> None:
    rows = _rows()
    assert len(rows) > 100
    seen: set[str] = set()
    for row in rows:
        assert len(row) == 9, row
        names = row[0].split("|")
        assert all(n.strip() == n and n for n in names), row
        assert not seen & set(names), row  # one name, one feature
        seen |= set(names)
        lat, lon = float(row[1]), float(row[2])
        assert -90 <= lat <= 90 and -180 <= lon <= 180
        assert row[5] in _CODES[row[4]], row
        assert row[3].strip() == "" or len(row[3]) == 2
        assert row[6].isdigit()


def test_the_index_holds_the_features() -> None:
    gz = load_gazetteer()
    for name, code in (("Atlas Mountains", "MTS"), ("Urals", "MTS"), ("Indian Ocean", "OCN"), ("Sea of Azov", "SEA"),
                       ("Horn of Africa", "RGN"), ("Golan Heights", "UPLD"), ("Aleutian Islands", "ISLS"),
                       ("Juan Fernandez Islands", "ISLS"), ("Isle of Skye", "ISL")):
        assert any(gz.fcode[i] == code for i in gz.candidates(name)), name
    # Rivers stay out (the parser drops them), and "Bay Area" alone names no place (only the San Francisco one).
    assert not gz.candidates("Nile") and not gz.candidates("Bay Area")
