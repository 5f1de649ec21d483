"""Geoparsing round 47: "Albu X" glued, a lower-case "al-" before a name, "al-" forms of towns of unknown size."""

from __future__ import annotations

import pytest

from eventwire.gazetteer.arabic import arabic_variants, article_forms
from eventwire.geoparsing import default_geoparser
from eventwire.model import PlaceMention

# Sentences written for these tests (no third-party text); the place names are facts.


def _parse(text: str) -> list[PlaceMention]:
    return default_geoparser().parse(text)


def test_an_albu_name_gets_glued_spellings_with_o_and_ou() -> None:
    got = arabic_variants("Ālbū Kamāl")
    for v in ("Abu Kamāl", "Bukamāl", "Bokamāl", "Boukamāl", "al-Bokamāl", "al- Bukamāl"):
        assert v in got
    assert not any(v.startswith(("Bu", "Bo")) for v in arabic_variants("Al Burj"))  # "Al Burj" is no "Albu" name


def test_article_forms_need_an_article() -> None:
    assert article_forms("Aḑ Ḑumayr") == ["al-Ḑumayr", "al- Ḑumayr"]
    assert "Maarrat al-Numān" in article_forms("Ma‘arrat an Nu‘mān")
    assert article_forms("Qabbāsīn") == []  # no article: a bare name of an unknown-size town stays its main name


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Gunmen shot two fighters in al- Bokamal City on Friday", "Bokamal", "Ālbū Kamāl"),
    ("Massacre at al-Bokamal as jets return", "Bokamal", "Ālbū Kamāl"),
    ("Nine killed in al-Dumayr city’s clashes", "Dumayr", "Aḑ Ḑumayr"),  # GeoNames gives no population
    ("Shells fell on al- Dumayr at dawn", "Dumayr", "Aḑ Ḑumayr"),
])
def test_a_lower_case_article_leads_a_syrian_name(text: str, surface: str, name: str) -> None:
    got = [(m.text, m.name, m.country_code) for m in _parse(text)]
    assert got == [(surface, name, "SY")]


def test_the_article_still_marks_a_word_of_a_longer_name() -> None:
    assert _parse("Barrel bombs fall on Abo al- Dohur again") == []  # not Dohur alone, nor Åbo (Turku)
    assert _parse("Barrel bombs fall on Abo al-Dohur again") == []


def test_a_far_namesake_through_the_article_leaves_the_unknown_neighbourhood() -> None:
    # "al-Manshiya" is also a Sudanese town of unknown size; here the words make it a Damascus neighbourhood.
    got = [m.text for m in _parse("A mortar round hit a shop in al-Manshiya neighbourhood in central Damascus.")]
    assert "Manshiya" in got and "Damascus" in got  # (from the capital, as every name read through the article)


@pytest.mark.parametrize("text", [
    "Clashes east of Hama against Hayat Tahrir al-Sham fighters",  # "al-Sham" is an alias of Damascus
    "Omar al-Asmar was among the wounded",  # a person, not Asmara
])
def test_after_word_al_even_a_big_place_is_a_word_of_the_name(text: str) -> None:
    assert [m.text for m in _parse(text) if m.text in ("Sham", "Asmar")] == []


def test_an_opening_preposition_is_no_word_of_the_name() -> None:
    # A town that is neither a country, a first-level unit nor a capital: the older rule dropped it after "In al-".
    got = [(m.text, m.name, m.country_code) for m in _parse("In al-Mayadin, the curfew was lifted")]
    assert got == [("Mayadin", "Al Mayādīn", "SY")]


def test_article_starts_are_whole_words_before_a_capital() -> None:
    from eventwire.geoparsing.matching import _article_starts

    got = [m.group(0) for m in _article_starts("ash-Shaddadi, al- Bab, Tal-Abyad, the al-qaeda cell, e-Mail")]
    assert got == ["ash-", "al-"]
