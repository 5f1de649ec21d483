"""Session 30, wire177: 1987 wire copy's other senses (labour strikes, a bank's name, a ticker with its exchange) code
no violence; acts told beside those words stay. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.model import is_violent

DAY = date(1987, 10, 20)


def _violent(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=DAY) if is_violent(e)]


@pytest.mark.parametrize("text", [
    "MADRID, Oct 20 - Shipping firms hired more dockers to offset an intermittent strike in Spain's ports.",
    "BELGRADE, Oct 20 - Reporters said they had been barred from strike-hit factories in Belgrade.",
    "SANTOS, Oct 20 - Marines stand guard on the quays near the strike-bound ships in Santos harbour.",
    "LONDON, Oct 20 - Dockers at Liverpool began an indefinite strike over pay, the union said.",
    "NEW YORK, Oct 20 - MERRILL LYNCH SAYS FIRST QUARTER PROFIT ROSE",
    "NEW YORK, Oct 20 - A fund sponsored by Merrill LYnch Capital Markets raised four mln dlrs.",
    "PEKING, Oct 20 - Mobil Corp <MOB.N> plans to open an office in Peking, the agency said.",
])
def test_wire_copy_senses_are_no_violence(text: str) -> None:
    assert _violent(text) == []


@pytest.mark.parametrize(("text", "sub"), [
    ("SANAA, Oct 20 - An Israeli strike on Hodeidah port killed five dockers, the rebels said.", "Air/drone strike"),
    ("ODESA, Oct 20 - Dockers fled as a Russian strike hit the grain terminal overnight, officials said.",
     "Air/drone strike"),
    ("LAGOS, Oct 20 - A mob lynched two suspected thieves in Lagos, police said.", "Mob violence"),
])
def test_acts_beside_those_words_stay(text: str, sub: str) -> None:
    assert [s for s, _ in _violent(text)] == [sub]
