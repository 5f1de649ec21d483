"""A title folds into a body act only when it tells that act: near the capital, tied by toll, place, kind or target."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

_DAY = date(2021, 3, 9)


def _violent(text: str) -> list[Event]:
    """The violent events coded for the text."""
    return [e for e in extract(text, published=_DAY) if e.event_type is not None]


def _places(text: str) -> list[tuple[str | None, int | None]]:
    """(place name, deaths) of each violent event, sorted."""
    return sorted(((e.location.name if e.location else None, e.fatalities.best) for e in _violent(text)), key=str)


def test_a_toll_at_the_capital_over_a_town_far_from_it_stays_two_acts() -> None:
    got = _places("Drone attack kills 4 in Kyiv\n\nKHARKIV, Ukraine - Four people died when a drone struck a "
                  "warehouse in Kharkiv on Tuesday, the mayor said.")
    assert got == [("Kharkiv", 4), ("Kyiv", 4)]


def test_a_toll_at_the_capital_over_a_suburb_folds() -> None:
    got = _places("Bomb kills 6 in Kabul\n\nKABUL - A bomb hidden in a cart exploded in Paghman on Monday, killing "
                  "six people, police said.")
    assert got == [("Paghmān", 6)]


def test_a_bearing_before_the_capital_folds_even_for_a_far_town() -> None:
    got = _places("Blast north of Baghdad kills 5\n\nTIKRIT, Iraq - A roadside bomb hit a police patrol in Tikrit "
                  "on Monday, killing five officers.")
    assert got == [("Tikrīt", 5)]


def test_the_lead_not_the_title_is_the_first_evidence_of_a_folded_act() -> None:
    text = ("Mayor denounces deadly bombing\n\nPESHAWAR, Pakistan - A suicide bomber killed nine people at a bus "
            "stop in Peshawar on Friday, police said.")
    (e,) = _violent(text)
    assert e.evidence[0].text.startswith("PESHAWAR")
    assert e.evidence[-1].text.startswith("Mayor denounces")


def test_an_unplaced_title_about_another_kind_of_act_on_another_target_stays_its_own() -> None:
    got = _places("Air strike hits fuel depot\n\nDONETSK, Ukraine - Artillery shelling killed two residents in "
                  "Donetsk on Sunday, local officials said.")
    assert got == [("Donetsk", 2), (None, None)]


def test_an_unplaced_title_naming_the_body_act_target_folds() -> None:
    got = _places("Blast hits crowded market\n\nQUETTA, Pakistan - A bomb tore through a market in Quetta on "
                  "Saturday, killing eleven people.")
    assert got == [("Quetta", 11)]


def test_an_unplaced_bombing_title_over_a_suicide_bombing_folds() -> None:
    # A title's bare "bombing" does not say who carried the bomb; the lead's suicide bomber is the same act.
    got = _violent("Officials admit bombing failures\n\nInvestigators said a suicide bomber who blew himself up "
                   "outside a hotel in Mogadishu last month had passed two checkpoints.")
    assert len(got) == 1


def test_an_unplaced_title_death_told_without_a_number_in_the_lead_folds() -> None:
    got = _places("Rebel commander killed\n\nAGADEZ, Niger - A senior rebel commander was killed in a government "
                  "air strike near Agadez on Sunday, his group said.")
    assert len(got) == 1 and got[0][0] is not None
