"""A measured offset told right after a list of names places each ("X and Y (approximately 25km south of Z)")."""

from __future__ import annotations

from datetime import date

import eventwire
from eventwire.gazetteer.index import haversine_km

_DAY = date(2022, 5, 2)


def _places(text: str) -> dict[str, tuple[float, float]]:
    return {e.location.name: (e.location.lat, e.location.lon) for e in eventwire.extract(text, published=_DAY)
            if e.location is not None and e.location.lat is not None}


def test_both_names_of_a_pair_take_the_told_point() -> None:
    got = _places("Russian troops seized Oleksandrivka and Dubrivka (approximately 25km south of Izyum).")
    assert {"Oleksandrivka", "Dubrivka"} <= set(got)
    assert haversine_km(*got["Oleksandrivka"], *got["Dubrivka"]) < 1.0


def test_each_name_of_a_list_takes_the_told_point() -> None:
    got = _places("Russian troops seized Kamianka, Oleksandrivka and Dubrivka (approximately 25km south of Izyum).")
    assert {"Kamianka", "Oleksandrivka", "Dubrivka"} <= set(got)
    assert haversine_km(*got["Kamianka"], *got["Dubrivka"]) < 1.0
    assert haversine_km(*got["Oleksandrivka"], *got["Dubrivka"]) < 1.0


def test_a_town_named_as_the_anchor_keeps_its_own_point() -> None:
    # 25 km: further than the namesake radius that would bring the town back by chance.
    got = _places("Russian artillery struck Popasna and Zolote (25km north of Popasna) on Friday.")
    assert haversine_km(*got["Popasna"], 48.63, 38.38) < 5.0


def test_the_anchor_first_in_an_approximate_pair_keeps_its_point() -> None:
    got = _places("Russian artillery struck Izyum and Dubrivka (approximately 25km south of Izyum) on Friday.")
    assert haversine_km(*got["Izyum"], 49.21, 37.26) < 5.0
    assert haversine_km(*got["Dubrivka"], *got["Izyum"]) > 15.0


def test_a_first_name_read_far_from_the_point_is_no_village_of_it() -> None:
    # Bilohorivka's reading in Luhansk Oblast lies about 60 km from the point; the offset measures Yurivka only.
    got = _places("Russian troops attacked Bilohorivka and Yurivka (6km north of Toretsk) on Friday.")
    assert haversine_km(*got["Bilohorivka"], 48.93, 38.25) < 5.0


def test_a_first_name_read_beyond_the_front_is_a_namesake_and_moves() -> None:
    # The gazetteer's first Fedorivka lies in Zaporizhia Oblast, some 250 km off: a misread, not a place of its own.
    got = _places("Russian troops seized Fedorivka and Dubrivka (approximately 25km east of Kharkiv) on Friday.")
    assert haversine_km(*got["Fedorivka"], *got["Dubrivka"]) < 1.0


def test_both_measures_a_first_name_read_on_the_same_front() -> None:
    text = "Russian troops shelled Verkhnii Saltiv and Dubrivka{} 40km southeast of Kharkiv, on Friday."
    alone = _places(text.format(" (approximately").replace(", on", ") on"))
    assert haversine_km(*alone["Verkhnii Saltiv"], 50.23, 36.65) < 5.0  # told for Dubrivka only: its own reading
    both = _places(text.format(", both about"))
    assert haversine_km(*both["Verkhnii Saltiv"], *both["Dubrivka"]) < 1.0
