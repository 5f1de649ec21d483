"""A sentence opening "The <place> ..." names no person: the place stays a place all through the story."""

from __future__ import annotations

from eventwire.api import geoparse


def _names(text: str) -> list[str | None]:
    return [p.name for p in geoparse(text)]


def test_the_before_a_region_is_no_first_name() -> None:
    # Was []: "The Darfur" read as a first and last name made "Darfur" a person's name in the whole story.
    assert _names("Rebels attacked Darfur on Monday. The Darfur conflict goes on.") == ["Darfur", "Darfur"]
    assert _names("Russia attacked Donbas on Monday. The Donbas offensive stalled.").count("Donbas") == 2


def test_the_before_an_offshore_field_is_no_first_name() -> None:
    got = _names("Jets hit Sassan on Monday. The Sassan and Rostam fields were hit before.")
    assert got.count("Sassan field") == 2  # was none


def test_the_before_a_town_only_name_keeps_the_old_reading() -> None:
    # "The Norbury has a tub": a house model's name (a town name only), kept out as before.
    text = "Buyers pick the Norbury plan or the Jamison plan. The Norbury has a tub."
    assert "Norbury" not in [p.text for p in geoparse(text)]


def test_the_before_a_feature_never_told_bare_keeps_the_old_reading() -> None:
    # A team named after a mountain range is always "The Rockies": with no bare "Rockies" it is no place.
    text = "The Rockies beat the Giants 5-3 on Friday in Denver. The Rockies scored twice in the ninth."
    assert _names(text) == ["Denver"]
