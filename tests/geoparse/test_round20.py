"""Round 20: "a Kherson Telegram channel" names no person. Sentences written for these tests (place facts only)."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import Geoparser


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser()


def test_town_before_telegram_is_no_person(gp: Geoparser) -> None:
    # "Kherson Telegram" read as a first and last name, so "Kherson City" later in the report became "Ukraine".
    found = [(m.text, m.name) for m in gp.parse(
        "A local Kherson Telegram channel reported explosions in Muzykivka (4km north of Kherson City).")]
    assert ("Kherson", "Kherson") in found and ("Muzykivka", "Muzykivka") in found
    assert all(name != "Ukraine" for _, name in found)


def test_city_before_telegram_keeps_the_city_in_the_report(gp: Geoparser) -> None:
    found = [(m.text, m.name) for m in gp.parse("A Moscow Telegram channel claimed gains. Moscow denied losses.")]
    assert found.count(("Moscow", "Moscow")) == 2


def test_russian_spelling_of_chornobyl_and_hyphenated_village(gp: Geoparser) -> None:
    # Chornobyl has under 2,000 people, so only a curated row indexes "Chernobyl"; generated two-word villages also
    # take the hyphenated spelling ("Posad-Pokrovske").
    found = {m.text: (m.name, m.admin1) for m in gp.parse(
        "Russian forces massed near Chernobyl. Ukrainian troops fought near Posad-Pokrovske, northwest of Kherson.")}
    assert found["Chernobyl"] == ("Chornobyl", "Kyiv Oblast")
    assert found["Posad-Pokrovske"][0] == "Posad Pokrovske"
