"""A village read far from every town of its clause takes the namesake beside the villages listed with it (coher201)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.assemble_namesake import _LIST_GAP, loaded_gazetteer, namesake_beside
from eventwire.model import PlaceMention


def _places(text: str, day: date) -> list[tuple[str | None, str | None, float, float]]:
    """(place name, admin-1, lat, lon rounded to 0.1) of each violent event coded for the text."""
    return [(e.location.name, e.location.admin1, round(e.location.lat or 0.0, 1), round(e.location.lon or 0.0, 1))
            for e in extract(text, published=day) if e.event_type is not None and e.location is not None]


def test_a_listed_village_leaves_the_reports_other_namesake_for_its_list() -> None:
    # The report's first Andriivka lies by Bakhmut; the list of the second sentence keeps to the Inhulets front.
    got = _places("Ukrainian troops held positions around Andriivka and Klishchiivka south of Bakhmut on August 20.\n"
                  "Russian aircraft bombed Bila Krynytsya, Velyke Artakove and Andriivka on August 21.",
                  date(2022, 8, 21))
    assert ("Andriivka", "Kherson Oblast", 47.2, 33.1) in got
    assert not any(name == "Andriivka" and a1 == "Donetsk Oblast" for name, a1, _, _ in got)


def test_two_namesakes_in_one_report_are_read_by_their_own_lists() -> None:
    got = _places("Russian forces kept up ground attacks near Klishchiivka and Opytne south of Bakhmut on October 31.\n"
                  "Russian troops fought in Vodyane and near Opytne on October 31.", date(2022, 11, 1))
    opytne = {(lat, lon) for name, _, lat, lon in got if name == "Opytne"}
    assert opytne == {(48.6, 38.0), (48.1, 37.7)}


def test_a_village_beside_its_clause_mates_keeps_its_reading() -> None:
    got = _places("Ukrainian troops held positions around Andriivka and Klishchiivka south of Bakhmut on August 20.\n"
                  "Russian aircraft bombed Klishchiivka and Andriivka on August 21.", date(2022, 8, 21))
    assert ("Andriivka", "Donetsk Oblast", 48.5, 38.0) in got


def test_a_village_anchored_to_a_city_keeps_the_reading_by_that_city() -> None:
    # The clause's other village lies on another front; "near Bakhmut" says which Andriivka the text means.
    got = _places("Russian forces shelled Bila Krynytsya and struck Andriivka near Bakhmut on Monday.",
                  date(2022, 8, 22))
    assert ("Andriivka", "Donetsk Oblast", 48.5, 38.0) in got
    got = _places("Russian forces attacked near Bila Krynytsya and Lozove (15km west of Donetsk City) on Tuesday.",
                  date(2022, 8, 22))
    assert ("Lozove", "Donetsk Oblast", 48.1, 37.6) in got


def test_a_town_does_not_move_to_a_hamlet_namesake() -> None:
    # Rubizhne is a town of some 55,000; a village of the clause beside a Kharkiv hamlet of that name does not move it.
    got = _places("Russian forces shelled Starytsia and struck Rubizhne near Sievierodonetsk on Tuesday.",
                  date(2022, 5, 22))
    assert ("Rubizhne", "Luhansk Oblast", 49.0, 38.4) in got


def test_two_acts_of_one_clause_are_no_list() -> None:
    # "shelled X on Tuesday and struck Y on Wednesday": two acts; the text had already said which Andriivka.
    got = _places("Russian forces attacked Andriivka south of Bakhmut on Monday.\n"
                  "Russian forces shelled Bila Krynytsya on Tuesday and struck Andriivka on Wednesday.",
                  date(2022, 8, 22))
    assert ("Andriivka", "Donetsk Oblast", 48.5, 38.0) in got


def test_list_gap() -> None:
    assert _LIST_GAP.fullmatch(" and near ")
    assert _LIST_GAP.fullmatch(", Velyke Artakove, and ")
    assert not _LIST_GAP.fullmatch(" on Tuesday and struck ")
    assert not _LIST_GAP.fullmatch(" and struck ")


def _at(name: str, lat: float, lon: float, admin1: str) -> PlaceMention:
    return PlaceMention(start=0, end=len(name), text=name, name=name, lat=lat, lon=lon, country_code="UA",
                        admin1=admin1, feature_class="P", feature_code="PPL", population=500)


def test_a_far_list_item_is_read_as_its_namesake_beside_the_lists_core() -> None:
    # A list on the Inhulets front: the Lozove west of Donetsk City is no item of it (assemble_list._coherent).
    core = [_at("Bila Krynytsya", 47.35, 33.20, "Kherson Oblast"), _at("Andriivka", 47.17, 33.14, "Kherson Oblast")]
    alt = namesake_beside(loaded_gazetteer(), _at("Lozove", 48.06, 37.59, "Donetsk Oblast"), core)
    assert alt is not None and alt.admin1 == "Kherson Oblast"
    assert alt.lat is not None and alt.lon is not None and abs(alt.lat - 47.18) < 0.1 and abs(alt.lon - 33.16) < 0.1
    # The same namesake lies beyond a 1 km reach; mates without coordinates give nothing to move beside.
    assert namesake_beside(loaded_gazetteer(), _at("Lozove", 48.06, 37.59, "Donetsk Oblast"), core, km=1.0) is None
    unplaced = PlaceMention(start=0, end=6, text="Bilyky", name="Bilyky", country_code="UA", feature_class="P")
    assert namesake_beside(loaded_gazetteer(), _at("Lozove", 48.06, 37.59, "Donetsk Oblast"), [unplaced]) is None
