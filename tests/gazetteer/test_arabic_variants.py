"""Round 26: Arabic place names are indexed with and without the article, as "al- X" and with "-ain"."""

from __future__ import annotations

import pytest

from eventwire.gazetteer import lookup
from eventwire.gazetteer.arabic import arabic_variants


def test_article_forms_of_a_name_with_the_article() -> None:
    got = arabic_variants("Al Qaryatayn")
    for want in ("Qaryatayn", "al-Qaryatayn", "al- Qaryatayn", "Qaryatain", "al-Qaryatain", "al- Qaryatain"):
        assert want in got
    assert "Al Qaryatayn" not in got  # the given spelling is no variant of itself


def test_marks_dropped_and_inner_article_hyphenated() -> None:
    got = arabic_variants("Ra’s al ‘Ayn")
    assert {"Ras al Ayn", "Ras al-Ayn", "Ras al Ain", "Ras al-Ain"} <= set(got)
    assert "Maarrat al-Numān" in arabic_variants("Ma‘arrat an Nu‘mān")  # news writes the article unassimilated


def test_short_bare_names_are_not_made() -> None:
    assert "Bab" not in arabic_variants("Al Bab")  # "Bab" is a word, not the town
    assert arabic_variants("Deir ez-Zor") == []  # no article at the start, no space to hyphenate, no "-ayn"


@pytest.mark.parametrize(("name", "gid"), [
    ("Qamishli", 173377),  # Al Qāmishlī without the article
    ("al- Qaryatain", 173361),  # Al Qaryatayn, SOHR's spacing and "-ain"
    ("Jisr al-Shughur", 169023),  # Jisr ash Shughūr, the article unassimilated
    ("al-Raqqa", 172955),  # Ar Raqqah, through its alias "Raqqa"
])
def test_index_holds_the_news_spellings(name: str, gid: int) -> None:
    assert gid in {r["geonameid"] for r in lookup(name, 20)}


def test_only_arabic_countries_get_the_forms() -> None:
    assert any(r["country_code"] == "US" for r in lookup("El Paso", 20))
    assert lookup("al-Paso", 20) == []  # El Paso, TX gets no "al-" spelling
