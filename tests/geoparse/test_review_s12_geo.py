"""Review fixes (session 12): an opening name is dropped as a foreign namesake only when it is also a word or a name."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.geoparsing import default_geoparser


@pytest.mark.parametrize(("text", "town"), [
    ("Robotyne remains contested, officials in Moscow, Kursk and Belgorod said.", "Robotyne"),
    ("Vuhledar fell after months of fighting, officials in Moscow, Kursk and Belgorod said.", "Vuhledar"),
    ("Marinka was captured, the defence ministry in Moscow said, citing reports from Rostov, Kursk and Belgorod.",
     "Marinka"),
    # (Final review: "Lyman" is also a person's name, but the town lies across the border from Belgorod.)
    ("Lyman came under heavy fire, officials in Moscow, Kursk and Belgorod said.", "Lyman"),
])
def test_a_frontline_town_opening_beside_three_enemy_cities_stays(text: str, town: str) -> None:
    ms = [m for m in default_geoparser().parse(text) if m.text == town]
    assert ms and ms[0].country_code == "UA"


@pytest.mark.parametrize("text", [
    "Honda has won a court case in Beijing, and dealers in Shanghai, Wuhan and Chengdu welcomed the ruling.",  # a name
    "Tsunami costs weigh on Jakarta shares, as traders in Surabaya, Medan and Bandung sold.",  # an everyday word
    # (a first name whose only reading, in Belgium, lies over 250 km from the English towns named)
    "Alan, 79, will swim a marathon near Cambridge after training in Barton, Chesterton and Ely.",
])
def test_a_word_or_name_opening_beside_three_cities_of_another_country_is_dropped(text: str) -> None:
    # (Honda, Colombia and Tsuha, Japan are the only readings: without the rule both were kept.)
    names = [m.text for m in default_geoparser().parse(text)]
    assert text.split()[0] not in names and len(names) == 4


def test_the_opening_frontline_town_keeps_its_own_event() -> None:
    evs = eventwire.extract("Robotyne came under Russian artillery fire on Monday, while drones struck Moscow, "
                            "Kursk and Belgorod.", published="2025-06-04")
    assert "Robotyne" in {e.location.name for e in evs if e.location is not None}


def test_an_opening_town_named_like_a_person_keeps_its_own_event() -> None:
    evs = eventwire.extract("Lyman came under Russian artillery fire on Monday, while drones struck Moscow, "
                            "Kursk and Belgorod.", published="2025-06-04")
    assert "Lyman" in {e.location.name for e in evs if e.location is not None}
