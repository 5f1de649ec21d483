"""A dated lead with no place of its own stands at the bureau town whether the bureau word also names an area or not
(session 32): the town and the area bureau give the same events."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2024, 6, 3)


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in extract(text, published=_DAY) if is_violent(e)]


def test_an_area_bureau_and_a_town_bureau_give_the_same_events() -> None:
    # Drones launched and missiles that hit a terminal in Odesa: not the same act told again, so no fold, whichever
    # kind of bureau. Where the launch itself happened the text does not tell: this pins only that both bureaus are
    # treated alike and keep Odesa's act, not that the bureau is the launch's place.
    tail = " - Russia launched drones overnight. In Odesa, the city council said Russian missiles hit a grain terminal."
    area, town = _places("LVIV, June 3" + tail), _places("NICOSIA, June 3" + tail)
    assert len(area) == len(town) and "Odesa" in area and "Odesa" in town


@pytest.mark.parametrize("bureau", ["LVIV", "KHARKIV"])
def test_a_lead_act_retold_in_a_town_folds_for_either_kind(bureau: str) -> None:
    text = (f"{bureau}, June 3 - Russian drones hit a fuel depot overnight, killing two guards. The strike in Brody "
            "set the depot on fire, officials said.")
    assert _places(text) == ["Brody"]


def test_an_area_bureau_places_the_lead_at_its_city() -> None:
    assert _places("LIMA, 9 JAN 90 (EFE) -- Guerrillas bombed a power pylon on Monday, police said.") == ["Lima"]
