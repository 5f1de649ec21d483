"""'Gazan' is the demonym of Gaza, not GeoNames' alternate spelling of Jizan in Saudi Arabia."""

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
