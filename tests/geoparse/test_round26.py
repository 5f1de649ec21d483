"""Round 26: UCDP-style conflict headlines: Arabic name forms, hashtags, "Pak", words of longer Arabic names."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import default_geoparser
from eventwire.model import PlaceMention

# Headlines written for these tests (no third-party text); the place names are facts.


def _parse(text: str) -> list[PlaceMention]:
    return default_geoparser().parse(text)


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Heavy clashes reported in rural Qamishli", "Qamishli", "Al Qāmishlī"),
    ("Warplanes strike the town of al- Qaryatain again", "Qaryatain", "Al Qaryatayn"),
    ("Shelling hits Jisr al-Shughur overnight", "Jisr al-Shughur", "Jisr ash Shughūr"),
])
def test_arabic_spellings_resolve_in_syria(text: str, surface: str, name: str) -> None:
    got = [(m.text, m.name, m.country_code) for m in _parse(text)]
    assert (surface, name, "SY") in got


def test_a_capitalised_hashtag_names_a_place() -> None:
    got = [(m.text, m.country_code) for m in _parse("Two farmers shot dead in #Mbengwi on Sunday")]
    assert ("Mbengwi", "CM") in got


def test_pak_is_pakistan_not_a_malaysian_town() -> None:
    got = [(m.text, m.country_code) for m in _parse("Six militants killed in Pak airstrikes near the border")]
    assert got == [("Pak", "PK")]


@pytest.mark.parametrize("text", [
    "Barrel bombs fall around the airbase of Abo al- Dohur",  # not Åbo (Turku)
    "Rebels shell Maarat al-Numan at dawn",  # not Numan, Nigeria
    "Marwa al-Salim was among the dead",  # a person: not Maroua, not Salim
])
def test_a_word_of_a_longer_arabic_name_is_no_place(text: str) -> None:
    assert all(m.country_code in ("SY", None) for m in _parse(text))


def test_a_capital_article_starts_a_name_of_its_own() -> None:
    # "Mecca's Al-Nur hospital": the capital "Al-" begins a new name, so Mecca stays a place.
    got = [(m.text, m.country_code) for m in _parse("Police guarded Mecca's Al-Nur hospital on Saturday")]
    assert ("Mecca", "SA") in got
