"""Sample locations (GeoNames facts) shared by the store and export tests."""

from __future__ import annotations

from eventwire.model import Location

KYIV = Location(
    name="Kyiv",
    geonameid=703448,
    lat=50.4547,
    lon=30.5238,
    country_code="UA",
    admin1="Kyiv City",
    feature_code="PPLC",
    precision=1,
    text="Kyiv",
)
KHARKIV = Location(name="Kharkiv", geonameid=706483, lat=49.9808, lon=36.2527, country_code="UA")
QATANA = Location(name="Qatana", geonameid=170063, lat=33.4372, lon=36.0790, country_code="SY")
