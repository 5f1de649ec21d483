"""Admin-1 records carry the name English news uses ("Kyiv Oblast"), not GeoNames' older or local one ("Kiev")."""

from __future__ import annotations

from eventwire.gazetteer import load_gazetteer, lookup
from eventwire.geoparsing import Geoparser


def _unit(code: str) -> int:
    return load_gazetteer().admin_idx[code]


def test_ukrainian_oblasts_are_named_as_oblasts():
    gz = load_gazetteer()
    assert gz.record(_unit("UA.13")).name == "Kyiv Oblast"  # GeoNames: "Kiev"
    assert gz.record(_unit("UA.07")).name == "Kharkiv Oblast"  # GeoNames: "Kharkivs’ka Oblast’"
    assert gz.record(_unit("UA.17")).name == "Odesa Oblast"  # GeoNames: "Odessa"
    rec = gz.record(_unit("UA.13"))
    assert rec.geonameid == 703446 and abs(rec.lat - 50.0) < 1.0  # the id and the point stay


def test_other_countries_keep_their_names_and_their_accents():
    gz = load_gazetteer()
    assert gz.record(_unit("SE.24")).name == "Västernorrland"  # not the ASCII table's "Vaesternorrland"
    assert gz.record(_unit("FR.11")).name == "Île-de-France"
    assert gz.record(_unit("US.NY")).name == "New York"
    assert gz.record(_unit("LB.04")).name == "Beirut"  # the curated English name, not "Beyrouth"
    assert gz.record(_unit("RU.13")).name == "Chelyabinsk Oblast"
    # Russian-adjective forms like "Kharkivs’ka Oblast’" (admin1_names.tsv): the English names.
    assert gz.record(_unit("RU.42")).name == "Leningrad Oblast"  # GeoNames: "Leningradskaya Oblast'"
    assert gz.record(_unit("KZ.04")).name == "Aktobe Region"  # GeoNames: "Aktyubinskaya Oblast’"


def test_mentions_and_lookup_show_the_oblast_name():
    text = "Shelling was reported across Kyiv Oblast on Monday."
    m = Geoparser().parse(text)
    oblast = [p for p in m if p.geonameid == 703446]
    assert oblast and oblast[0].name == "Kyiv Oblast"
    assert "Kyiv Oblast" in [r["name"] for r in lookup("Kiev")]


def test_an_event_at_the_oblast_is_recorded_as_kyiv_oblast():
    from datetime import date

    from eventwire.api import extract

    events = extract("Russian drones struck Kyiv Oblast overnight, killing two people, the governor said.",
                     published=date(2025, 6, 6))
    locs = [e.location for e in events if e.location is not None and e.location.geonameid == 703446]
    assert locs and locs[0].name == "Kyiv Oblast" and locs[0].admin1 == "Kyiv Oblast"  # the map shows this name
