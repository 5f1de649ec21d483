"""Onshore oil and gas fields, terminals and refineries of conflict zones (curated_oil.tsv) and the lower-case "oil
field" / "gas field" / "refinery" / "terminal" tails that close their names. Sentences written for these tests."""

from __future__ import annotations

import pytest
from geo_helpers import km as _km

from eventwire.gazetteer import load_gazetteer
from eventwire.gazetteer.sources import data_file, tsv_rows
from eventwire.geoparsing import Geoparser
from eventwire.model import PlaceMention

_CODES = {"OILF": "L", "PRT": "S", "OILR": "S"}


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _site(gp: Geoparser, text: str) -> PlaceMention:
    """The one oil site the text names."""
    hits = [m for m in gp.parse(text) if m.feature_code in _CODES]
    assert len(hits) == 1, (text, hits)
    return hits[0]


def test_every_row_parses_with_a_point_a_country_and_a_site_code() -> None:
    gz = load_gazetteer()
    countries = {gz.cc[i] for i in range(len(gz)) if gz.fcode[i] == "PCLI"}
    rows = list(tsv_rows(data_file("curated_oil.tsv")))
    assert 30 <= len(rows) <= 60
    for row in rows:
        names = row[0].split("|")
        assert all(n.strip() == n and n for n in names), row[0]
        lat, lon = float(row[1]), float(row[2])
        assert -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0, 0), row[0]
        assert row[3] in countries, row[0]
        assert _CODES.get(row[5]) == row[4], row[0]
        assert row[7] == "" and "approximate" in row[8], row[0]


def test_a_stated_admin1_unit_is_found_for_every_row_that_names_one() -> None:
    gz = load_gazetteer()
    for row in tsv_rows(data_file("curated_oil.tsv")):
        if len(row) > 9 and row[9]:
            ids = [i for i in gz.candidates(row[0].split("|")[0]) if gz.fcode[i] == row[5]]
            assert ids and gz.record(ids[0]).admin1, row[0]


@pytest.mark.parametrize(("name", "cc", "lat", "lon"), [
    ("Sharara oil field", "LY", 26.5, 12.2),
    ("Khor Mor gas field", "IQ", 35.0, 44.8),
    ("Heglig", "SD", 10.0, 29.4),
    ("Es Sider", "LY", 30.6, 18.4),
    ("Jaili refinery", "SD", 16.0, 32.6),
])
def test_lookup_finds_the_site(name: str, cc: str, lat: float, lon: float) -> None:
    gz = load_gazetteer()
    recs = [gz.record(i) for i in gz.candidates(name)]
    assert any(r.country_code == cc and abs(r.lat - lat) < 0.5 and abs(r.lon - lon) < 0.5 for r in recs), recs


@pytest.mark.parametrize(("text", "cc", "lat", "lon"), [
    # "X gas field": a lower-case fuel word between the name and its tail.
    ("A drone struck the Khor Mor gas field in northern Iraq on Wednesday.", "IQ", 35.05, 44.8),
    # "X oil field" where bare X is a given name: only the field form names it.
    ("Gunmen attacked the al-Omar oil field in eastern Syria on Thursday.", "SY", 34.95, 40.55),
    # "X oilfield" in a unit it lies in.
    ("Tribesmen shut the Sharara oilfield in southern Libya on Sunday.", "LY", 26.55, 12.25),
    ("The army retook the Heglig oil field in West Kordofan on Monday.", "SD", 9.98, 29.4),
    # "X refinery" where bare X is an English word.
    ("A drone hit the Safer refinery in Marib on Monday.", "YE", 15.8, 45.7),
    ("Protesters blocked the Bashayer terminal south of Port Sudan.", "SD", 19.4, 37.3),
])
def test_a_named_site_resolves_there(gp: Geoparser, text: str, cc: str, lat: float, lon: float) -> None:
    m = _site(gp, text)
    assert m.country_code == cc and _km(m, lat, lon) < 15


@pytest.mark.parametrize("text", [
    "Omar Khalid met Wafa Ahmed in Cairo on Monday.",
    "It was safer to close the plant, Conoco officials said in Houston.",
    "Amal and Majnoon were sentenced in Baghdad on Monday.",
    "The refinery in Houston restarted after the gas leak.",
])
def test_given_names_words_and_companies_stay_no_site(gp: Geoparser, text: str) -> None:
    assert all(m.feature_code not in _CODES for m in gp.parse(text))
