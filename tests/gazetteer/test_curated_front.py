"""The generated table of front-line villages (curated_front.tsv) and the script that writes it. Sentences and
phrases written for these tests (place facts only)."""

from __future__ import annotations

from types import ModuleType

import pytest

from eventwire.gazetteer import haversine_km, load_gazetteer
from eventwire.gazetteer.sources import data_file
from eventwire.geoparsing import Geoparser
from eventwire.model import PlaceMention

TABLE = data_file("curated_front.tsv")
KLISHCHIIVKA = (48.550, 37.932)


def _rows() -> list[list[str]]:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return haversine_km(*a, *b)


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def test_table_parses_and_says_how_it_was_made() -> None:
    head = TABLE.read_text(encoding="utf-8").split("\n", 6)
    assert "benchmarks/front_villages.py" in head[0] and "held-aside" in head[1]
    rows = _rows()
    assert len(rows) > 100
    for r in rows:
        assert len(r) == 10 and r[3:6] == ["UA", "P", "PPL"] and r[7] == ""
        assert r[9] in ("", "Donetsk", "Luhansk", "Kharkiv", "Kherson", "Zaporizhia", "Odesa", "Mykolaiv",
                        "Dnipropetrovsk", "Sumy", "Chernihiv", "Kyiv"), r[0]  # ISW's own oblast, when a phrase names it
        lat, lon = float(r[1]), float(r[2])
        assert 44.0 < lat < 52.5 and 22.0 < lon < 40.5, r[0]  # inside Ukraine's box
        assert r[8].startswith("ISW offset phrases: ") and "spread" in r[8]
    # Checked by hand: no river, region, island or misspelt town slipped in.
    names = {r[0] for r in rows}
    assert not names & {"Donets River", "Crimea", "Potemkin Island", "Luhansk City", "Nova Kakhkovka", "Makiivka"}


def test_generated_villages_are_indexed_at_their_points() -> None:
    gz = load_gazetteer()
    for name, point in (("Pavlivka", (47.720, 37.330)), ("Zelenopillia", (48.477, 37.999)),
                        ("Paraskoviivka", (48.66, 38.013)), ("Pytomnyk", (50.117, 36.255))):
        assert any(_km((gz.lat[i], gz.lon[i]), point) < 1 for i in gz.candidates(name)), name


def _one(gp: Geoparser, text: str, name: str) -> PlaceMention:
    found = [m for m in gp.parse(text) if m.text == name]
    assert len(found) == 1, (name, found)
    return found[0]


def test_front_villages_resolve_in_a_war_report(gp: Geoparser) -> None:
    m = _one(gp, "Russian forces attacked Ukrainian positions near Pavlivka and Vuhledar on Monday.", "Pavlivka")
    assert m.lat is not None and m.lon is not None and _km((m.lat, m.lon), (47.736, 37.353)) < 5
    # ISW's misspelling sits at the known village's point (Klishchiivka, southwest of Bakhmut).
    m = _one(gp, "Russian forces attacked Klyshchiivka and Bakhmut overnight.", "Klyshchiivka")
    assert m.lat is not None and m.lon is not None and _km((m.lat, m.lon), KLISHCHIIVKA) < 1


def test_held_aside_reports_are_listed_from_the_gold(fv: ModuleType) -> None:
    held = fv.held_reports()
    assert len(held) >= 8 and "March_23_2022.txt" in held and "December_05_2022.txt" in held


def test_phrase_pattern_and_projection(fv: ModuleType) -> None:
    m = fv.PHRASE.search("Russian forces attacked Dibrova, Luhansk Oblast (approximately 5km southwest of Kreminna).")
    assert m is not None and m.group(1) == "Dibrova" and m.group(2) == "Luhansk" and m.group(7) == "Kreminna"
    m = fv.PHRASE.search("near Zalyman (20-25km southeast of Balakliia) on Tuesday")
    assert m is not None and (m.group(3), m.group(4), m.group(5)) == ("20", "25", "southeast")
    m = fv.LIST.search("attacks on Hryhorivka, Serebrianka, and Bilohorivka, all about 10km south of Kreminna.")
    assert m is not None and fv._SPLIT.split(m.group(1)) == ["Hryhorivka", "Serebrianka", "Bilohorivka"]
    assert m.groups()[-5:] == ("10", None, "south", None, "Kreminna")
    lat, lon = fv.project(48.0, 37.0, 10.0, 0.0)  # 10 km due north
    assert abs(lat - 48.0899) < 0.001 and abs(lon - 37.0) < 1e-9


def test_projections_must_agree(fv: ModuleType) -> None:
    def hit(lat: float, lon: float) -> object:
        return fv.Hit(lat, lon, "r.txt", "words", "")

    # Two phrases 3 km apart agree; a lone phrase 60 km away is a conflicting reading and is dropped.
    groups = fv.clusters([hit(48.60, 38.00), hit(48.62, 38.02), hit(49.10, 38.40)])
    assert sorted(len(g) for g in groups) == [1, 2]
    assert [len(g) for g in fv.agreed(groups)] == [2]
    # Two lone phrases 60 km apart: neither stands.
    assert fv.agreed(fv.clusters([hit(48.60, 38.00), hit(49.10, 38.40)])) == []
    # One phrase and nothing else: it stands.
    assert len(fv.agreed(fv.clusters([hit(48.60, 38.00)]))) == 1
    # Two agreed groups 15 km apart are one village measured loosely: the bigger stands.
    big = [hit(49.19, 38.00), hit(49.19, 38.01), hit(49.20, 38.00)]
    small = [hit(49.05, 37.91), hit(49.05, 37.92)]
    assert fv.agreed(fv.clusters(big + small)) == [fv.clusters(big)[0]]


def test_isw_misspellings_of_towns_are_aliases(gp: Geoparser) -> None:
    # aliases.tsv: ISW's "Zaprozhya", "Huliapole", "Henichensk" were read as the country only.
    found = {m.text: (m.name, m.admin1) for m in gp.parse(
        "Russian forces held positions south of Zaprozhya and shelled Huliapole and Henichensk on Monday.")}
    assert found["Zaprozhya"] == ("Zaporizhzhia Oblast", "Zaporizhzhia Oblast")  # the oblast, now named so
    assert found["Huliapole"] == ("Hulyaypole", "Zaporizhzhia Oblast")
    assert found["Henichensk"] == ("Henichesk", "Kherson Oblast")
