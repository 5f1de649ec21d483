"""Round 4: a place's first definition holds all its mentions; a definition can override a country's name."""

from __future__ import annotations

from eventwire.geoparsing import Geoparser, default_geoparser


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    out, i = [], text.find(name)
    while i >= 0:
        out.append((i, i + len(name)))
        i = text.find(name, i + 1)
    return out


def gp() -> Geoparser:
    return default_geoparser()


def test_first_definition_outranks_later_loose_container() -> None:
    text = ("Austin is an unincorporated community, now a ghost town, in Grant County, Oregon, United "
            "States. Austin served as the local centre until Bates, a mill town of the Oregon Lumber Company, "
            "grew up. Austin faded.")
    out = gp().resolve_given(text, _spans(text, "Austin"))
    assert len(out) == 3
    assert all(m is not None and m.country_code == "US" and m.admin1 == "Oregon" for m in out)


def test_definition_naming_a_county_overrides_a_country() -> None:
    text = "Panama is a village in Chautauqua County, New York, United States. Panama has a school."
    out = gp().resolve_given(text, _spans(text, "Panama"))
    assert all(m is not None and m.country_code == "US" and m.admin1 == "New York" for m in out)


def test_a_town_in_a_definition_does_not_override_a_country() -> None:
    text = "Slovenia is a specific case in the EU and NATO. Slovenia recalled its ambassador."
    out = gp().resolve_given(text, _spans(text, "Slovenia"))
    assert all(m is not None and m.feature_code == "PCLI" and m.country_code == "SI" for m in out)
