"""Round 11: country adjectives the demonym list lacked ("Korean", "Philippine", "Saint Lucian")."""

from __future__ import annotations

import pytest

from eventwire.geoparsing import default_geoparser


def _demonyms(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country_code) for m in default_geoparser().parse(text) if m.role == "demonym"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Crowds waved Korean and US flags outside the court.", [("Korean", "KR")]),
        # The longer demonym wins over the bare adjective inside it.
        ("North Korean troops crossed the line.", [("North Korean", "KP")]),
        ("Thousands of Koreans gathered in Seoul.", [("Koreans", "KR")]),
        ("The Philippine Sports Commission opened a centre.", [("Philippine", "PH")]),
        ("Turtles nest on Saint Lucian beaches.", [("Saint Lucian", "LC")]),
        ("Jamaican and Maltese officials met.", [("Jamaican", "JM"), ("Maltese", "MT")]),
    ],
)
def test_country_adjectives_are_demonyms(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _demonyms(text) == want


def test_country_name_still_beats_its_adjective() -> None:
    ms = default_geoparser().parse("Storms hit the Dominican Republic and the Philippines.")
    assert [(m.text, m.role, m.country_code) for m in ms] == [
        ("Dominican Republic", "mentioned", "DO"), ("Philippines", "mentioned", "PH")]
