"""News and wire stories (session 17): a curated oil field is a site, and a country-level lead retells the raid on it."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(1987, 5, 12)


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in extract(text, published=_DAY) if is_violent(e)]


def test_a_country_level_lead_folds_into_the_undated_raid_on_an_oil_field() -> None:
    # The lead's "Iranian oil platforms" (dated Tuesday, the story's day) and the field told with no day are one raid.
    text = ("BAHRAIN, May 12 - Unidentified jets attacked two Iranian oil platforms in the Gulf early on Tuesday, "
            "shipping sources said.\n\nThe sources said Iran's Rakhsh oilfield was attacked by warplanes at dawn.")
    assert _places(text) == ["Rakhsh field"]


def test_a_country_level_lead_with_no_site_told_stays_at_the_country() -> None:
    text = ("BAHRAIN, May 12 - Unidentified jets attacked two Iranian oil platforms in the Gulf early on Tuesday, "
            "shipping sources said.\n\nThe sources said smoke was seen rising from one of them.")
    assert _places(text) == ["Iran"]
