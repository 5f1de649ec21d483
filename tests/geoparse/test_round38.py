"""Round 38: words a Title Case headline or a sentence's opening capitalises are read as English words, as in
lower-case text; "in (the) X of" idioms; relief bodies named like hamlets."""

from __future__ import annotations

from eventwire.geoparsing import default_geoparser


def _names(text: str) -> list[str]:
    return [m.text for m in default_geoparser().parse(text)]


def test_in_wake_of_in_a_title_case_headline_is_no_county() -> None:
    assert _names("In Wake of Iran Attack, Lawmakers Call for New Aid to Israel and Ukraine") == [
        "Iran", "Israel", "Ukraine"]


def test_a_headline_verb_after_to_is_no_town() -> None:
    # "Save" was Savé (Benin), "Make" Mackay (Australia), "Run" Rūn (India).
    assert _names("In Gaza, a Race to Save a Wounded Child") == ["Gaza"]
    assert _names("Biden's Gaza Plan: What to Make of the Announcement") == ["Gaza"]
    assert _names("Iran Approves Four Candidates to Run for President") == ["Iran"]


def test_a_country_keeps_its_place_in_a_title_case_headline() -> None:
    # "turkey" is an everyday lower-case word, but a country by its own name stays the place.
    assert _names("Turkey Suspends Flights To Israel Amid Gaza Fighting") == ["Turkey", "Israel", "Gaza"]


def test_a_county_named_with_its_unit_word_is_kept() -> None:
    assert _names("Storm Damage Reported Across Wake County Schools") == ["Wake County"]


def test_a_sentence_opening_everyday_word_is_no_town() -> None:
    # "Poll" is a German village, "Pier" an alias of Pierre (South Dakota): at a sentence's start the capital is no cue.
    assert _names("Poll: Most voters back a ceasefire in Gaza") == ["Gaza"]
    assert _names("Pier for Gaza relief shipments broken up in a storm") == ["Gaza"]


def test_a_sentence_opening_rare_word_keeps_its_place() -> None:
    # "miami" is written in lower case too rarely (under 2,000 uses) to be a word first.
    assert _names("Miami man gets ten years in fraud scheme") == ["Miami"]


def test_the_wake_of_idiom_outside_title_case() -> None:
    # The headline has lower-case words ("says"), so it is not Title Case; the idiom alone rules Wake out.
    assert _names("Israel Strikes Gaza in Wake of Attack, says army") == ["Israel", "Gaza"]
    assert _names("Protesters gathered in Front of the embassy in London.") == ["London"]


def test_the_red_cross_is_no_hamlet() -> None:
    assert "Red Cross" not in _names("American Red Cross Sends Aid to Families in Israel and Gaza")
