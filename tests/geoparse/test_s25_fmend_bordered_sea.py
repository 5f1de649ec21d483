"""A sea told as "the ... Sea" after "bordering" is the water, not a bordered region; bordered countries and
regions are still dropped. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import eventwire


def _places(text: str, published: str) -> list[str | None]:
    return [e.location.name if e.location else None
            for e in eventwire.extract(text, published=date.fromisoformat(published))]


def test_ports_bordering_the_red_sea_keep_the_sea() -> None:
    assert _places("Houthis attacked ships off ports bordering the Red Sea on Monday.", "2024-02-20") == ["Red Sea"]
    assert _places("Houthis attacked ships off Yemeni ports bordering the Red Sea on Monday.",
                   "2024-02-20") == ["Red Sea"]
    assert _places("Houthi drones targeted ships off the Yemeni coast bordering the Red Sea on Tuesday.",
                   "2024-08-14") == ["Red Sea"]


def test_a_bordered_country_is_still_not_where() -> None:
    assert _places("Russian forces shelled Ukrainian villages bordering Russia on Sunday.", "2024-05-20") == ["Ukraine"]
    assert _places("Ukrainian drones hit two Russian regions bordering Ukraine on Sunday.", "2024-05-20") == ["Russia"]
