"""A direction named after a city ("in the Mykolaiv direction") is an axis of advance, not where the act was, when
another settlement of its paragraph carries the act."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded, town_doc
from eventwire.components.assemble_scene import not_where
from eventwire.pipeline import WorkDoc

_DAY = date(2022, 10, 18)


def test_a_city_direction_is_no_place_of_fighting() -> None:
    got = coded("Russian forces conducted failed ground attacks in the Mykolaiv direction towards Tavriyske and "
                "Nova Zorya on October 18.", _DAY)
    assert any(name == "Tavriiske" for _, name in got)
    assert not any(name in ("Mykolayiv", "Mykolaiv") for _, name in got)


def test_the_town_named_beside_a_city_direction_is_the_place() -> None:
    got = coded("Russian forces fired artillery at Ukrainian groups in the Zaporizhia direction and near Orikhiv "
                "on October 18.", _DAY)
    assert any(name == "Orikhiv" for _, name in got)
    assert not any(name == "Zaporizhzhya" for _, name in got)


def test_a_city_direction_alone_in_its_paragraph_keeps_the_city() -> None:
    # No settlement of the paragraph carries the attack: the city, not the country the demonym names.
    got = coded("Russian forces shelled Kherson on October 18 and attacked Ukrainian positions in the Kherson "
                "direction.", _DAY)
    assert ("Armed clash", "Kherson") in got
    assert not any(name == "Ukraine" for _, name in got)


def test_a_small_town_direction_keeps_the_town() -> None:
    # A small town's axis lies within the gold's 25 km: the direction rule labels it at the town.
    got = coded("Russian troops launched offensive operations in the Avdiivka direction on October 18.", _DAY)
    assert any(name == "Avdiyivka" for _, name in got)


def test_in_the_direction_of_a_city_keeps_the_city() -> None:
    got = coded("Ukrainian forces repelled Russian attacks in the direction of Kherson on October 18.", _DAY)
    assert any(name == "Kherson" for _, name in got)


def _doc(text: str, *towns: tuple[str, int]) -> WorkDoc:
    return town_doc(text, _DAY, *towns)


def test_a_city_before_and_the_direction_is_a_place() -> None:
    # "Kharkiv and the Izyum direction": one city and one axis; "the Kherson and the Zaporizhia directions": two axes.
    doc = _doc("Russian forces shelled Kharkiv and the Izyum direction near Dovhenke.", ("Kharkiv", 1_400_000),
               ("Izyum", 45_000), ("Dovhenke", 300))
    assert not not_where(doc, doc.places[0])
    doc = _doc("Russian forces attacked in the Kherson and the Zaporizhia directions near Orikhiv.",
               ("Kherson", 290_000), ("Zaporizhia", 710_000), ("Orikhiv", 14_000))
    assert not_where(doc, doc.places[0]) and not_where(doc, doc.places[1])


def test_a_town_told_on_another_day_carries_no_city_direction() -> None:
    # The town's fight is on October 17; the direction's on October 18 is another act, at the city.
    got = coded("Heavy fighting took place near Snihurivka on October 17. Heavy fighting also took place in the "
                "Kherson direction on October 18.", _DAY)
    assert ("Armed clash", "Kherson") in got
    assert ("Armed clash", "Snihurivka") in got


def test_a_town_told_on_the_same_day_or_undated_carries_the_city_direction() -> None:
    for first in ("on October 18", "last week", ""):
        got = coded(f"Heavy fighting took place near Snihurivka {first}. Heavy fighting also took place in the "
                    "Kherson direction on October 18.".replace(" .", "."), _DAY)
        assert ("Armed clash", "Snihurivka") in got, first
        assert ("Armed clash", "Kherson") not in got, first
