"""A two-word village in a comma list of places, opened by a big city's name, is no firm and no city."""
from eventwire import geoparse

LIST = ("Russian forces conducted artillery strikes against Udy, Cherkasy Tyshky, Ruski Tyshky, Ruska Lozova, "
        "and Tsyrkuny on May 30.")


def test_city_word_of_a_listed_village_is_not_the_city():
    places = geoparse(LIST)
    names = [p.name for p in places]
    assert "Cherkasy" not in names  # the oblast capital is 600 km away; the village is near Kharkiv
    assert {"Udy", "Ruski Tyshky", "Ruska Lozova", "Tsyrkuny"} <= set(names)


def test_firm_named_after_a_city_still_reads_the_city():
    places = geoparse("The Cambridge Analytica scandal shook Facebook.")
    assert any(p.name == "Cambridge" and p.country_code == "GB" for p in places)
