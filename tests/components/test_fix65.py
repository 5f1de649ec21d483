"""Review of round 65: nominal fire is shelling only with a war's modifiers, an armed party and fire that goes on."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_LEAD = "The update was published in the evening. "  # a story, not a lone headline (headline rules differ)


def _shelled(text: str) -> set[str | None]:
    return {e.location.name if e.location else None for e in extract(_LEAD + text, published=date(2022, 6, 6))
            if is_violent(e) and e.sub_event_type == "Shelling/artillery/missile attack"}


def test_fire_in_politics_or_a_wildfire_is_no_shelling() -> None:
    for text in ("The governor drew intense fire in Boston over the tax plan.",
                 "Voters turned their fire on the mayor during the hearing in Chicago.",
                 "Crews said heavy fire in San Diego burned 40 houses.",
                 "A cessation of fire along the line of contact in Donbas began at noon."):
        assert not _shelled(text), text


def test_gunfire_at_people_or_an_unarmed_fire_is_no_shelling() -> None:
    assert not _shelled("Militants kept up heavy fire on Israeli soldiers near Jenin.")  # a broad modifier, armed
    assert not _shelled("Firefighters put out routine fire in Lviv overnight.")  # a war's modifier, nobody armed


def test_fire_on_people_after_to_keeps_the_older_rules_guards() -> None:
    assert not _shelled("Soldiers started to fire at Palestinians near Jenin.")
    assert "Kharkiv Oblast" in _shelled("Russian forces continued to fire against areas in Kharkiv Oblast.")


def test_fire_that_stops_is_no_shelling() -> None:
    assert not _shelled("Russian forces stopped routine fire against Kherson on June 3.")
    assert not _shelled("Russian forces ceased indirect fire along the line of contact in Luhansk Oblast.")
    assert not _shelled("Russian forces reduced their pace of fire against Bakhmut.")


def test_fire_on_a_side_or_its_held_land_is_no_place() -> None:
    assert not _shelled("Ukrainian forces kept up routine fire on Russia overnight.")
    assert not _shelled("Russian forces conducted routine fire in Russian-occupied Kherson Oblast.")
