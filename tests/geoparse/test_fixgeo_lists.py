"""Review fixes (session 21) to geoparsing rounds 51 and 52: people after a place are no list items; a list's oblast
leaves an item it holds no row of to its sentence."""
from eventwire import geoparse
from eventwire.geoparsing import villages
from eventwire.model import PlaceMention


def _read(text: str) -> dict[str, PlaceMention]:
    return {p.text: p for p in geoparse(text)}


def test_surnames_after_a_sentence_opening_place_are_no_villages():
    got = _read("In Lviv, Ivanenko, Petrenko and Rudenko said strikes hit Brody and Zhovkva.")
    assert {"Ivanenko", "Petrenko", "Rudenko"}.isdisjoint(got) and {"Lviv", "Brody", "Zhovkva"} <= set(got)


def test_a_surname_list_in_the_east_is_not_read_either():
    got = _read("In Antratsyt, Pushilin, Kuzmenko and Sadovyi said strikes hit Rovenky and Luhansk.")
    assert {"Pushilin", "Kuzmenko", "Sadovyi"}.isdisjoint(got) and "Rovenky" in got


def test_a_first_name_after_a_sentence_opening_place_is_no_village():
    got = _read("In Antratsyt, Tamara went to the market while shells hit Rovenky, Khrustalnyi and Luhansk.")
    assert "Tamara" not in got and "Khrustalnyi" in got


def test_a_speaker_after_a_listed_place_is_no_village():
    got = _read("Shelling hit Antratsyt, Tamara told us, while Rovenky, Khrustalnyi and Luhansk were quiet.")
    assert "Tamara" not in got and "Antratsyt" in got


def test_a_person_with_an_apposition_after_a_listed_place_is_no_village():
    got = _read("Shelling hit Antratsyt, Tamara, a resident, told us, while Rovenky, Khrustalnyi and Luhansk were quiet.")
    assert "Tamara" not in got and "Antratsyt" in got


def test_a_person_with_kin_after_a_listed_place_is_no_village():
    got = _read("Shelling hit Antratsyt, Tamara and her son fled, while Rovenky, Khrustalnyi and Luhansk were quiet.")
    assert "Tamara" not in got and "Antratsyt" in got


def test_a_list_oblast_that_holds_no_row_of_an_item_leaves_it_to_its_sentence():
    got = _read("Russian forces shelled Bilohorivka, Shypylivka, and Stepne, Zaporizhia Oblast.")
    assert "Shypylivka" in got and got["Shypylivka"].admin1 == "Luhansk Oblast"


def test_an_oblast_in_lower_case_closes_an_and_list_too():
    text = "Strikes hit Fedorivka, Volynske, and Stepne, Kherson oblast, on Monday."
    ob = villages._oblast_at(text, text.index("Fedorivka") + len("Fedorivka"))
    assert ob is not None and ob.group(1) == "Kherson"
