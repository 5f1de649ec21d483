"""Session 27, wik160: a text's opening definition reads "X lies in Y", "X is administratively a town in Y", decimal
distances and "a town in China's Jiangxi province"; the same words later in a text, or in a news opening, do not."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import default_geoparser
from eventwire.geoparsing.context import containers
from eventwire.geoparsing.recognize import casing, recognise


def _pick(text: str, name: str) -> tuple[str, str | None]:
    gp = default_geoparser()
    start = text.index(name)
    p = gp.resolve_given(text, [(start, start + len(name))], guesses=True)[0]
    assert p is not None
    return p.country_code, p.admin1


@pytest.mark.parametrize("text", [
    "Stanton lies in Suffolk, England. Stanton has a church.",
    "Stanton lies on the A143 road in Suffolk, England.",
    "Stanton is administratively a village in Suffolk, England.",
    "Stanton is a village 2.5 miles east of the coast in Suffolk, England.",
])
def test_an_opening_definition_of_a_small_namesake_is_read(text: str) -> None:
    # (The largest Stanton is in California: only the definition puts this one in England.)
    assert _pick(text, "Stanton")[0] == "GB"


def test_the_same_words_after_the_opening_sentence_are_not_read() -> None:
    # News sentences keep their reading: only the text's first name takes the wider shapes.
    text = "Officials said the convoy was attacked. Stanton lies in Suffolk, England."
    assert _pick(text, "Stanton")[0] == "US"


@pytest.mark.parametrize(("text", "name", "cc", "state"), [
    # a news opening: "is" with no article is no definition of Kharkiv
    ("Kharkiv is Ukraine's second city, and shelling in Donetsk Oblast went on.", "Kharkiv", "UA", "Kharkiv Oblast"),
    # an adverb before an article that names no place noun
    ("Brighton is also a different town in Monroe County, New York.", "Brighton", "US", "New York"),  # (as before)
    ("Paris is quietly a hub of talks in Texas, officials said.", "Paris", "FR", "Ile-de-France"),
    # "lies in ruins": nothing after it moves the city
    ("Rafah lies in ruins after strikes in Gaza, officials said.", "Rafah", "PS", "Gaza Strip"),
])
def test_news_openings_keep_their_reading(text: str, name: str, cc: str, state: str) -> None:
    assert _pick(text, name) == (cc, state)


def test_an_opening_reads_a_country_possessive_then_its_unit() -> None:
    # "a town in China's Jiangxi province": the country, then the province (the largest Shimen is in Chongqing).
    assert _pick("Shimen is a town in China's Jiangxi province. Shimen has a market.", "Shimen") == ("CN", "Jiangxi")


@pytest.mark.parametrize("text", [
    "Reporters said on Monday. Shimen is a town in China's Jiangxi province.",  # not the text's opening
    "Shimen is a town in China's south, officials said.",  # no unit after the possessive
])
def test_a_possessive_outside_an_opening_or_without_a_unit_is_unchanged(text: str) -> None:
    # The mechanism, not the pick (s28 wik163: a province written outside the given span now votes, so the first text
    # gives Shimen, Jiangxi through that vote): the stated container stops at the country.
    gz = default_geoparser().gz
    ctx = recognise(gz, text, casing(text))
    shimen = [c for c in ctx if c.text == "Shimen"][:1]
    box = containers(gz, text, shimen, ctx).get(0)
    assert box is not None and box.best is not None and gz.fcode[box.best] == "PCLI" and box.depth == 1


def test_a_possessive_without_a_unit_keeps_the_largest_namesake() -> None:
    assert _pick("Shimen is a town in China's south, officials said.", "Shimen") == ("CN", "Chongqing")
