"""Second final read's mends: companions after a subordinate clause, another verb's perfect, mountain troops, a claim
that names its act's place, and others killed with an office-noun victim."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract

_DAY = date(2026, 11, 20)


def _killed(text: str) -> list[int | None]:
    """The fatalities of each event."""
    return [e.fatalities.best for e in extract(text, published=_DAY)]


def _actor1(text: str) -> list[str | None]:
    """The actor1 name of each event (None when no author is named)."""
    return [next((a.name for a in e.actors if a.role == "actor"), None) for e in extract(text, published=_DAY)]


@pytest.mark.parametrize("text", [
    "Militia commander Pavel Sokolov was killed near Avdiivka on Tuesday while fighting alongside Russian troops, "
    "his unit said.",
    "Gunmen shot dead reporter Lucia Ramos in Culiacan on Tuesday as she walked with her children to school.",
    "Police said Miguel Soto was shot dead on Sunday in Reynosa after an argument with his brother.",
])
def test_companions_in_a_later_clause_leave_the_named_victim_one(text: str) -> None:
    assert _killed(text) == [1]


def test_a_brother_killed_along_with_him_still_leaves_no_figure() -> None:
    text = "Police said Miguel Soto, 41, was shot dead outside his house in Reynosa on Sunday along with his brother."
    assert _killed(text) == [None]


@pytest.mark.parametrize("text, k", [
    ("Islamic State has claimed a bombing that killed 17 people at a mosque in Herat, part of a months-long "
     "campaign against Shia mosques.", 17),
    ("The bombing, which has been claimed by Al-Shabaab, killed 9 soldiers in Garissa, a county hit by a years-long "
     "insurgency.", 9),
    ("Houthi rebels have killed 6 Saudi soldiers in a cross-border attack, Saudi media said, the latest in a "
     "months-long campaign of border raids.", 6),
    ("A Russian missile strike has killed 11 people in Kharkiv, officials said, the latest in a months-long campaign "
     "of strikes on the city.", 11),
])
def test_another_verbs_perfect_or_a_background_campaign_keeps_the_toll(text: str, k: int) -> None:
    assert _killed(text) == [k]


def test_a_tally_over_a_long_battle_is_still_no_toll() -> None:
    assert _killed("Their month-long battle has left 3,000 dead.") == [None]


@pytest.mark.parametrize("text, side", [
    ("Russian mountain troops shelled Kurakhove on Tuesday, killing 3 civilians.", "Military Forces of Russia"),
    ("Ukrainian mountain infantry killed 12 Russian soldiers near Lyman on Tuesday, the brigade said.",
     "Military Forces of Ukraine"),
    ("Russian combat engineers blew up a bridge near Kupiansk on Tuesday, killing 2 civilians.",
     "Military Forces of Russia"),
])
def test_mountain_troops_keep_their_nationality(text: str, side: str) -> None:
    assert (_actor1(text)[0] or "").startswith(side)


def test_a_mountain_range_named_by_nationality_is_still_no_bomber() -> None:
    assert _actor1("In the southern Bolivian mountain range, two town halls were bombed on Sunday.") == [None]


def test_a_claim_naming_its_acts_place_keeps_its_credit() -> None:
    text = ("A car bomb exploded in Mogadishu on Tuesday, killing 6. Another car bomb killed 4 in Kismayo on "
            "Wednesday. Al-Shabaab claimed responsibility for the bombing in Kismayo.")
    assert _actor1(text) == [None, "Al Shabaab"]


def test_others_killed_with_an_office_noun_victim_leave_no_figure_of_one() -> None:
    text = ("Israel's military said it killed Hezbollah commander Hassan Fadl in a strike in Sidon on Tuesday, along "
            "with two other fighters.")
    assert _killed(text) == [None]


def test_along_with_after_a_clause_still_tells_fellow_victims() -> None:
    text = "Police said Jose Ruiz was shot dead in Culiacan on Sunday after a raid, along with his two sons."
    assert _killed(text) == [None]
