"""Round 17: long war reports weigh their many oblasts, reacting countries are no setting, front villages."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import Geoparser

# A report in the style of a daily war assessment (written for this test): many oblasts, raions named by towns.
_REPORT = """Russian forces continued offensive operations on the Izium axis in Kharkiv Oblast on May 3.
Russian troops shelled Izium, Balakliia, Chuhuiv and Kupiansk in Kharkiv Oblast. Fighting continued near Izium.
Russian forces attacked toward Sloviansk and Kramatorsk in Donetsk Oblast and shelled Bakhmut and Avdiivka.
Russian forces attempted to advance on Sievierodonetsk and Lysychansk in Luhansk Oblast.
Russian forces shelled Huliaipole and Orikhiv in Zaporizhzhia Oblast and struck Mykolaiv in Mykolaiv Oblast.
Ukrainian forces counterattacked in Kherson Oblast near Kherson.
Russian forces fired Grad rockets at Nikopol, Dnipropetrovsk Oblast, overnight.
Russian forces shelled Nikopol again on May 3, damaging houses.
"""


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _where(gp: Geoparser, text: str, name: str) -> tuple[str | None, str | None]:
    m = next(m for m in gp.parse(text) if m.text == name)
    return m.country_code, m.admin1


@pytest.mark.parametrize("text", [
    "Egypt condemns Israel's strike on Rafah",
    "Turkey slams Israeli raid on Rafah, says 20 killed",
    "Egypt warns Israel against Rafah offensive",
])
def test_a_reacting_country_is_no_setting_for_a_namesake(gp: Geoparser, text: str) -> None:
    assert _where(gp, text, "Rafah")[0] == "PS"


def test_the_attacker_named_after_the_reaction_is_no_setting_either(gp: Geoparser) -> None:
    # Without the reactor's vote, the attacker's country would pull Pokrovsk to Engels (its old name).
    assert _where(gp, "Ukraine condemns Russian strike on Pokrovsk", "Pokrovsk") == ("UA", "Donetsk Oblast")


def test_a_country_saying_something_still_sets_the_scene(gp: Geoparser) -> None:
    # "says" is no reaction: a country reports on its own soil.
    assert _where(gp, "Egypt says Rafah crossing will remain open", "Rafah")[0] == "EG"


def test_a_long_report_does_not_pull_a_city_to_a_namesake_village_of_a_busy_oblast(gp: Geoparser) -> None:
    # Nikopol is a city of 100,000 in Dnipropetrovsk Oblast; a village of 600 shares the name in Izium raion.
    assert _where(gp, _REPORT, "Nikopol") == ("UA", "Dnipropetrovsk Oblast")


def test_a_named_county_still_decides_in_a_short_local_story(gp: Geoparser) -> None:
    text = ("A Richmond man was charged on Sunday after a crash on Interstate 75. He was lodged in the "
            "Madison County Detention Center.")
    assert _where(gp, text, "Richmond")[1] == "Kentucky"


def test_front_line_village_missing_from_the_tables_is_curated(gp: Geoparser) -> None:
    text = "Russian forces unsuccessfully attacked Avdiivka and Pisky west of Donetsk City and then withdrew."
    m = next(m for m in gp.parse(text) if m.text == "Pisky")
    assert m.admin1 == "Donetsk Oblast" and m.lat is not None and abs(m.lat - 48.1) < 0.1


def test_a_first_name_before_a_surname_that_speaks_is_no_city(gp: Geoparser) -> None:
    text = ("President Vladimir Putin met the governor of Vladimir Oblast in Moscow. Putin said the talks went "
            "well. The Moscow Times said the meeting was short.")
    found = [(m.text, m.start) for m in gp.parse(text)]
    assert ("Vladimir", text.index("Vladimir Putin")) not in found
    assert ("Vladimir Oblast", text.index("Vladimir Oblast")) in found
    assert ("Moscow", text.index("Moscow Times")) in found  # "Times" is an English word, not a surname


def test_a_glued_distance_places_a_village_at_its_anchor(gp: Geoparser) -> None:
    # Dibrova exists in Poltava Oblast too; "5km southwest of Kreminna" puts this one by Kreminna, and keeps it.
    text = "Ukrainian forces repelled Russian assaults on Dibrova, approximately 5km southwest of Kreminna."
    m = next(m for m in gp.parse(text) if m.text == "Dibrova")
    assert m.admin1 == "Luhansk Oblast"


def test_a_distance_another_name_owns_does_not_move_a_town(gp: Geoparser) -> None:
    text = ("Russian forces in Izyum may coordinate with units in Lyman to attack Siversk, a settlement located on "
            "a highway 30km west of Severodonetsk. Strikes hit Kreminna and Shchastia (20km north of Luhansk City).")
    found = {m.text: m.admin1 for m in gp.parse(text)}
    assert found["Izyum"] == "Kharkiv Oblast" and found["Kreminna"] == "Luhansk Oblast"


def test_a_town_in_mid_sentence_keeps_its_reading_when_a_later_distance_is_not_its_own(gp: Geoparser) -> None:
    text = ("Russian forces are moving headquarters from the Izyum and Lyman areas to Svatove and Kreminna, just "
            "30-40 km from the front line near Starobilsk.")
    assert _where(gp, text, "Izyum") == ("UA", "Kharkiv Oblast")
