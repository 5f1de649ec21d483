"""News and wire stories (session 17): a lone person told with a description as the subject of "was wounded" is one."""

from __future__ import annotations

from eventwire.api import extract
from eventwire.evaluate.common import fatalities_of, injured_of, is_violent


def _figures(text: str) -> list[tuple[int | None, int | None]]:
    return [(fatalities_of(e), injured_of(e)) for e in extract(text) if is_violent(e)]


def test_a_described_person_opening_a_wire_lead_is_one_casualty() -> None:
    assert _figures("QUITO, May 12 - A man identified as the owner of a Quito bakery was wounded in a shooting "
                    "attack, police said.") == [(None, 1)]
    assert _figures("An officer who guarded the power plant was killed in a bomb attack in Kandahar on Monday, "
                    "police said.") == [(1, None)]


def test_a_description_with_a_count_or_a_list_is_not_one() -> None:
    # Two people are told: the lone-subject reading must not replace the stated count.
    assert _figures("QUITO, May 12 - A man identified as a bank guard and his two sons were wounded in a shooting "
                    "attack, police said.") != [(None, 1)]
