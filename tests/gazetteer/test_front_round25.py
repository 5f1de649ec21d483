"""Round 25: front-line namesakes of common and shared names, chains through the table, misspelt anchors (the
generator benchmarks/front_villages.py and the rows it wrote). Points are place facts; phrases written for the tests."""

from __future__ import annotations

from types import ModuleType

import pytest

from eventwire.gazetteer import haversine_km, load_gazetteer
from eventwire.gazetteer.sources import data_file


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return haversine_km(*a, *b)


@pytest.fixture(scope="module")
def front(fv: ModuleType) -> object:
    return fv.Front()


def _hit(fv: ModuleType, lat: float, lon: float) -> object:
    return fv.Hit(lat, lon, "r.txt", "words", "")


def test_a_shared_name_needs_several_phrases_to_lie_closer(fv: ModuleType) -> None:
    one, two = [_hit(fv, 48.6, 38.0)], [_hit(fv, 48.6, 38.0), _hit(fv, 48.61, 38.0)]
    # One bearer: only a reading over 100 km off makes the village missing (phrases can all be loose).
    assert fv._far_km(two, common=False, shared=False) == fv.FAR_KM
    # Two or more bearers: several agreeing phrases over 25 km from each reading name another namesake.
    assert fv._far_km(two, common=False, shared=True) == fv.NAMESAKE_KM
    assert fv._far_km(one, common=False, shared=True) == fv.FAR_KM
    # A common name (eight or more bearers): one phrase is enough.
    assert fv._far_km(one, common=True, shared=True) == fv.NAMESAKE_KM


def test_a_lone_phrase_of_a_common_name_stands_beside_other_namesakes(fv: ModuleType) -> None:
    groups = fv.clusters([_hit(fv, 46.63, 32.16), _hit(fv, 48.70, 38.16)])
    assert fv.agreed(groups) == []  # default: two lone phrases that disagree, neither stands
    assert len(fv.agreed(groups, lone=True)) == 2  # a common name: they are two villages
    assert fv.agreed(groups, lone=False) == []


def test_common_namesakes_near_the_front_are_indexed() -> None:
    gz = load_gazetteer()
    # Oleksandrivka west of Kherson and Mykolaivka northeast of Bakhmut: cities500 holds other villages of the names.
    for name, point in (("Oleksandrivka", (46.634, 32.158)), ("Mykolaivka", (48.702, 38.163)),
                        ("Kyselivka", (46.747, 32.454)), ("Krasnohorivka", (48.162, 37.802))):
        assert any(_km((gz.lat[i], gz.lon[i]), point) < 1 for i in gz.candidates(name)), name
    # "Vodyane" is only another spelling of the Vodiane records: a row of that main name would take their mentions.
    assert not any(r.startswith("Vodyane\t") for r in data_file("curated_front.tsv").read_text(
        encoding="utf-8").splitlines())
    notes = {r.split("\t")[0]: r.split("\t")[8] for r in data_file("curated_front.tsv").read_text(
        encoding="utf-8").splitlines() if r.startswith(("Kyselivka\t", "Razdolne\t", "Osokorivka\t"))}
    assert "a shared name, several phrases" in notes["Kyselivka"]
    assert "(read Nova Kakhovka)" in notes["Razdolne"]  # measured from a misspelt town
    assert "(a village of this table)" in notes["Osokorivka"]  # measured from a village placed by a phrase


def test_misspelt_anchors_read_as_the_close_town(front: object) -> None:
    assert front.misspelt("Bakhumt") == "Bakhmut"  # type: ignore[attr-defined]
    assert front.misspelt("Tomak") == "Tokmak"  # type: ignore[attr-defined]
    assert front.misspelt("Kupyansk-") is None  # type: ignore[attr-defined]  # Kupyansk-Vuzlovyi is another town
    assert front.misspelt("Qwertyivka") is None  # type: ignore[attr-defined]


def test_a_table_village_anchors_a_phrase_only_when_the_gazetteer_lacks_it(front: object) -> None:
    f = front
    f.chain = {"Testivka Nova": (47.0, 33.0), "Bakhmut": (10.0, 10.0)}  # type: ignore[attr-defined]
    try:
        assert f.anchor("Testivka Nova") == (47.0, 33.0, "")  # type: ignore[attr-defined]
        lat, lon, _ = f.anchor("Bakhmut")  # type: ignore[attr-defined]
        assert _km((lat, lon), (48.595, 38.0)) < 5  # the town itself, not the chained point
    finally:
        f.chain = {}  # type: ignore[attr-defined]


def test_respectively_appositive_and_cut_names(fv: ModuleType) -> None:
    text = ("Russian units pulled out of Semihirya and Dolomitne (15 and 18km southeast of Bakhmut, respectively). "
            "They seized Horobivka, a village in northeastern Kharkiv Oblast about 16km northeast of Kupyansk, "
            "and struck Zaitseve and Vershyna—villages approximately 10 km southeast of Bakhmut. They entered "
            "Rai-Oleksandrivka and Loskutivka, both 10 km south of Lysychansk, plus Ishchenka-Bezvodne (8km southeast "
            "of Davydiv Brid).")
    found = {(tuple(n), o, off[0], off[2], off[4]) for n, o, off, _ in fv._found(text)}
    assert found == {
        (("Semihirya",), None, "15", "southeast", "Bakhmut"), (("Dolomitne",), None, "18", "southeast", "Bakhmut"),
        (("Horobivka",), "Kharkiv", "16", "northeast", "Kupyansk"),
        (("Zaitseve", "Vershyna"), None, "10", "southeast", "Bakhmut"),
        (("Loskutivka",), None, "10", "south", "Lysychansk"),  # not "Oleksandrivka", nor "Bezvodne"
    }
    # "Ishchenka-Bezvodne" pairs two villages when the first part is one (Bezvodne lies just east of Ishchenka).
    pair = fv._found("They attacked Ishchenka-Bezvodne (8km southeast of Davydiv Brid).", lambda w: w == "Ishchenka")
    assert [(n, off[4]) for n, _, off, _ in pair] == [(["Bezvodne"], "Davydiv Brid")]
    # Three names and two distances: no pairing.
    assert fv._found("Semihirya, Dolomitne and Zaitseve (15 and 18km southeast of Bakhmut, respectively)") == []
