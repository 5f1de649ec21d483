"""ISW round 84: fighting told with "continued" is a fight; guards for readiness, futures and failures."""
from datetime import date

import pytest

from eventwire.api import extract


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in extract(text, published=date(2022, 6, 7))]


@pytest.mark.parametrize("text", [
    "Russian troops continued combat near Kozatske and Lymany on June 6 without clear gains.",
    "Ukrainian units continued fighting northeast and south of Vuhledar on June 6.",
    "Russian units continued combat in southern Donetsk Oblast near Novomykhailivka on June 6.",
])
def test_continued_combat_is_a_clash(text: str) -> None:
    assert "Armed clash" in _types(text)


@pytest.mark.parametrize("text", [
    "The ministry praised the continued combat readiness of brigades stationed near Kozatske.",
    "Russian troops will likely continue combat near Kozatske in the coming weeks.",
    # Final read: a named place must follow the place word (not "in court", "at the polls", "fighting inflation").
    "The central bank continued fighting inflation in Ukraine on June 6.",
    "The mayor continued fighting in court in Kyiv on June 6.",
    "The opposition continued fighting at the polls in Odesa on June 6.",
    "Parliament in Kyiv continued fighting over the budget bill on June 6.",
])
def test_continued_combat_guards(text: str) -> None:
    assert "Armed clash" not in _types(text)
