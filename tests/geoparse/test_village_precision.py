"""Round 36: a village placed at an approximate point says so (ACLED precision 2 and an uncertainty in km)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.assemble import as_location
from eventwire.export.acled import row
from eventwire.export.geojson import feature
from eventwire.geoparsing import STOOD_IN_KM, TOLD_POINT, Geoparser
from eventwire.model import Location, PlaceMention

_TEXT = ("Russian forces shelled Bakhmut, Soledar and Siversk on Tuesday. Ukrainian troops held positions near "
         "Kramatorsk and Sloviansk.\n\nRussian forces seized Stryapivka, northeast of Bakhmut, on June 3.\n")


def test_the_fallback_mention_carries_its_rows_radius() -> None:
    (m,) = [m for m in Geoparser().parse(_TEXT) if m.text == "Stryapivka"]
    assert m.feature_code == TOLD_POINT and m.geonameid is None
    assert m.radius_km is not None and m.radius_km >= 8  # the table's smallest radius
    # A record's own point carries none.
    assert all(m.radius_km is None for m in Geoparser().parse(_TEXT) if m.geonameid is not None)


def test_the_event_location_is_precision_2_and_the_acled_row_says_so() -> None:
    events = extract(_TEXT, published=date(2025, 6, 6))
    (ev,) = [e for e in events if e.location and e.location.name == "Stryapivka"]
    loc = ev.location
    assert loc is not None and loc.precision == 2 and loc.uncertainty_km is not None and loc.uncertainty_km >= 8
    acled = row(ev, 0)
    assert acled is not None and acled["geo_precision"] == 2
    geo = feature(ev)
    assert geo is not None and geo["properties"]["geo_precision"] == 2
    # A town the gazetteer holds keeps precision 1 and no uncertainty.
    town = next(e.location for e in events if e.location and e.location.name == "Bakhmut")
    assert town.precision == 1 and town.uncertainty_km is None


def test_as_location_rules() -> None:
    base = {"start": 0, "end": 5, "text": "Zorya", "lat": 47.0, "lon": 33.0, "country_code": "UA",
            "feature_class": "P", "feature_code": TOLD_POINT}
    assert as_location(PlaceMention(**base)).precision == 1  # a point the text states ("at 47°N 33°E")
    near = as_location(PlaceMention(**base, radius_km=STOOD_IN_KM))
    assert (near.precision, near.uncertainty_km) == (2, STOOD_IN_KM)
    # A record's point keeps its own precision even if a radius was carried over from an earlier reading.
    rec = as_location(PlaceMention(**{**base, "feature_code": "PPL"}, geonameid=1, radius_km=20.0))
    assert (rec.precision, rec.uncertainty_km) == (1, None)


def test_stored_json_without_the_field_still_loads() -> None:
    old = {"name": "Kyiv", "geonameid": 703448, "lat": 50.45, "lon": 30.52, "precision": 1}
    assert Location.model_validate(old).uncertainty_km is None
    assert PlaceMention.model_validate({"start": 0, "end": 4, "text": "Kyiv"}).radius_km is None


def test_a_stood_in_village_carries_the_stand_in_radius() -> None:
    # Fedorivka, which the tables lack, stands in at Tsirkuny's point (round 31): near it, not at it.
    text = ("Shelling of Kharkiv went on. On Friday Ukrainian troops recaptured Fedorivka, Ukrainka, Shestakovo, "
            "Peremoha, and Tsirkuny.")
    ms = {m.text: m for m in Geoparser().parse(text)}
    assert (ms["Fedorivka"].geonameid, ms["Fedorivka"].radius_km) == (None, STOOD_IN_KM)
    assert ms["Tsirkuny"].radius_km is None
