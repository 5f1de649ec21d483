"""Who did it: a nationality told of the victims, a place or an institution, and a dateline country, are no author."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

_DAY = date(2024, 3, 4)


def _actor1(text: str) -> list[str | None]:
    """The actor1 name of each violent event (None when no side is named as its author)."""
    return [next((a.name for a in e.actors if a.role == "actor"), None)
            for e in extract(text, published=_DAY) if e.event_type is not None]


def test_the_victims_nationality_is_not_the_kidnapper() -> None:
    assert _actor1("A US priest was kidnapped in Cali on Monday.") == [None]
    assert _actor1("A British engineer, kidnapped last week in Arauca, was freed on Monday.") == [None]


def test_a_judge_of_a_nation_is_not_the_killer() -> None:
    assert _actor1("A Colombian judge who had received threats was shot dead in Medellin on Tuesday.") == [None]


def test_a_port_named_by_nationality_is_not_the_bomber() -> None:
    text = "Twelve Danish seamen were hurt in the Chilean port of Valparaiso when a bomb went off on Friday."
    assert _actor1(text) == [None]
    assert _actor1("In the northern Bolivian mountains, two town halls were bombed on Sunday.") == [None]


def test_a_people_that_condemns_is_not_the_killer() -> None:
    assert _actor1("Several Honduran sectors denounced the killing of a reporter in Tegucigalpa on Monday.") == [None]


def test_a_dateline_country_is_where_the_report_was_filed() -> None:
    text = "MADRID (SPAIN), 18 NOV 89 (EFE) -- Unidentified gunmen killed a priest in San Salvador on Friday."
    assert _actor1(text) == [None]


def test_a_force_named_by_nationality_still_acts() -> None:
    assert _actor1("Russian forces shelled Kharkiv on Monday.") == ["Military Forces of Russia (2000-)"]
    assert _actor1("Israeli strikes killed 12 people in Gaza City on Sunday.") == ["Military Forces of Israel (2022-)"]


def test_a_group_in_the_title_above_the_dateline_still_acts() -> None:
    text = ("Boko Haram gunmen kill five in Maiduguri\n\nMAIDUGURI, Nigeria, May 3 (Reuters) - Gunmen killed five "
            "people at a market in Maiduguri on Saturday, police said.")
    assert _actor1(text) == ["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"]
