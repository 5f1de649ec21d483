"""Ethnic demonyms of a conflict zone point at its country, not at a town that bears the word as an alternate name."""

import pytest

import eventwire


@pytest.mark.parametrize("text", ["Gazan girl killed in Rafah strike", "Gazans queue for bread in Khan Younis."])
def test_gazan_points_at_palestine(text: str) -> None:
    found = {p.text: p for p in eventwire.geoparse(text)}
    first = next(p for t, p in found.items() if t.startswith("Gazan"))
    assert first.country_code == "PS"


def test_jizan_itself_stays_in_saudi_arabia() -> None:
    (place,) = eventwire.geoparse("A drone hit Jizan on Monday.")
    assert place.country_code == "SA"


@pytest.mark.parametrize("text", ["Igbo youths protested in Enugu.", "Hausa gunmen attacked a village on Monday."])
def test_nigerian_ethnonyms_point_at_nigeria_not_a_namesake_town(text: str) -> None:
    first = eventwire.geoparse(text)[0]
    assert (first.text, first.country_code) in {("Igbo", "NG"), ("Hausa", "NG")}
