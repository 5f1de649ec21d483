"""Area-level gold places: the gold's GeoNames admin-1 name and the locations' readable name spell one region."""

from __future__ import annotations

from datetime import date

from evaluate_support import make_event

from eventwire.evaluate.gold import location_ok

DAY = date(2022, 6, 3)
STRIKE = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _gold(admin1: str) -> dict[str, object]:
    return {"location": {"name": f"{admin1} area", "lat": None, "lon": None, "country_code": "UA", "admin1": admin1}}


def test_geonames_admin1_name_matches_the_readable_region() -> None:
    # GeoNames calls Kyiv Oblast "Kiev" and Odesa Oblast "Odessa"; locations carry the readable names.
    assert location_ok(_gold("Kiev"), make_event(*STRIKE, DAY, name="Kiev", cc="UA", admin1="Kyiv Oblast"))
    assert location_ok(_gold("Odessa"), make_event(*STRIKE, DAY, name="Odesa", lat=46.48, lon=30.73, cc="UA",
                                                   admin1="Odesa Oblast"))
    assert location_ok(_gold("Kherson"), make_event(*STRIKE, DAY, name="Kherson", cc="UA", admin1="Kherson Oblast"))


def test_another_region_still_does_not_match() -> None:
    # Kyiv City is its own region, not Kyiv Oblast; nor is another oblast or another country.
    assert not location_ok(_gold("Kiev"), make_event(*STRIKE, DAY, name="Kyiv", cc="UA", admin1="Kyiv City"))
    assert not location_ok(_gold("Odessa"), make_event(*STRIKE, DAY, name="Mykolaiv", cc="UA",
                                                       admin1="Mykolaiv Oblast"))
    assert not location_ok(_gold("Kiev"), make_event(*STRIKE, DAY, name="Kiev", cc="RU", admin1="Kyiv Oblast"))
