"""Round 13: lower-case text, Gaza and the West Bank, actors that are no event location."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.event_location import pick_event_location
from eventwire.geoparsing.recognize import casing

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "geoparse.py"
_spec = importlib.util.spec_from_file_location("bench_geoparse_r13", _PATH)
assert _spec is not None and _spec.loader is not None
B = importlib.util.module_from_spec(_spec)
sys.modules["bench_geoparse_r13"] = B
_spec.loader.exec_module(B)


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _names(gp: Geoparser, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.country_code, m.feature_code) for m in gp.parse(text)}


def test_lower_case_is_detected_per_document() -> None:
    head = "This story is from March 3, 2002\n\n"
    assert casing(head + "lucknow: police arrested twelve people on monday. curfew was imposed. shops stayed shut.") \
        == "lower"
    assert casing("Police in Lucknow arrested twelve people on Monday.") == "mixed"


@pytest.mark.parametrize(
    "text",
    [
        # Everyday words that name some town somewhere: Sète ("set"), Front, Give, Hand County, Wake County.
        "the police set up a front line and will give a hand in the wake of the riots.",
        "the post office reopened and the city was calm; the center of town was quiet.",
        "prices will rise again, officials said, and the farmers may come to the point of despair.",
    ],
)
def test_lower_case_english_words_are_no_places(gp: Geoparser, text: str) -> None:
    assert _names(gp, text) == {}


def test_lower_case_indian_cities_are_found(gp: Geoparser) -> None:
    text = ("lucknow: curfew was imposed in ayodhya on monday after clashes in naroda, near ahmedabad, left three "
            "dead. the gujarat government sent more police to vadodara.")
    got = _names(gp, text)
    for name in ("lucknow", "ayodhya", "naroda", "ahmedabad", "gujarat", "vadodara"):
        assert got.get(name, (None,))[0] == "IN", name


def test_lower_case_people_are_no_places(gp: Geoparser) -> None:
    # "Kalyan" is a city of a million and "Jones" a town and a county, but here they are people.
    text = ("chief minister kalyan singh met the governor in lucknow. police said jason jones, 23, of mayfield road "
            "was arrested in dallas on friday. jones denied the charge.")
    got = _names(gp, text)
    assert "kalyan" not in got and "jones" not in got and "mayfield" not in got
    assert got["lucknow"][0] == "IN" and got["dallas"][0] == "US"


def test_lower_case_phrases_are_no_places(gp: Geoparser) -> None:
    # "Lok" is a village in Serbia, "Rath" a town in India: here parliament and a chariot procession.
    text = "the bill was passed in lok sabha on friday. the rath yatra left ahmedabad for the temple."
    assert [m.text for m in gp.parse(text)] == ["ahmedabad"]


def test_lower_case_the_us_and_the_eu(gp: Geoparser) -> None:
    got = _names(gp, "the talks between the us and the eu stalled, he told us.")
    assert got == {"us": ("US", "PCLI"), "eu": ("", "RGN")}


def test_lower_docs_keeps_offsets() -> None:
    text = "Shelling in İzmir and Kyiv."
    i = text.index("Kyiv")
    doc = B.GoldDoc("1", text, [B.GoldToponym(i, i + 4, "Kyiv", 50.45, 30.52)])
    (low,) = B.lower_docs([doc])
    assert len(low.text) == len(doc.text) and low.toponyms[0].text == "kyiv"


def test_bare_gaza_is_the_strip(gp: Geoparser) -> None:
    ms = {m.text: m for m in gp.parse("Israeli strikes across Gaza killed 20 people as aid trucks waited at Rafah.")}
    assert (ms["Gaza"].geonameid, ms["Gaza"].feature_code) == (281132, "ADM1")
    city = {m.text: m for m in gp.parse("Troops advanced on Gaza City. Shelling hit the city of Gaza overnight.")}
    assert city["Gaza City"].geonameid == 281133
    assert [m.geonameid for m in gp.parse("Shelling hit the city of Gaza overnight.")] == [281133]


def test_west_bank_is_a_region_of_palestine(gp: Geoparser) -> None:
    (m,) = gp.parse("Settler violence surged in the West Bank.")
    assert (m.geonameid, m.feature_code, m.country_code, m.admin1) == (285153, "ADM1", "PS", "West Bank")


def test_armed_groups_are_no_places(gp: Geoparser) -> None:
    assert [m.text for m in gp.parse("Hamas and Hezbollah fighters fired rockets.")] == []


@pytest.mark.parametrize(
    ("text", "trigger", "where"),
    [
        ("Israeli strike kills 5 in Gaza", "kills", "Gaza"),
        # The attacker's demonym or country is who acted, not where.
        ("Israeli strike kills 5 at a school", "kills", None),
        ("Israel has killed two commanders, the army said.", "killed", None),
        ("The Israel-Hamas war: a strike killed 4 aid workers.", "killed", None),
        # After "in" a country before the verb is still where it happened.
        ("One in western Afghanistan killed a US adviser.", "killed", "Afghanistan"),
    ],
)
def test_actors_are_no_event_location(gp: Geoparser, text: str, trigger: str, where: str | None) -> None:
    i = text.index(trigger)
    pick = pick_event_location(text, gp.parse(text), (i, i + len(trigger)))
    assert (pick.text if pick else None) == where


@pytest.mark.parametrize(
    ("text", "trigger", "where"),
    [
        # A village the gazetteer lacks, found by "the village of"; the town after it is its container.
        ("Five fighters were killed in the village of Qarqoush in the countryside of Aleppo.", "killed", "Qarqoush"),
        # "a small town about 80 km north of X": the first town is where, X is a reference point.
        ("Two men were arrested in Bazran Kot, a small town about 80 km north of Multan.", "arrested", "Bazran Kot"),
        # A neighbourhood in a city: the neighbourhood, not the city.
        ("A shell killed a woman in al-Manshiya neighbourhood in central Damascus.", "killed", "Manshiya"),
        # A strongly locative word before an unknown name.
        ("Rebels shelled army positions near Tal Mahrous on Monday.", "shelled", "Tal Mahrous"),
        # A named crossing is more precise than the region named at the start of the sentence.
        ("In Gaza on Sunday, soldiers shot a man near the Sufa crossing point.", "shot", "Sufa"),
        # A sea the gazetteer lacks, with its kind word.
        ("A patrol boat captured two skiffs in the northern Andaman Sea.", "captured", "Andaman Sea"),
    ],
)
def test_unknown_places_by_their_context(gp: Geoparser, text: str, trigger: str, where: str) -> None:
    i = text.index(trigger)
    pick = pick_event_location(text, gp.parse(text), (i, i + len(trigger)))
    assert pick is not None and where in pick.text


def test_state_style_units_and_glued_names(gp: Geoparser) -> None:
    got = {m.text: (m.country_code, m.feature_code) for m in gp.parse(
        "The governor of Kano State met traders from the Pan-Yoruba league at the Mar-a-Lago club.")}
    assert got.get("Kano State") == ("NG", "ADM1")
    assert "Yoruba" not in got and "Lago" not in got
    # A party-and-district tag is a place: "Sen. Ana Ruiz, D-Fairfax".
    assert "Fairfax" in {m.text for m in gp.parse("said Sen. Ana Ruiz, D-Fairfax, on Tuesday.")}


def test_english_words_need_a_preposition(gp: Geoparser) -> None:
    # "The Mission" (Mission District) and "Chambers" (Chambers County) are words here, not places.
    text = "The Mission will meet the Chambers of Commerce in Lagos."
    assert [m.text for m in gp.parse(text)] == ["Lagos"]


def test_far_village_namesake_in_another_state_is_dropped(gp: Geoparser) -> None:
    # Dariapur is an area of Ahmedabad; the gazetteer knows only a village of that name in Bihar, 1,500 km away.
    text = "Police in Ahmedabad, Gujarat, said a man from Dariapur was injured."
    assert [m.text for m in gp.parse(text)] == ["Ahmedabad", "Gujarat"]
    # Stated with its state, the village stays.
    kept = {m.text: m.admin1 for m in gp.parse("Police in Ahmedabad said the bus came from Dariapur in Bihar.")}
    assert kept.get("Dariapur") == "Bihar"
