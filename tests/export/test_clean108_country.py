"""One table of ACLED country names: the ACLED export's country column and the country in actor names."""

from __future__ import annotations

from datetime import date

import pycountry

from eventwire.components.actors import acled_country, country_name, forces_name, police_name
from eventwire.export.acled import row
from eventwire.model import DateSpan, Event, Location

DAY = DateSpan(start=date(2024, 5, 1), end=date(2024, 5, 1))


def _row(cc: str, event_type: str = "Protests", sub: str = "Peaceful protest") -> dict:
    place = Location(name="Town", lat=1.0, lon=1.0, country_code=cc)
    out = row(Event(id="e", event_type=event_type, sub_event_type=sub, date=DAY, location=place), 0)
    assert out is not None
    return out


def test_the_country_column_spells_countries_as_acled_does() -> None:
    # GeoNames' "The Netherlands" was written to the export, ACLED writes "Netherlands".
    assert [_row(cc)["country"] for cc in ("CI", "NL", "US", "PS", "TL")] == [
        "Ivory Coast", "Netherlands", "United States", "Palestine", "East Timor"]


def test_the_unnamed_crowd_carries_the_country_columns_name() -> None:
    got = _row("NL")
    assert (got["actor1"], got["country"]) == ("Protesters (Netherlands)", "Netherlands")
    assert _row("US")["actor1"] == "Protesters (United States)"


def test_actor_names_use_the_same_names_with_the_for_us_and_uk() -> None:
    # pycountry's "Côte d'Ivoire" was in actor names while the country column said "Ivory Coast".
    assert forces_name("CI") == "Military Forces of Ivory Coast"
    assert police_name("TL") == "Police Forces of East Timor"
    assert forces_name("US", date(2024, 5, 1)).startswith("Military Forces of the United States")
    assert country_name("GB") == "the United Kingdom" and acled_country("GB") == "United Kingdom"


def test_actor_names_and_the_country_column_agree_on_every_code() -> None:
    for c in pycountry.countries:
        assert country_name(c.alpha_2).removeprefix("the ") == acled_country(c.alpha_2) != ""
    assert acled_country("BQ") == acled_country("BQ").strip()  # GeoNames' name ends in a space
    assert (country_name("ZZ"), acled_country("ZZ"), acled_country(None)) == ("ZZ", "", "")
