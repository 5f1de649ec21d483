"""A village read far from every small town of its own clause takes the namesake beside them (coher201)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.assemble_namesake import loaded_gazetteer, namesake_beside
from eventwire.model import PlaceMention


def _places(text: str, day: date) -> list[tuple[str | None, str | None, float, float]]:
    """(place name, admin-1, lat, lon rounded to 0.1) of each violent event coded for the text."""
    return [(e.location.name, e.location.admin1, round(e.location.lat or 0.0, 1), round(e.location.lon or 0.0, 1))
            for e in extract(text, published=day) if e.event_type is not None and e.location is not None]


def test_a_listed_village_leaves_the_reports_other_namesake_for_its_clause() -> None:
    # The report's first Andriivka lies by Bakhmut; the list of the second sentence keeps to the Inhulets front.
    got = _places("Russian forces attacked Andriivka and Klishchiivka south of Bakhmut on August 20.\n"
                  "Russian forces launched airstrikes on Andriivka, Bila Krynytsya, and Velyke Artakove on "
                  "August 21.", date(2022, 8, 21))
    assert ("Andriivka", "Kherson Oblast", 47.2, 33.1) in got
    assert not any(name == "Andriivka" and a1 == "Donetsk Oblast" for name, a1, _, _ in got)


def test_two_namesakes_in_one_report_are_read_by_their_own_clauses() -> None:
    got = _places("Russian forces continued ground assaults near Klishchiivka and Opytne south of Bakhmut on "
                  "October 31.\nA Russian milblogger claimed that fighting continued in Pervomaiske and Vodyane and "
                  "near Opytne on October 31.", date(2022, 11, 1))
    opytne = {(lat, lon) for name, _, lat, lon in got if name == "Opytne"}
    assert opytne == {(48.6, 38.0), (48.1, 37.7)}


def test_a_village_beside_its_clause_mates_keeps_its_reading() -> None:
    got = _places("Russian forces attacked Andriivka and Klishchiivka south of Bakhmut on August 20.\n"
                  "Russian forces launched airstrikes on Andriivka and Klishchiivka on August 21.",
                  date(2022, 8, 21))
    assert ("Andriivka", "Donetsk Oblast", 48.5, 38.0) in got


def _at(name: str, lat: float, lon: float, admin1: str) -> PlaceMention:
    return PlaceMention(start=0, end=len(name), text=name, name=name, lat=lat, lon=lon, country_code="UA",
                        admin1=admin1, feature_class="P", feature_code="PPL", population=500)


def test_a_far_list_item_is_read_as_its_namesake_beside_the_lists_core() -> None:
    # A list on the Inhulets front: the Lozove west of Donetsk City is no item of it (assemble_list._coherent).
    core = [_at("Bila Krynytsya", 47.35, 33.20, "Kherson Oblast"), _at("Andriivka", 47.17, 33.14, "Kherson Oblast")]
    alt = namesake_beside(loaded_gazetteer(), _at("Lozove", 48.06, 37.59, "Donetsk Oblast"), core)
    assert alt is not None and alt.admin1 == "Kherson Oblast"
    assert alt.lat is not None and alt.lon is not None and abs(alt.lat - 47.18) < 0.1 and abs(alt.lon - 33.16) < 0.1


def test_a_far_list_item_with_no_namesake_beside_the_core_is_left_out() -> None:
    core = [_at("Bila Krynytsya", 47.35, 33.20, "Kherson Oblast"), _at("Andriivka", 47.17, 33.14, "Kherson Oblast")]
    assert namesake_beside(loaded_gazetteer(), _at("Avdiivka", 48.14, 37.75, "Donetsk Oblast"), core) is None
