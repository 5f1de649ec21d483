"""Round 14: ALL-CAPS wire copy: English words, people, "THE CAPITAL", datelines with the country in brackets."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.dateline import dateline_country
from eventwire.geoparsing.recognize import casing, recognise


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def _found(gp: Geoparser, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text.replace("\n", " "): (m.name, m.country_code) for m in gp.parse(text)}


SALVADOR = (
    "   SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMY SAID TODAY THAT IT WILL CARRY OUT AN OPERATION IN THE\n"
    "NORTHERN PART OF ZACATECOLUCA, WHERE DRUG TRAFFICKERS HAVE BEEN ACTIVE.  A SOLDIER WAS TAKEN TO\n"
    "THE MILITARY HOSPITAL IN THIS CAPITAL.  REBELS ALSO ATTACKED A POST IN THE CITY OF USULUTAN.\n"
)


def test_all_caps_english_words_are_no_places(gp: Geoparser) -> None:
    assert casing(SALVADOR) == "upper"
    found = _found(gp, SALVADOR)
    for word in ("CARRY", "PART", "DRUG", "THE CITY"):
        assert word not in found  # Carry-le-Rouet, Perth ("part"), Durg ("drug"), Oakville ("the city")
    assert found["ZACATECOLUCA"][1] == "SV"
    assert found["USULUTAN"][1] == "SV"


def test_this_capital_is_the_dateline_capital(gp: Geoparser) -> None:
    found = _found(gp, SALVADOR)
    assert found["CAPITAL"] == ("San Salvador", "SV")  # not Denmark's Capital Region


def test_a_demonym_names_the_capital_and_this_city_is_the_dateline_town(gp: Geoparser) -> None:
    text = ("   MEDELLIN, 5 SEP 89 (REUTER) -- [TEXT] A BOMB DESTROYED A BANK BRANCH IN THIS CITY TODAY.  THE\n"
            "PRESIDENT WILL TRAVEL TO THE COSTA RICAN CAPITAL ON SUNDAY.\n")
    found = _found(gp, text)
    assert found["CITY"] == ("Medellín", "CO")
    assert found["CAPITAL"][1] == "CR"


def test_the_capital_of_a_foreign_filed_story_is_the_story_country(gp: Geoparser) -> None:
    text = ("   HAVANA (CUBA), 12 NOV 89 (RADIO REBELDE) -- [TEXT] FIGHTING CONTINUED TODAY IN SOYAPANGO, MEJICANOS\n"
            "AND AYUTUXTEPEQUE, ON THE OUTSKIRTS OF SAN SALVADOR.  REBELS HOLD SEVERAL NEIGHBORHOODS IN THE CAPITAL.\n")
    assert _found(gp, text)["CAPITAL"] == ("San Salvador", "SV")


def test_people_in_all_caps(gp: Geoparser) -> None:
    text = ("   SAN SALVADOR, 8 DEC 89 -- [TEXT] COLONEL RENE EMILIO PONCE SAID THE ARMY CONTROLS THE CITY.\n\n"
            "   [PONCE] WE HAVE MEN IN THE AREA.  PONCE ADDED THAT PATRICIO LEON SAID NOTHING.\n\n"
            "   [DIAZ SALVADOR] WE HAVE RECEIVED SOME REPORTS FROM LA UNION DEPARTMENT.\n")
    found = _found(gp, text)
    assert "PONCE" not in found and "LEON" not in found  # Ponce (Puerto Rico), León (Mexico)
    assert "SALVADOR" not in found  # a speaker label, not the country
    assert found["LA UNION"][1] == "SV"  # "union" is a word; "LA UNION" is a name


def test_spanish_particle_glues_a_longer_name(gp: Geoparser) -> None:
    text = ("   SAN SALVADOR, 2 FEB 89 -- [TEXT] THE COSTA DEL SOL AGREEMENTS WERE SIGNED BY THE PRESIDENTS IN\n"
            "LA PAZ DEPARTMENT.  RADIO NACIONAL DE HONDURAS REPORTED THE NEWS.\n")
    found = _found(gp, text)
    assert "SOL" not in found  # Seoul
    assert found["HONDURAS"][1] == "HN"  # a country keeps its name inside a longer one


def test_dateline_with_the_country_in_brackets() -> None:
    gz = Geoparser().gz
    for text, cc in (
        ("   MANAGUA (NICARAGUA), 13 DEC 89 (DOMESTIC SERVICE) -- [TEXT] THE ARMY SAID ...", "NI"),
        ("   NO CITY (EL SALVADOR), 5 FEB 89 (FBIS) -- [EDITORIAL REPORT] RADIO REPORTS ...", "SV"),
        ("   GUATEMALA CITY (GUATEMALA), 11 DEC 89 (ACAN-EFE) -- [TEXT] THE POLICE ...", "GT"),
    ):
        assert dateline_country(gz, text, recognise(gz, text)) == cc


def test_a_country_keeps_its_name_in_a_story_from_its_capital(gp: Geoparser) -> None:
    text = ("   PANAMA CITY (PANAMA), 21 NOV 89 (AFP) -- [TEXT] THE GOVERNMENT OF PANAMA SAID TODAY THAT TROOPS\n"
            "WERE SENT TO COLON PROVINCE.\n")
    assert _found(gp, text)["PANAMA"] == ("Panama", "PA")


def test_mixed_case_keeps_the_capital_unresolved(gp: Geoparser) -> None:
    text = "SAN SALVADOR (Reuters) - Rebels attacked a post in the capital on Sunday, the army said."
    found = _found(gp, text)
    assert "capital" not in found and "CAPITAL" not in found
    assert found["SAN SALVADOR"][1] == "SV"


def test_a_village_the_gazetteer_lacks_goes_to_a_town_named_in_its_state(gp: Geoparser) -> None:
    # Not the middle of New South Wales (300 km away): the town the article names in that state.
    text = ("Bimbalong is a small village in the state of New South Wales, Australia. Bimbalong lies on the Princes "
            "Highway south of Batemans Bay and north of Moruya.")
    m = gp.resolve_given(text, [(0, 9)], guesses=True)[0]
    assert m is not None and m.name in ("Batemans Bay", "Moruya")


def test_an_unknown_district_after_of_does_not_break_the_container_chain(gp: Geoparser) -> None:
    text = "Littleton is a village in the borough of Spelthorne, Surrey, England. Littleton has a church."
    m = gp.resolve_given(text, [(0, 9)], guesses=True)[0]
    assert m is not None and m.country_code == "GB"  # not Littleton, Colorado


def test_a_neighbourhood_whose_namesake_lies_abroad_is_in_the_story_town(gp: Geoparser) -> None:
    text = ("   SAN SALVADOR, 12 NOV 89 (ACAN-EFE) -- [TEXT] REBELS ENTRENCHED THEMSELVES IN ESCALON NEIGHBORHOOD\n"
            "TODAY.  SOLDIERS SURROUNDED THE AREA.\n")
    assert _found(gp, text)["ESCALON"][1] == "SV"  # not Escalon, California
