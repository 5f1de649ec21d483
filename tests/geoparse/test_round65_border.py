"""Round 65: a unit named as one side of a border is no container, so it stands in for no village."""

from __future__ import annotations

from eventwire.api import geoparse
from eventwire.model import PlaceMention


def _read(text: str) -> dict[str, PlaceMention]:
    return {m.text: m for m in geoparse(text)}


def test_an_oblast_and_a_country_border_frames_no_other_village() -> None:
    got = _read("Russian troops attacked Burdaka on the Kharkiv Oblast-Russian border and Terny northeast of Lyman.")
    assert got["Terny"].feature_code != "ADM1"  # not the oblast standing in for a village


def test_an_oblast_border_is_a_line_not_a_container() -> None:
    assert _read("Russian troops attacked Terny near the Kharkiv Oblast border.")["Terny"].feature_code != "ADM1"


def test_an_oblast_that_holds_a_village_still_stands_in_for_it() -> None:
    got = _read("Russian troops attacked Terny and Burdaka in Kharkiv Oblast.")["Terny"]
    assert got.feature_code == "ADM1" and got.admin1 == "Kharkiv Oblast"
