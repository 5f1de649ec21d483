"""ISW round 171: ground fights told by an assault's bearing then a village, a single tactical position, street fights
and beaten sabotage or reconnaissance groups; guards for bare bearings, drones, possessives and unnamed places."""
from datetime import date

import pytest

from eventwire.api import extract


def _clashes(text: str) -> list[str | None]:
    """Places of the armed clashes coded from one sentence of a December 2022 front report."""
    return [e.location.name if e.location else None for e in extract(text, published=date(2022, 12, 3))
            if e.sub_event_type == "Armed clash"]


@pytest.mark.parametrize(("text", "place"), [
    # An assault told by its bearing from a town, then at a village: the village is where it was.
    ("A Russian blogger claimed that Wagner units conducted an assault south of Bakhmut near Klishchiivka on "
     "December 3.", "Klishchiivka"),
    ("Russian forces conducted assaults northwest of Kreminna in the direction of Chervonopopivka on December 3.",
     "Chervonopopivka"),
    ("Ukrainian units conducted assaults within 12km northwest of Svatove near Kuzemivka on December 3.", "Kuzemivka"),
    # A single tactical position, tried or failed, is a fight there as the plural is.
    ("Russian troops attempted to improve their tactical position near Pisky on December 3.", "Pisky"),
    ("Russian troops failed to improve their tactical position in Pisky on December 3.", "Pisky"),
    ("Russian forces continued street fights in Bakhmut on December 3.", "Bakhmut"),
    # A probing group beaten is a fight (gold dev11b), in either word order and whoever claims it.
    ("Ukrainian forces neutralized a Russian sabotage and reconnaissance group near Vovchansk on December 3.",
     "Vovchansk"),
    ("The Russian defence ministry claimed that its troops destroyed two Ukrainian reconnaissance and sabotage groups "
     "near Kreminna on December 3.", "Kreminna"),
])
def test_ground_fight_shapes(text: str, place: str) -> None:
    assert place in _clashes(text)


@pytest.mark.parametrize("text", [
    # A bare bearing from a big city stays out: the gold labels such a town only where no village carries the act.
    "Russian forces conducted an assault northwest of Kyiv on December 3.",
    "Russian forces are preparing for street fights in Kherson City.",
    "The retailer failed to improve its tactical position in Europe on December 3.",
    "Ukrainian forces destroyed a Russian reconnaissance drone near Vovchansk on December 3.",
    "Police destroyed a sabotage group's weapons cache in Lviv on December 3.",
    "Ukrainian forces neutralized Russian reconnaissance groups near unspecified settlements on December 3.",
])
def test_ground_fight_guards(text: str) -> None:
    assert _clashes(text) == []
