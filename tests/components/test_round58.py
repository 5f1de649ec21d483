"""Round 58: ISW front reports: an offset told once for a pair of villages places both."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import haversine_km, is_violent

_DAY = date(2022, 7, 26)


def _clashes(text: str) -> dict[str, tuple[float, float]]:
    return {e.location.name or "": (e.location.lat, e.location.lon) for e in extract(text, published=_DAY)
            if is_violent(e) and e.location is not None and e.location.lat is not None
            and e.location.lon is not None}


def test_both_about_places_the_first_village_of_the_pair() -> None:
    got = _clashes("The General Staff said Russian troops tried to assault Novoselivka and Ivanivka, both about 30 km "
                   "north of Kramatorsk.")
    assert set(got) == {"Novoselivka", "Ivanivka"}
    told = (48.99, 37.56)  # 30 km north of Kramatorsk; both names have namesakes across Ukraine
    for lat, lon in got.values():
        assert haversine_km(lat, lon, *told) <= 15


def test_an_offset_for_one_village_does_not_move_the_one_before_it() -> None:
    got = _clashes("Russian forces attacked Lyman and Dolyna, about 20 km northwest of Slovyansk, on July 26.")
    assert "Lyman" in got
    assert haversine_km(*got["Lyman"], 48.99, 37.80) < 10  # Lyman keeps its own reading


def test_both_after_a_hyphen_is_no_part_of_the_name() -> None:
    got = _clashes("Russian troops tried and failed to advance around Zalizne and Kurdiumivka-both 15km southwest of "
                   "Bakhmut.")
    assert "Kurdiumivka-both" not in got and "Kurdiumivka" in got


def _kinds(text: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.sub_event_type, e.location.name if e.location else None)
                  for e in extract(text, published=_DAY) if is_violent(e))


def test_counterattacks_a_strike_aims_to_suppress_are_no_clash() -> None:
    got = _kinds("Russian aircraft conducted an airstrike on Husarivka, likely in an effort to stymie Ukrainian "
                 "counterattacks nearby.")
    assert got == [("Air/drone strike", "Husarivka")]


def test_shelling_to_restrain_counterattacks_is_shelling_alone() -> None:
    got = _kinds("Russian forces shelled Husarivka and Chepil, likely to restrain Ukrainian counterattacks.")
    assert {sub for sub, _ in got} == {"Shelling/artillery/missile attack"}


def test_counterattacks_told_as_done_are_still_clashes() -> None:
    got = _kinds("Ukrainian forces conducted counterattacks near Husarivka on July 26.")
    assert ("Armed clash", "Husarivka") in got


def test_fire_returned_to_suppress_artillery_strikes_is_still_coded() -> None:
    got = _kinds("Russian forces returned fire in Kherson Oblast to suppress Ukrainian artillery strikes.")
    assert got == [("Shelling/artillery/missile attack", "Kherson Oblast")]


def test_a_city_district_is_placed_at_the_city_and_its_list_goes_on() -> None:
    got = _kinds("Russian troops fired artillery at the Industrialnyi and Nemyshlianskyi districts of Kharkiv City, "
                 "Tsyrkuny, and Chuhuiv.")
    assert got == [("Shelling/artillery/missile attack", p) for p in ("Chuhuyiv", "Kharkiv", "Tsyrkuny")]


def test_fire_on_the_districts_of_a_city_is_shelling() -> None:
    got = _kinds("Russian forces continued to fire on the Kholodnohirskyi and Shevchenkivskyi districts of Kharkiv "
                 "City and Chuhuiv.")
    assert got == [("Shelling/artillery/missile attack", p) for p in ("Chuhuyiv", "Kharkiv")]


def test_a_town_raion_keeps_the_town() -> None:
    # Enerhodar is a city under 100,000, so this rule (not geoparsing's district_city) decides: Vasylivka is a town.
    assert _kinds("Russian forces shelled the Vasylivka district of Enerhodar.") == [
        ("Shelling/artillery/missile attack", "Vasylivka")]


def test_counterattacks_told_after_a_verb_of_failure_are_clashes() -> None:
    got = _kinds("Russian forces struggled to slow Ukrainian counterattacks near Kherson on July 25.")
    assert got == [("Armed clash", "Kherson")]
