"""aliases.tsv spellings of villages under 2,000 people survive the build's small-village name filter."""

from __future__ import annotations

from eventwire.gazetteer import lookup


def test_an_alias_of_a_small_village_is_indexed() -> None:
    # Ozeryanivka (Donetsk Oblast, ~1,150 people): ISW writes "Ozerianivka"; before round 22 the build dropped it.
    hits = lookup("Ozerianivka")
    assert any(h["geonameid"] == 698088 and h["country_code"] == "UA" for h in hits)


def test_aliases_of_small_and_large_towns_both_resolve() -> None:
    # A small village's alias (Smiach, ~730 people) and a town's alias (Kupyansk) both find their own record.
    assert any(h["geonameid"] == 693396 for h in lookup("Smyach"))
    assert any(h["geonameid"] == 703656 for h in lookup("Kupiansk"))
