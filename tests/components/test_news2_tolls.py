"""News and wire stories (session 17 review): a toll follows its act when a rule moves or folds that act."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import fatalities_of, injured_of, is_violent


def _events(text: str, day: date) -> list[tuple[str | None, int | None, int | None]]:
    return [(e.location.name if e.location else None, fatalities_of(e), injured_of(e))
            for e in extract(text, published=day) if is_violent(e)]


def test_a_lead_toll_follows_its_act_from_the_datelines_country_to_the_targets() -> None:
    # The bureau's country (Bahrain) is no place the deaths were told in.
    got = _events("BAHRAIN, May 12 - Unmarked warplanes attacked an Iranian offshore platform at dawn on Tuesday, "
                  "killing four workers, sources in the shipping trade said.", date(1987, 5, 12))
    assert got == [("Iran", 4, None)]


def test_a_toll_follows_its_act_moved_by_a_took_place_sentence() -> None:
    got = _events("KUWAIT, May 12 - Iraqi jets raided a cargo ship today, killing two sailors, an officer said.\n\n"
                  "He said the attack took place off the Iranian coast.", date(1987, 5, 12))
    assert got == [("Iran", 2, None)]


def test_a_folded_districts_toll_is_the_citys() -> None:
    got = _events("Russian drones struck Kyiv on Sunday, the mayor said.\n\n"
                  "In Kyiv's Obolon district, a drone hit a school and wounded nine people, medics said.",
                  date(2025, 3, 9))
    assert got == [("Kyiv", None, 9)]
