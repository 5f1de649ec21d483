"""News and wire stories (session 17): a lone person told with a description as the subject of "was wounded" is one."""

from __future__ import annotations

from eventwire.api import extract
from eventwire.evaluate.common import fatalities_of, injured_of, is_violent


def _figures(text: str) -> list[tuple[int | None, int | None]]:
    return [(fatalities_of(e), injured_of(e)) for e in extract(text) if is_violent(e)]


def test_a_described_person_opening_a_wire_lead_is_one_casualty() -> None:
    assert _figures("GUAYAQUIL, May 12 - A woman described as the owner of a local pharmacy was wounded in a gun "
                    "attack on Monday, police reported.") == [(None, 1)]
    assert _figures("An officer who guarded the power plant was killed in a bomb attack in Kandahar on Monday, "
                    "police said.") == [(1, None)]


def test_a_description_with_a_count_is_not_one() -> None:
    # The stated count stands: the lone-subject reading must not replace it.
    got = _figures("QUITO, May 12 - A woman described as a nurse was among eight people wounded in a gun attack, "
                   "police said.")
    assert got == [(None, 8)]


def test_the_description_never_spans_a_reporting_verb() -> None:
    # "A spokesman who declined to be named said everyone ... was killed": the spokesman is no casualty.
    got = _figures("A spokesman who declined to be named said everyone on board was killed when the aircraft was shot "
                   "down near Herat.")
    assert got and all(k != 1 for k, _ in got)
