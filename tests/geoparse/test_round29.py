"""Round 29: Title Case headlines hide no place; a county before a region's name; a name frames not its own definition."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import default_geoparser
from eventwire.geoparsing.titlecase import in_title_case

# Sentences and headlines written for these tests (no third-party text); the place names are facts.


def _got(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.name, m.country_code) for m in default_geoparser().parse(text)}


@pytest.mark.parametrize("text", [
    "Army Attacks Rafah as Talks Stall",  # a capitalised verb before the town
    "Tanks Roll Into Rafah Overnight",  # a capitalised adverb after it
    "Envoys Meet Despite Rafah Operation",  # between two everyday words
    "Army Pushes Deeper Into Rafah\n\nThe army said on Monday that its troops had moved on.",  # a feed's title
])
def test_a_title_case_headline_keeps_its_town(text: str) -> None:
    got = _got(text)
    assert got.get("Rafah", (None, None))[1] == "PS"


def test_the_same_words_in_sentence_case_are_unchanged() -> None:
    # Outside a Title Case headline a capitalised word before a small town still makes a longer name.
    assert not in_title_case("Tanks rolled in. Then Tanks Roll Into Rafah was sung.", 30)
    assert in_title_case("Tanks Roll Into Rafah Overnight", 20)


@pytest.mark.parametrize(("text", "word"), [
    ("Navy Builds Temporary Pier for Aid Deliveries", "Pier"),  # an English word is no place (not Pierre)
    ("In a Floor Speech, Murray Calls for a Ceasefire", "Murray"),  # a speaker after a comma
    ("Union Chief Mary Kay Henry Speaks on the War", "Mary"),  # a first name (Mary, Turkmenistan)
    ("Critics Garner Support From Lawmakers", "Garner"),  # a verb that names a town
    ("Situation Dire for Families Under Fire", "Dire"),
])
def test_a_headline_word_or_speaker_is_no_place(text: str, word: str) -> None:
    assert word not in _got(text)


def test_a_hard_wrapped_wire_line_is_no_headline() -> None:
    text = ("Japan was urged to open its markets, visiting\nUnder-Secretary of State for Economic Affairs Allen Wallis\n"
            "told reporters on Monday after the meeting.")
    assert "Wallis" not in _got(text)


def test_a_county_before_a_region_name_is_recognised() -> None:
    got = _got("Ilam is a small village in the Staffordshire Peak District.")
    assert got.get("Staffordshire") == ("Staffordshire", "GB")


def test_a_county_word_that_is_a_persons_name_stays_a_name() -> None:
    assert "Marion" not in _got("The question came from a nurse, Marion Brown, on Tuesday.")


def test_a_names_own_mentions_frame_not_its_definition() -> None:
    # "Ilam" is also an Iranian province: the village's later mentions must not make its definition Iranian.
    text = ("Ilam (said as Eye-lam) is a village in the Staffordshire Peak District, on the River Manifold. "
            "About 400 people live there. Ilam is known for Ilam Hall, a large house. Ilam is near Ashbourne.")
    spans = [(i, i + 4) for i in range(len(text)) if text.startswith("Ilam", i)]
    got = default_geoparser().resolve_given(text, spans)
    assert {p.country_code for p in got if p is not None} == {"GB"}
