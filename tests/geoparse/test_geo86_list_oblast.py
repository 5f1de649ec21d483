"""Geoparsing round 51: "X, Y, and Z, Kherson Oblast" puts every item of the list in that oblast."""
from eventwire import geoparse
from eventwire.geoparsing.villages import _oblast_at

CONTEXT = " Kherson, Beryslav and Nova Kakhovka stayed quiet that night."


def _at(text: str, word: str):
    return next((p for p in geoparse(text) if p.text == word), None)


def _oblast(text: str, word: str) -> str | None:
    ob = _oblast_at(text, text.index(word) + len(word))
    return ob.group(1) if ob else None


def test_the_oblast_after_an_and_list_holds_for_its_first_item():
    text = ("Trenches were dug beside the Kherson City-Melitopol road close to Fedorivka, Volynske, and Stepne, Kherson "
            "Oblast, in November." + CONTEXT)
    assert _oblast(text, "Fedorivka") == "Kherson"
    place = _at(text, "Fedorivka")
    assert place is not None and place.admin1 == "Kherson Oblast"


def test_a_village_listed_before_the_oblast_is_read_from_the_register():
    text = "Occupation officials seized farms in Henicheska Hirka and Antonivka, Kherson Oblast, last month." + CONTEXT
    place = _at(text, "Henicheska Hirka")
    assert place is not None and place.admin1 == "Kherson Oblast" and place.feature_code != "PCLI"


def test_an_item_with_an_oblast_of_its_own_is_no_list_of_the_last_oblast():
    # Vuhledar's list holds "Donetsk Oblast" as an item: the last oblast is not Vuhledar's (review s21-b, finding 5).
    text = "Strikes hit Vuhledar, Pavlivka, Donetsk Oblast, and Novodarivka, Zaporizhia Oblast, on Monday."
    assert _oblast(text, "Pavlivka") == "Donetsk"
    assert _oblast(text, "Vuhledar") is None


def test_a_list_without_and_keeps_the_old_reading():
    text = "Strikes hit Fedorivka, Volynske, Stepne, Kherson Oblast, on Monday."
    assert _oblast(text, "Fedorivka") is None
