"""Round 63: "X in the Y Oblast direction" names where a move heads, not a unit that holds X."""

from __future__ import annotations

from functools import lru_cache

from eventwire.geoparsing import Geoparser
from eventwire.model import PlaceMention


@lru_cache(maxsize=1)
def _gp() -> Geoparser:
    return Geoparser()


def _read(text: str, name: str) -> PlaceMention:
    """The mention of the name's first occurrence."""
    return next(m for m in _gp().parse(text) if m.start == text.index(name))


def test_town_heading_toward_an_oblast_keeps_its_own_record() -> None:
    m = _read("Residents filmed a column of trucks moving through Mariupol in the Zaporizhia Oblast direction.",
              "Mariupol")
    assert m.name == "Mariupol" and m.admin1 == "Donetsk Oblast"


def test_town_heading_toward_another_oblast_is_kept_as_itself() -> None:
    # Read as a container, Kherson Oblast would leave Melitopol (Zaporizhzhia Oblast) with no fitting record.
    m = _read("Russian forces moved equipment through Melitopol in the Kherson Oblast direction.", "Melitopol")
    assert m.name == "Melitopol" and m.admin1 == "Zaporizhzhia Oblast"


def test_town_in_an_oblast_still_takes_the_oblast() -> None:
    # The plain container shape is unchanged: "Nikopol in Dnipropetrovsk Oblast" stays in that oblast.
    m = _read("Russian forces shelled Nikopol in Dnipropetrovsk Oblast.", "Nikopol")
    assert m.admin1 == "Dnipropetrovsk Oblast"
